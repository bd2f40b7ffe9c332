import { z } from '../kernel/zod.ts';
import { boolField, enumField, idField, nameField, paging, searchField, textField, versionField } from '../kernel/common.ts';

export const PERSON_CATEGORIES = ['主要负责人', '班子成员', '一般干部'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export const RANKS = ['正处级', '副处级', '正科级', '副科级', '科员及以下', '村（社区）干部', '企业管理人员', '其他'] as const;
export type Rank = (typeof RANKS)[number];
export const PERSON_STATUSES = ['在职', '已离任'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const PERSON_SORT_FIELDS = ['name', 'unitName', 'post', 'rank', 'category', 'partyMember', 'status'] as const;

export const personFields = {
  name: nameField('姓名', 30),
  unitId: idField('所在单位'),
  post: textField('职务', 40, true),
  rank: enumField('职级', RANKS),
  partyMember: boolField('是否中共党员'),
  category: enumField('身份类别', PERSON_CATEGORIES),
};

export const personCreateInput = z.strictObject(personFields);
export const personUpdateInput = z.strictObject({ id: idField('人员'), version: versionField, ...personFields });
export const personStatusInput = z.strictObject({
  id: idField('人员'),
  status: enumField('状态', PERSON_STATUSES),
  version: versionField,
});
export const personGetInput = z.strictObject({ id: idField('人员') });

export const personFilters = {
  q: searchField,
  unitId: idField('所在单位').optional(),
  category: enumField('身份类别', PERSON_CATEGORIES).optional(),
  rank: enumField('职级', RANKS).optional(),
  partyMember: boolField('是否中共党员').optional(),
  status: enumField('状态', PERSON_STATUSES).optional(),
};
export const personListInput = z.strictObject({
  ...paging,
  sortField: z.enum(PERSON_SORT_FIELDS, { error: '排序字段无效' }).default('name'),
  ...personFilters,
});
export const personExportInput = z.strictObject({
  sortField: z.enum(PERSON_SORT_FIELDS, { error: '排序字段无效' }).default('name'),
  sortDir: paging.sortDir,
  ...personFilters,
});

export type PersonCreateInput = z.output<typeof personCreateInput>;
export type PersonUpdateInput = z.output<typeof personUpdateInput>;
export type PersonListInput = z.output<typeof personListInput>;
export type PersonExportInput = z.output<typeof personExportInput>;

export interface PersonRow {
  id: number;
  name: string;
  unitId: number;
  unitName: string;
  post: string;
  rank: Rank;
  partyMember: boolean;
  category: PersonCategory;
  status: PersonStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}
