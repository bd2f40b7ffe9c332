// The demo's words: causes, key points, statements, replies and assessments of the demo county's
// talks and letters, and the few leads its 谈话函询 plans come from. Plain data, no logic.
import type { TalkType } from '../../../../shared/interviews/index.ts';

type OwnTalkType = Exclude<TalkType, '谈话函询'>;

export interface TalkText {
  cause: string;
  keyPoints: string;
  statement: string;
}

export const TALK_TEXTS: Record<OwnTalkType, readonly TalkText[]> = {
  廉政谈话: [
    {
      cause: '节前廉洁自律提醒',
      keyPoints: '一、重申中央八项规定及其实施细则精神；二、严禁违规收送礼品礼金、违规吃喝；三、严禁公车私用；四、要求带头并管好身边人。',
      statement: '本人表示将严格遵守各项纪律规定，节日期间不参加可能影响公正执行公务的宴请，并督促班子成员和家属做到廉洁过节。',
    },
    {
      cause: '新任班子成员集体廉政谈话',
      keyPoints: '一、通报近期查处的典型案例；二、落实“一岗双责”；三、分管领域廉政风险点排查；四、严格执行“三重一大”集体决策制度。',
      statement: '本人已对分管领域梳理出廉政风险点五处，将逐项制定防控措施，严格执行集体决策，不搞个人说了算。',
    },
    {
      cause: '工程项目建设期间廉政谈话',
      keyPoints: '一、工程招投标、变更签证、资金拨付等环节的纪律要求；二、不得插手干预工程项目；三、与施工方交往的边界。',
      statement: '本人承诺不插手工程招投标和施工分包，不与施工方发生经济往来，发现问题及时报告。',
    },
  ],
  提醒谈话: [
    {
      cause: '整改事项逾期未完成',
      keyPoints: '一、指出整改事项已超过整改时限且未申请延期；二、分析整改滞后的原因；三、要求明确责任人，限期整改到位并书面报告。',
      statement: '本人承认对整改工作重视不够、督促不力，将立即召开专题会议，倒排工期，确保在一个月内整改到位。',
    },
    {
      cause: '履职中存在苗头性、倾向性问题',
      keyPoints: '一、指出在工作中存在的苗头性问题；二、提醒严格执行请示报告制度；三、要求及时纠正。',
      statement: '本人对提醒内容表示接受，今后严格执行请示报告制度，改进工作方式。',
    },
    {
      cause: '廉情指数预警（单位评定为C级）',
      keyPoints: '一、通报单位廉情指数评定结果及失分项目；二、指出“三资”管理和制度执行中的薄弱环节；三、要求制定整改计划。',
      statement: '本人表示将对照失分项目逐项整改，完善财务审批和公开制度，一个月内报送整改计划。',
    },
  ],
  诫勉谈话: [
    {
      cause: '违规发放津补贴',
      keyPoints: '一、指出违规发放加班补贴的事实；二、指出其作为单位负责人应负的责任；三、责令清退违规发放款项。',
      statement: '本人对违规发放补贴的事实无异议，深刻认识到错误，已组织清退全部款项，并作出书面检查。',
    },
    {
      cause: '工作严重失职造成不良影响',
      keyPoints: '一、指出在防汛值班期间擅离岗位的事实；二、指出其行为造成的不良影响；三、要求作出深刻检查。',
      statement: '本人对所犯错误深感愧疚，接受组织处理，今后严守工作纪律。',
    },
  ],
  约谈: [
    {
      cause: '主体责任落实不到位',
      keyPoints: '一、指出单位党风廉政建设主体责任落实中的问题；二、要求班子研究部署整改；三、约定下次报告时间。',
      statement: '本人作为第一责任人，将召开专题民主生活会剖析原因，制定主体责任清单，按期报告落实情况。',
    },
    {
      cause: '群众反映办事效率低、推诿扯皮',
      keyPoints: '一、通报群众反映的问题及核实情况；二、要求改进作风、限时办结；三、建立首问负责制。',
      statement: '本人表示接受约谈意见，已在单位推行首问负责和限时办结制度，将定期通报办理情况。',
    },
  ],
  任前廉政谈话: [
    {
      cause: '拟提拔任用干部任前廉政谈话',
      keyPoints: '一、讲明新岗位的廉政风险；二、重申廉洁从政各项规定；三、要求如实报告个人有关事项；四、签订廉政承诺书。',
      statement: '本人感谢组织信任，将如实报告个人有关事项，严守纪律规矩，自觉接受监督。',
    },
  ],
  巡察谈话: [
    {
      cause: '县委巡察期间个别谈话',
      keyPoints: '一、了解被巡察单位党组织履行职责情况；二、了解“三重一大”决策执行情况；三、听取对班子及成员的意见建议。',
      statement: '本人介绍了分管工作情况，反映了单位在资金管理和项目推进中的困难，提出了改进建议。',
    },
    {
      cause: '巡察发现问题线索核实谈话',
      keyPoints: '一、就巡察发现的集体资产出租问题听取说明；二、要求提供合同及收支凭证；三、讲明如实说明的纪律要求。',
      statement: '本人对集体资产出租情况作了说明，表示租金已全部入账，将补充提供合同和收款凭证。',
    },
  ],
};

export const OUTCOME_NOTES = {
  了结: '经谈话，本人说明情况清楚，认识到位，予以了结。',
  提醒: '对其进行提醒，要求立行立改，按期报告整改情况。',
  批评教育: '对其进行批评教育，责令作出书面检查。',
  诫勉: '经研究，给予诫勉处理，记入个人廉政档案。',
  转初步核实: '谈话中发现问题需进一步核实，转初步核实。',
} as const;

export interface LetterText {
  cause: string;
  reply: string;
}

export const LETTER_TEXTS: readonly LetterText[] = [
  { cause: '反映其配偶在辖区内承揽工程', reply: '本人配偶于前年起在外地务工，未在本辖区承揽任何工程，附配偶单位证明。' },
  { cause: '反映其违规操办子女升学宴', reply: '本人子女升学时仅邀请直系亲属在家中小聚，未收受礼金，未使用公款，附相关说明。' },
  { cause: '反映其在低保评定中优亲厚友', reply: '所反映的两户低保对象均经村民代表会议评议并公示，本人回避了评议，附会议记录。' },
  { cause: '反映其长期无故不在岗', reply: '本人所反映期间参加县委党校中青班学习，已按规定请假报备，附学习通知和请假单。' },
  { cause: '反映其违规使用公务用车', reply: '所反映车辆为单位公务用车，当日执行防汛检查任务，有派车单和行车记录为证。' },
  { cause: '反映其收受施工方礼品', reply: '本人未收受施工方任何礼品，春节期间收到的茶叶已当场退回，附退还说明。' },
  { cause: '反映村集体土地流转收益去向不明', reply: '土地流转收益均已存入村集体账户，收支已在村务公开栏公示，附银行流水和公示照片。' },
  { cause: '反映其在项目验收中把关不严', reply: '项目验收由镇相关部门联合组织，本人按程序参与，验收资料齐全，附验收报告。' },
];

export const ASSESS_NOTES = {
  如实说明: '经核对答复材料及相关证明，本人如实说明了有关情况，反映问题不属实，予以了结。',
  说明不清: '答复对关键事实说明不清，相关证明材料不全，请于期限内补充说明。',
  不如实或有问题: '答复与调取的材料不符，存在违反纪律的问题。',
} as const;

export const MEETING_NOTE = '在年度民主生活会上就函询反映的问题作了说明，并开展了批评与自我批评。';

/** The leads that end in 谈话函询: the summary and what the letter says (the persons come from the registry). */
export const DEMO_LEADS: ReadonlyArray<{ summary: string; content: string }> = [
  { summary: '反映村干部在危房改造补助评定中优亲厚友', content: '来信反映：该村在危房改造补助评定中，村干部将补助名额优先分给亲属，部分困难户未能享受补助。' },
  { summary: '反映镇干部违规接受宴请', content: '来电反映：有干部多次在辖区企业接受宴请，并在工作日中午饮酒。' },
  { summary: '反映社区干部违规收取办事费用', content: '网络举报：社区干部在为居民办理证明时收取“工本费”，未出具票据。' },
  { summary: '反映村干部集体资金使用不规范', content: '来信反映：村集体道路维修资金使用不公开，部分支出没有票据。' },
];

/** A one-page PDF for the demo's scans (signed records, 反馈单, replies). */
export function demoPdf(note: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${note}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}
