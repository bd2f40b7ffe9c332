import { z } from '../kernel/zod.ts';
import { enumField, idField, nameField, paging, searchField, versionField } from '../kernel/common.ts';

export const UNIT_TYPES = ['镇（街道）', '行政村', '社区', '机关部门', '基层站所', '国有企业', '事业单位', '其他'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_STATUSES = ['正常', '已撤销'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const UNIT_SORT_FIELDS = ['name', 'type', 'parentName', 'headcount', 'leaderName', 'status', 'peopleCount'] as const;

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
};

export const unitCreateInput = z.strictObject(unitFields);
export const unitUpdateInput = z.strictObject({ id: idField('单位'), version: versionField, ...unitFields });
export const unitStatusInput = z.strictObject({
  id: idField('单位'),
  status: enumField('状态', UNIT_STATUSES),
  version: versionField,
});
export const unitGetInput = z.strictObject({ id: idField('单位') });

export const unitFilters = {
  q: searchField,
  type: enumField('单位类型', UNIT_TYPES).optional(),
  parentId: idField('上级单位').optional(),
  status: enumField('状态', UNIT_STATUSES).optional(),
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

export interface UnitRow {
  id: number;
  name: string;
  type: UnitType;
  parentId: number | null;
  parentName: string | null;
  headcount: number | null;
  leaderName: string;
  status: UnitStatus;
  peopleCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UnitOption {
  id: number;
  name: string;
  type: UnitType;
  status: UnitStatus;
}
