import { z } from '../kernel/zod.ts';
import { dateField, enumField, idField, nameField, paging, searchField, versionField } from '../kernel/common.ts';

export const UNIT_TYPES = ['镇（街道）', '行政村', '社区', '机关部门', '基层站所', '国有企业', '事业单位', '其他'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_STATUSES = ['正常', '已撤销'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const UNIT_SORT_FIELDS = ['name', 'type', 'parentName', 'headcount', 'leaderName', 'liaisonName', 'status', 'peopleCount'] as const;

/** The role of a 联系干部: the 监督检查室 user who follows the unit (issue 12). */
export const LIAISON_ROLE = '监督检查室';
/** At most this many units are given a 联系干部 at once (units.setLiaison). */
export const LIAISON_BATCH_MAX = 500;

const headcount = z
  .int({ error: '编制人数应为整数' })
  .min(0, '编制人数不能为负数')
  .max(100_000, '编制人数不能超过100000')
  .nullable();

export const unitFields = {
  name: nameField('单位名称', 60),
  type: enumField('单位类型', UNIT_TYPES),
  parentId: idField('上级单位').nullable(),
  headcount,
  leaderName: z.union([nameField('主要负责人', 30), z.literal('')]).default(''),
  /** The 监督检查室 user who follows the unit; null = none. Optional on the wire (callers from before it). */
  liaisonUserId: idField('联系干部').nullable().default(null),
  /** 设立日期 (the index scores a unit from its quarter on). Left out: on create today, on update unchanged. */
  establishedDate: dateField('设立日期').optional(),
};

export const unitCreateInput = z.strictObject(unitFields);
/**
 * An edit names the 联系干部 only when it changes it: left out (undefined), the unit keeps the one
 * it has — callers written before the field existed (the import, scripts, an older window) must not
 * clear it; null clears it, an id sets it.
 */
export const unitUpdateInput = z.strictObject({
  id: idField('单位'),
  version: versionField,
  ...unitFields,
  liaisonUserId: idField('联系干部').nullable().optional(),
});
/** 批量设置联系干部: the same 联系干部 (or none) for many units at once. */
export const unitSetLiaisonInput = z.strictObject({
  unitIds: z
    .array(idField('单位'))
    .min(1, '请至少选择一个单位')
    .max(LIAISON_BATCH_MAX, `一次最多设置 ${LIAISON_BATCH_MAX} 个单位`),
  liaisonUserId: idField('联系干部').nullable(),
});
export const unitStatusInput = z.strictObject({
  id: idField('单位'),
  status: enumField('状态', UNIT_STATUSES),
  version: versionField,
  /** 撤销日期 when revoking (left out: today); not before 设立日期, not after today. Restoring clears it. */
  revokedDate: dateField('撤销日期').optional(),
});
export const unitGetInput = z.strictObject({ id: idField('单位') });

export const unitFilters = {
  q: searchField,
  type: enumField('单位类型', UNIT_TYPES).optional(),
  parentId: idField('上级单位').optional(),
  status: enumField('状态', UNIT_STATUSES).optional(),
  liaisonUserId: idField('联系干部').optional(),
};
export const unitListInput = z.strictObject({
  ...paging,
  sortField: z.enum(UNIT_SORT_FIELDS, { error: '排序字段无效' }).default('name'),
  ...unitFilters,
});
export const unitExportInput = z.strictObject({
  sortField: z.enum(UNIT_SORT_FIELDS, { error: '排序字段无效' }).default('name'),
  sortDir: paging.sortDir,
  ...unitFilters,
});
export const unitOptionsInput = z.strictObject({
  q: searchField,
  limit: z.int().min(1).max(50).default(20),
  types: z.array(enumField('单位类型', UNIT_TYPES)).max(UNIT_TYPES.length).optional(),
  includeInactive: z.boolean().default(false),
});

export type UnitCreateInput = z.output<typeof unitCreateInput>;
export type UnitUpdateInput = z.output<typeof unitUpdateInput>;
export type UnitListInput = z.output<typeof unitListInput>;
export type UnitExportInput = z.output<typeof unitExportInput>;
export type UnitOptionsInput = z.output<typeof unitOptionsInput>;
/** A row of the units import as previewed: the parent and the 联系干部 by name as well. */
export type UnitImportRow = UnitCreateInput & { parentName: string; liaisonName: string };
export type UnitSetLiaisonInput = z.output<typeof unitSetLiaisonInput>;

export interface UnitRow {
  id: number;
  name: string;
  type: UnitType;
  parentId: number | null;
  parentName: string | null;
  headcount: number | null;
  leaderName: string;
  /** The 联系干部 (a 监督检查室 user), or null. */
  liaisonUserId: number | null;
  /** The 联系干部's display name; '' when none. */
  liaisonName: string;
  status: UnitStatus;
  /** 设立日期 (YYYY-MM-DD). */
  establishedDate: string;
  /** 撤销日期 of a revoked unit, null otherwise. */
  revokedDate: string | null;
  peopleCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What 批量设置联系干部 did: units whose 联系干部 changed, and those that already had it. */
export interface UnitLiaisonResult {
  changed: number;
  unchanged: number;
}

export interface UnitOption {
  id: number;
  name: string;
  type: UnitType;
  status: UnitStatus;
}
