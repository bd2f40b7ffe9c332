// The words of the demo county's index inputs: supervision findings by channel, bonus entries by
// kind and decisions made elsewhere, as an office would write them. {unit} is the unit's name,
// {year} the year of the record.

export interface FindingText {
  channelKey: 'audit' | 'society' | 'media' | 'finance' | 'congress';
  source: string;
  summary: string;
}

export const FINDING_TEXTS: readonly FindingText[] = [
  { channelKey: 'audit', source: '县审计局专项审计', summary: '{unit}{year}年度公用经费支出审计发现：部分差旅费报销无审批单，接待费未附公函和接待清单，涉及金额2.36万元。' },
  { channelKey: 'audit', source: '县审计局经济责任审计', summary: '{unit}主要负责人经济责任审计发现：工程项目未经集体研究即签订补充协议，增加合同价款18.5万元。' },
  { channelKey: 'finance', source: '县财政局财务检查', summary: '{unit}存在以拨代支、资金长期挂账问题，专项资金12.8万元未按规定用途使用。' },
  { channelKey: 'finance', source: '县财政局会计信息质量检查', summary: '{unit}现金日记账与银行对账单不符，备用金超限额留存，未按规定及时清理往来款项。' },
  { channelKey: 'media', source: '县融媒体中心舆情监测', summary: '网民在本地论坛反映{unit}办事窗口工作人员态度生硬、推诿扯皮，帖子阅读量逾万次，经核实情况基本属实。' },
  { channelKey: 'media', source: '12345政务服务热线舆情通报', summary: '群众集中反映{unit}办理事项超时限、多次往返，经核实存在“中梗阻”问题。' },
  { channelKey: 'society', source: '特邀监督员走访', summary: '特邀监督员走访发现{unit}政务（村务）公开栏内容未及时更新，上季度财务收支未公开。' },
  { channelKey: 'society', source: '行风监督员暗访', summary: '暗访发现{unit}工作日上班时间有工作人员脱岗、玩手机，值班记录填写不实。' },
  { channelKey: 'congress', source: '县人大常委会执法检查', summary: '县人大常委会执法检查指出{unit}在项目资金管理中程序不规范，整改落实不到位。' },
  { channelKey: 'congress', source: '县政协民主监督', summary: '县政协委员视察时指出{unit}惠民资金发放公示不及时，群众知晓率低。' },
];

export interface BonusText {
  kindKey: 'adopted' | 'innovation' | 'case-help';
  summary: string;
  evidence: string;
}

export const ADOPTED_BONUS: BonusText = {
  kindKey: 'adopted',
  summary: '{unit}推行的“小微权力清单+监督码”做法被市纪委监委在全市推广。',
  evidence: '市纪委监委办公室《关于推广{unit}小微权力监督做法的通知》及推广会议纪要。',
};

export const OTHER_BONUSES: readonly BonusText[] = [
  { kindKey: 'innovation', summary: '{unit}建立“三资”管理线上审批平台，实现资金支付全程留痕。', evidence: '县纪委监委《工作动态》第{n}期刊发经验做法。' },
  { kindKey: 'innovation', summary: '{unit}创新开展“廉情恳谈日”活动，每月听取群众意见并限时反馈。', evidence: '活动记录台账及县委办《信息专报》采用情况。' },
  { kindKey: 'case-help', summary: '{unit}在县纪委监委查办案件中积极配合，及时提供账册资料并协助调查取证。', evidence: '县纪委监委第二审查调查室出具的配合情况说明。' },
  { kindKey: 'case-help', summary: '{unit}主动移交问题线索并配合开展初步核实工作。', evidence: '线索移交登记表及县纪委监委案件监督管理室回执。' },
];

export interface DecisionText {
  summary: string;
}

/** The one criminal case of last year (a 班子成员 who embezzled). */
export const CRIMINAL_DECISION = {
  documentNumber: '（{year}）临刑初字第{n}号',
  summary: '{person}利用担任{unit}{post}的职务便利，伙同他人虚报冒领工程款，侵吞公款共计人民币46.8万元，其行为已构成贪污罪，依法判处有期徒刑三年，并处罚金人民币二十万元。',
};

export const OTHER_DECISIONS: ReadonlyArray<{ body: '案件审理' | '上级纪委'; outcome: '效能问责' | '通报批评' | '党纪处分'; grade: string; documentNumber: string; summary: string }> = [
  { body: '上级纪委', outcome: '通报批评', grade: '', documentNumber: '江纪通〔{year}〕{n}号', summary: '{person}作为{unit}{post}，在疫情防控物资采购中把关不严，造成不良影响，予以通报批评。' },
  { body: '案件审理', outcome: '效能问责', grade: '', documentNumber: '临纪审〔{year}〕{n}号', summary: '{person}在办理群众低保申请过程中敷衍塞责、超期未办，造成群众多次上访，予以效能问责。' },
  { body: '案件审理', outcome: '党纪处分', grade: '警告', documentNumber: '临纪审〔{year}〕{n}号', summary: '{person}违规接受管理服务对象安排的宴请，违反中央八项规定精神，给予党内警告处分。' },
  { body: '上级纪委', outcome: '效能问责', grade: '', documentNumber: '江纪问〔{year}〕{n}号', summary: '{person}履行安全生产监管职责不力，对辖区隐患排查整治督促不到位，予以效能问责。' },
];

/** {unit} and the others replaced by their values. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
