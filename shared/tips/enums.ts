// 信访举报的固定选项: channels, categories, statuses, disposals, results, outcomes and their grades.

export const TIP_CHANNELS = [
  '来信', '来访', '电话', '网络举报', '12388举报平台', '上级转办', '巡察移交', '审计移交', '其他部门移送', '媒体反映',
] as const;
export type TipChannel = (typeof TIP_CHANNELS)[number];

export const TIP_CATEGORIES = [
  '政治纪律', '组织纪律', '廉洁纪律', '群众纪律', '工作纪律', '生活纪律',
  '贪污贿赂', '滥用职权', '玩忽职守', '其他职务违法犯罪', '其他',
] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

export const REPORT_MODES = ['实名', '匿名'] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

/** Where a tip stands: the next step it waits for, or 已归档. */
export const TIP_STATUSES = ['待拟办', '待审批', '承办中', '待反馈', '待归档', '已归档'] as const;
export type TipStatus = (typeof TIP_STATUSES)[number];

/** 四种处置方式 */
export const DISPOSALS = ['谈话函询', '初步核实', '暂存待查', '予以了结'] as const;
export type Disposal = (typeof DISPOSALS)[number];
/** Disposals whose 办结 must state a 办理结果. */
export const DISPOSALS_NEEDING_RESULT: readonly Disposal[] = ['谈话函询', '初步核实'];

export const TIP_RESULTS = ['查实', '部分查实', '查否'] as const;
export type TipResult = (typeof TIP_RESULTS)[number];

export const OUTCOMES = ['党纪处分', '政务处分', '组织处理', '诫勉', '批评教育', '提醒', '移送司法', '无'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const PARTY_GRADES = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'] as const;
export const GOV_GRADES = ['警告', '记过', '记大过', '降级', '撤职', '开除'] as const;
/** The grades an outcome may carry; outcomes not listed carry none. */
export const OUTCOME_GRADES: Partial<Record<Outcome, readonly string[]>> = {
  党纪处分: PARTY_GRADES,
  政务处分: GOV_GRADES,
};

export const CIRCUMSTANCES = ['从轻', '一般', '从重'] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];

export const FEEDBACK_WAYS = ['当面反馈', '电话反馈', '书面反馈', '网络平台反馈'] as const;
export type FeedbackWay = (typeof FEEDBACK_WAYS)[number];

/** Rooms a lead is usually handed to (suggestions; other text is allowed). */
export const HANDLING_DEPTS = [
  '信访室', '监督检查室', '案件监督管理室', '第一纪检监察室', '第二纪检监察室', '案件审理室', '派驻纪检监察组', '乡镇（街道）纪（工）委',
] as const;

export const DUE_STATES = ['正常', '即将到期', '逾期'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const EXTENSION_STATES = ['待审批', '已批准', '未批准'] as const;
export type ExtensionState = (typeof EXTENSION_STATES)[number];
