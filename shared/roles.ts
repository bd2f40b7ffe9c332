// Roles of the office's staff. Each API operation declares which of them may call it.

export const ROLES = ['系统管理员', '领导', '信访室', '监督检查室', '案件监督管理室', '只读'] as const;
export type Role = (typeof ROLES)[number];

/** Who may maintain the registry of units and people. */
export const REGISTRY_EDITORS: readonly Role[] = ['系统管理员', '案件监督管理室'];
export const ADMIN_ONLY: readonly Role[] = ['系统管理员'];
