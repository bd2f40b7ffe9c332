// Roles of the office's staff. Each API operation declares which of them may call it.

export const ROLES = ['系统管理员', '领导', '信访室', '监督检查室', '案件监督管理室', '只读'] as const;
export type Role = (typeof ROLES)[number];

/** Who may maintain the registry of units and people. */
export const REGISTRY_EDITORS: readonly Role[] = ['系统管理员', '案件监督管理室'];
export const ADMIN_ONLY: readonly Role[] = ['系统管理员'];

/** Who registers tips, proposes their disposal (拟办), records feedback and archives. */
export const TIP_CLERKS: readonly Role[] = ['信访室', '案件监督管理室'];
/** Who approves disposals and deadline extensions. */
export const LEADERS: readonly Role[] = ['领导'];
/** Who may conclude a lead or ask for more time (the assigned handler, a leader or 案管室). */
export const TIP_HANDLERS: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导'];
/** Roles that may conclude or extend any lead, not only their own. */
export const TIP_SUPERVISORS: readonly Role[] = ['领导', '案件监督管理室'];
/** Default roles granted the right to see reporter identities (举报人信息). */
export const DEFAULT_REPORTER_ROLES: readonly Role[] = ['信访室', '领导', '系统管理员'];
/**
 * Default roles granted the 信访内容 right besides the reporter roles: those who handle tips read
 * the letter; 只读 sees the 问题摘要 and the attachments marked 不含举报人信息.
 */
export const DEFAULT_CONTENT_ROLES: readonly Role[] = ['监督检查室', '案件监督管理室'];
