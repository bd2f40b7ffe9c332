// The demo's words for the closed loop: what a unit answers a 预警告知书 with (measures per score
// line), how its items progress and are checked, why the office closed a quarter's notices for
// found problems handled elsewhere, the C unit's 廉政谈话 and the 建议书's delivery. Plain data.

/** A unit's two measures for an item, by the score line's control point (the key after `control.item:`) or rule. */
const CONTROL_MEASURES: Record<string, readonly [string, string]> = {
  collective: ['对照“三重一大”事项清单，补开集体决策会议并完善会议记录', '建立“三重一大”事项台账，每月由纪检委员核对一次'],
  'dual-sign': ['逐笔清理未经双签的财务凭证，补办审批手续', '修订财务审批制度，明确经办人、审核人双签要求'],
  tendering: ['对未进场交易的项目逐个说明情况，按规定重新履行交易程序', '建立项目进场交易登记台账，开工前由纪检委员审核'],
  'village-affairs': ['补充公开应公开未公开的村务事项，留存公开影像资料', '制定村务公开事项清单和时间表，按月公开并接受村务监督委员会监督'],
  'gov-affairs': ['补充公开应公开未公开的政务事项，留存公开记录', '制定政务公开事项清单和时间表，按季度公开'],
  'enterprise-affairs': ['补充公开应公开未公开的厂务事项，留存公开记录', '制定厂务公开事项清单，按季度公开并接受职工监督'],
  vehicles: ['补登公车使用记录，逐次核对出车事由与里程', '落实公车使用“一车一档”登记和定点停放制度'],
};

const RULE_MEASURES: Record<string, readonly [string, string]> = {
  'control.overdue': ['对逾期整改事项逐项分析原因，制定销号计划', '明确责任人，每周报送整改进度'],
  'participation.finding': ['对照监督发现的问题逐项核查，形成整改方案', '举一反三开展自查，建立长效机制'],
  'participation.tip': ['对查实问题涉及的款项和事项逐项纠正', '开展警示教育，完善相关制度'],
  'integrity.event': ['召开专题组织生活会，深刻剖析问题根源', '加强对党员干部的日常教育监督'],
};

const OTHER_MEASURES: readonly [string, string] = ['对照告知书所列问题制定整改方案，明确责任人和时限', '举一反三开展自查，完善相关制度'];

/** The measures a unit answers an item of a notice with, from the line the problem was drafted from. */
export function measuresFor(lineKey: string): readonly [string, string] {
  const [rule = '', what = ''] = lineKey.split(':');
  return (rule === 'control.item' ? CONTROL_MEASURES[what] : RULE_MEASURES[rule]) ?? OTHER_MEASURES;
}

/** The line of a control point that takes long to put right (a project must go through the trading centre again). */
export const SLOW_LINE = 'control.item:tendering';

export const PROGRESS = {
  begun: '已召开专题会议部署整改，制定整改方案，明确责任人和时限，正在逐项推进。',
  halfway: '整改措施已落实大部分，相关手续正在补办，制度修订稿已提交班子会议讨论。',
  done: '整改措施已全部落实，相关资料已整理归档。',
} as const;

export const EVIDENCE = { fileName: '整改方案及会议记录.pdf', note: '扫描件' } as const;

export const APPLY_TEXT = '已按预警告知书要求完成整改，整改资料齐全，申请验收。';
export const VERIFY_PASS = '经实地查看和查阅资料，整改措施落实到位，同意验收。';
export const CLOSE_OPINION = '整改到位，同意销号。';
export const EXTENSION_REASON = '涉及项目需重新履行进场交易程序，交易公告期和评审时间较长，无法在原时限内完成，申请延期。';
export const EXTENSION_OPINION = '同意延期，请按新的时限完成整改并报送整改情况。';

/** Why a quarter's notice for a found problem (not a 红 quarter) was not drafted: it is being put right through its own channel. */
export function foundProblemCloseReason(basis: string): string {
  const tips = basis.includes('查实信访件');
  const findings = basis.includes('监督发现问题');
  if (tips && findings) return '查实信访件和监督发现问题已分别责成该单位整改并跟踪落实，本季度不再另行制发预警告知书。';
  if (tips) return '查实信访件已在办结时责成该单位整改并跟踪落实，本季度不再另行制发预警告知书。';
  return '监督发现问题已由发现部门督促该单位整改，本季度不再另行制发预警告知书。';
}

/** How a 预警建议书 reached the unit. */
export function deliveryNote(unitType: string): string {
  return unitType === '行政村' || unitType === '社区' ? '经镇（街道）纪（工）委转交，单位签收' : '机要交换送达，单位签收';
}

export const TALK = {
  place: '县纪委监委谈话室',
  time: '09:30',
  keyPoints: (year: number) =>
    `一、通报单位${year}年度廉情指数评定为C级的情况及主要失分项目；二、指出单位在“三重一大”决策、财务管理和公开工作中存在的薄弱环节；` +
    `三、要求主要负责人切实履行第一责任人职责，制定整改计划并按季度报告落实情况；四、告知单位主要负责人和班子成员${year}年度不得参加评先评优。`,
  statement: '本人对单位廉情指数评定为C级负有主要责任，完全接受组织谈话。将召开专题会议逐项分析失分原因，一个月内报送整改计划，按季度报告落实情况。',
  followUp: '报送单位廉情指数整改计划及落实情况',
  followUpDone: '已报送整改计划，县纪委监委联系干部跟踪督促落实。',
  outcomeNote: '谈话对象对问题认识到位，已明确整改措施，予以了结，由联系干部跟踪督促整改落实。',
  fileName: '廉政谈话记录（签字）.pdf',
} as const;
