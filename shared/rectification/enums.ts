// 整改 (rectification): where a problem came from, the item's statuses, the steps of its history.

/** 问题来源. A 预警告知书 links to the issued notice; 信访核查 to the tip; the others name their document in 来源说明. */
export const RECT_SOURCES = ['预警告知书', '巡察反馈', '审计发现', '信访核查', '民主生活会', '专项检查', '其他'] as const;
export type RectSource = (typeof RECT_SOURCES)[number];

/** 未启动 → 整改中 (the first progress entry) → 待验收 (申请验收) → 已销号 (a leader, after a passed check). */
export const RECT_STATUSES = ['未启动', '整改中', '待验收', '已销号'] as const;
export type RectStatus = (typeof RECT_STATUSES)[number];

/** Open: not 已销号. */
export const RECT_OPEN_STATUSES: readonly RectStatus[] = ['未启动', '整改中', '待验收'];

/** 问题类别 offered until the office edits its list (系统设置 → 整改). */
export const DEFAULT_RECT_CATEGORIES = ['三资管理', '工程项目', '惠民资金', '选人用人', '作风纪律', '制度执行', '其他'] as const;

/** One line of an item's history (rect_events). */
export const RECT_EVENT_KINDS = [
  '登记', '修改', '进展', '佐证材料', '申请验收', '验收通过', '退回整改', '销号', '申请延期', '批准延期', '不批准延期',
] as const;
export type RectEventKind = (typeof RECT_EVENT_KINDS)[number];

/** A deadline's state as shown wherever the item appears (from the deadline in force). */
export type RectDueState = '逾期' | '即将到期' | '正常';

export const EXTENSION_STATES = ['待审批', '已批准', '不批准'] as const;
export type RectExtensionState = (typeof EXTENSION_STATES)[number];
