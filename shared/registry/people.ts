import { z } from '../kernel/zod.ts';
import { boolField, enumField, fileField, idField, lineField, nameField, paging, searchField, versionField } from '../kernel/common.ts';
import { idNumberProblem, normalizeIdNumber } from '../kernel/idcard.ts';

export const PERSON_CATEGORIES = ['主要负责人', '班子成员', '一般干部'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export const RANKS = ['正处级', '副处级', '正科级', '副科级', '科员及以下', '村（社区）干部', '企业管理人员', '其他'] as const;
export type Rank = (typeof RANKS)[number];
export const PERSON_STATUSES = ['在职', '已离任'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const PERSON_SORT_FIELDS = ['name', 'unitName', 'post', 'rank', 'category', 'partyMember', 'status'] as const;

/**
 * An optional 身份证号 (公民身份号码), checked as the reporter's is (GB 11643: form, region, birth
 * date, check digit; the birth date against today by the service, on its clock): '' when none.
 * It tells namesakes in one unit apart. Stored in upper case without spaces.
 */
export const personIdNumberField = z
  .string({ error: '身份证号应为文字' })
  .max(40, '身份证号应为18位（最后一位可为X）')
  .transform(normalizeIdNumber)
  .superRefine((v, ctx) => {
    const problem = v === '' ? null : v.includes('*') ? '身份证号是遮挡后的号码（含 *），请填写完整的号码或留空' : idNumberProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .default('');

export const personFields = {
  name: nameField('姓名', 30),
  idNumber: personIdNumberField,
  unitId: idField('所在单位'),
  post: lineField('职务', 40, true),
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

/** 导入人员: the file, and whether the registry's people missing from it are marked 已离任. */
export const personImportCommitInput = fileField.extend({
  markMissingLeft: z.boolean({ error: '“将名单中缺少的人员标记为已离任”应为是或否' }).default(false),
});

export type PersonCreateInput = z.output<typeof personCreateInput>;
export type PersonUpdateInput = z.output<typeof personUpdateInput>;
export type PersonListInput = z.output<typeof personListInput>;
export type PersonExportInput = z.output<typeof personExportInput>;

export interface PersonRow {
  id: number;
  name: string;
  /** '' when none; masked (110***********1234) for roles that may not maintain the registry. */
  idNumber: string;
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

/** What a roster import does with one row of the sheet. */
export const PERSON_IMPORT_KINDS = ['新增', '更新', '无变化'] as const;
export type PersonImportKind = (typeof PERSON_IMPORT_KINDS)[number];

/** One field an update changes, as a person reads it (身份证号 masked as the caller must see it). */
export interface PersonFieldChange {
  field: string;
  before: string;
  after: string;
}

/** One row of the sheet as it will be written. */
export type PersonImportRow = PersonCreateInput & {
  unitName: string;
  status: PersonStatus;
  kind: PersonImportKind;
  /** The registry's person it updates (更新 / 无变化); null for 新增. */
  personId: number | null;
  changes: PersonFieldChange[];
};

/** A person of the sheet's units who is 在职 on the registry but not in the sheet. */
export interface MissingPerson {
  id: number;
  name: string;
  unitName: string;
  post: string;
  idNumber: string;
}

export interface PersonImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface PersonImportResult extends PersonImportCounts {
  markedLeft: number;
}
