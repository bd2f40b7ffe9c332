// Import of units from the office's Excel register: every row checked, parents resolved
// (in the file or already registered), and all written in one transaction or none.
import { LIAISON_ROLE, UNIT_TYPES, unitFields, type UnitImportRow, type UnitType } from '../../../shared/registry/units.ts';
import { z } from '../../../shared/kernel/zod.ts';
import { matchKey, parseWholeNumber } from '../../../shared/kernel/text.ts';
import { unitNameKey } from '../../../shared/registry/nameKey.ts';
import { findUnitsByName, getUnit, insertUnit } from '../../../db/repos/registry/units.ts';
import { userOptions } from '../../../db/repos/core/index.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import { audit, today, type Call } from '../kernel/context.ts';
import { jobSteps, steps, type HandlerGroup } from '../kernel/handler.ts';
import type { JobProgress } from '../../../shared/kernel/jobs.ts';
import type { ColumnSpec } from '../kernel/xlsx/readTable.ts';
import { writeWorkbook } from '../kernel/xlsx/writeTable.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { CHECKING, firstIssues, matchChoice, preview, PROGRESS_EVERY, READING, readUpload, rejectIfErrors, RowErrors, WRITING, type SheetRows } from './importCommon.ts';
import { checkUnit } from './unitChecks.ts';

export const UNIT_IMPORT_COLUMNS: ColumnSpec[] = [
  { key: 'name', header: '单位名称', aliases: ['单位', '名称'], required: true },
  { key: 'type', header: '单位类型', aliases: ['类型'], required: true },
  { key: 'parentName', header: '上级单位', aliases: ['所属单位', '所属乡镇', '上级单位名称'] },
  { key: 'headcount', header: '编制人数', aliases: ['编制数', '人数'] },
  { key: 'leaderName', header: '主要负责人', aliases: ['负责人'] },
  { key: 'liaisonName', header: '联系干部', aliases: ['联系干部姓名'] },
];

const TYPE_ALIASES: Record<string, UnitType> = {
  镇: '镇（街道）', 乡: '镇（街道）', 乡镇: '镇（街道）', 街道: '镇（街道）', 镇街: '镇（街道）',
  村: '行政村', 村委会: '行政村', 居委会: '社区', 机关: '机关部门', 部门: '机关部门', 站所: '基层站所',
  国企: '国有企业', 事业: '事业单位',
};

const rowSchema = z.strictObject({
  name: unitFields.name,
  type: unitFields.type,
  headcount: unitFields.headcount,
  leaderName: unitFields.leaderName,
});

interface Parsed {
  sheet: SheetRows;
  rows: Array<{ rowNumber: number; value: UnitImportRow; parentRow: number | null }>;
  errors: RowErrors;
}

const PARENT_RULE: Partial<Record<UnitType, UnitType>> = { 行政村: '镇（街道）', 社区: '镇（街道）' };

/**
 * The 联系干部 column: a name matched (as typed, by its key) against the display names of the
 * active 监督检查室 accounts; id null when two share the name.
 */
function liaisonsByName(call: Call): Map<string, { id: number | null; name: string }> {
  const byName = new Map<string, { id: number | null; name: string }>();
  for (const u of userOptions(call.ctx.db)) {
    if (u.role !== LIAISON_ROLE) continue;
    const key = matchKey(u.displayName);
    byName.set(key, byName.has(key) ? { id: null, name: u.displayName } : { id: u.id, name: u.displayName });
  }
  return byName;
}

/** Checks every row (against the registry too), saying every few rows how far it is. */
function* parseRows(call: Call, sheet: SheetRows): Generator<JobProgress, Parsed, void> {
  const errors = new RowErrors();
  const rows: Parsed['rows'] = [];
  const liaisons = liaisonsByName(call);
  for (const { rowNumber, values } of sheet.rows) {
    const liaisonName = (values.liaisonName ?? '').trim();
    const liaison = liaisonName ? liaisons.get(matchKey(liaisonName)) : undefined;
    if (liaisonName && !liaison) errors.add(rowNumber, `联系干部“${liaisonName}”不是监督检查室的在用账号（请填写其在用户管理中的姓名，或留空）`);
    else if (liaison && liaison.id === null) errors.add(rowNumber, `联系干部“${liaisonName}”有重名账号，无法确定是哪一位：请导入后在单位中选择`);
    const type = matchChoice(values.type ?? '', UNIT_TYPES, TYPE_ALIASES);
    const rawCount = values.headcount ?? '';
    const headcount = rawCount === '' ? null : parseWholeNumber(rawCount);
    if (rawCount !== '' && headcount === null) errors.add(rowNumber, `编制人数“${rawCount}”不是整数`);
    if (type === null) {
      errors.add(rowNumber, values.type ? `单位类型“${values.type}”无效（可选：${UNIT_TYPES.join('、')}）` : '请填写单位类型');
    }
    const parsed = rowSchema.safeParse({ name: values.name ?? '', type: type ?? '', headcount, leaderName: values.leaderName ?? '' });
    if (!parsed.success) {
      const issues = parsed.error.issues.filter((i) => i.path[0] !== 'type');
      if (issues.length) errors.add(rowNumber, firstIssues(issues));
      continue;
    }
    rows.push({
      rowNumber,
      value: { ...parsed.data, parentId: null, parentName: (values.parentName ?? '').trim(), liaisonUserId: liaison?.id ?? null, liaisonName: liaison?.name ?? '' },
      parentRow: null,
    });
  }

  // Names in the file, to resolve parents within it and to find repeated rows.
  const byName = new Map<string, number[]>();
  const keyOf = unitNameKey;
  for (const r of rows) byName.set(keyOf(r.value.name), [...(byName.get(keyOf(r.value.name)) ?? []), r.rowNumber]);
  const rowOf = new Map(rows.map((r) => [r.rowNumber, r]));
  const seen = new Map<string, number>();

  for (const [index, r] of rows.entries()) {
    if (index % PROGRESS_EVERY === 0) yield { phase: CHECKING, done: index, total: rows.length };
    const v = r.value;
    if (v.parentName) {
      const inFile = (byName.get(keyOf(v.parentName)) ?? []).filter((n) => n !== r.rowNumber);
      const inDb = findUnitsByName(call.ctx.db, v.parentName).filter((u) => u.status === '正常');
      if (keyOf(v.parentName) === keyOf(v.name)) {
        errors.add(r.rowNumber, '上级单位不能是本单位');
      } else if (inFile.length === 1 && inDb.length === 0) {
        r.parentRow = inFile[0] as number;
        const parent = rowOf.get(r.parentRow);
        const need = PARENT_RULE[v.type];
        if (parent && need && parent.value.type !== need) {
          errors.add(r.rowNumber, `${v.type}的上级单位应为${need}，“${v.parentName}”是${parent.value.type}`);
        }
      } else if (inFile.length === 0 && inDb.length === 1) {
        v.parentId = (inDb[0] as { id: number }).id;
      } else if (inFile.length + inDb.length === 0) {
        const revoked = findUnitsByName(call.ctx.db, v.parentName).length > 0;
        errors.add(
          r.rowNumber,
          revoked
            ? `上级单位“${v.parentName}”已撤销，不能再作为上级单位`
            : `上级单位“${v.parentName}”不存在：请先导入或添加该单位，或把它列在本表中`,
        );
      } else {
        errors.add(r.rowNumber, `上级单位“${v.parentName}”有重名，无法确定是哪一个，请先在系统中区分`);
      }
    }
    const key = `${r.parentRow !== null ? `row${r.parentRow}` : (v.parentId ?? 0)}/${keyOf(v.name)}`;
    const first = seen.get(key);
    if (first !== undefined) errors.add(r.rowNumber, `与第${first}行重复（同一上级单位下的同名单位）`);
    else seen.set(key, r.rowNumber);
    if (r.parentRow === null && !errors.has(r.rowNumber)) {
      try {
        checkUnit(call, v, null);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        errors.add(r.rowNumber, error.message.replace(/。$/, ''));
      }
    }
  }
  detectCycles(rows, errors);
  return { sheet, rows, errors };
}

function detectCycles(rows: Parsed['rows'], errors: RowErrors): void {
  const parentOf = new Map(rows.map((r) => [r.rowNumber, r.parentRow]));
  for (const r of rows) {
    const visited = new Set<number>([r.rowNumber]);
    let at = r.parentRow;
    while (at !== null && at !== undefined) {
      if (visited.has(at)) {
        errors.add(r.rowNumber, '上级单位关系形成循环（甲的上级是乙、乙的上级又是甲）');
        break;
      }
      visited.add(at);
      at = parentOf.get(at) ?? null;
    }
  }
}

/** Parents before children, so each row's parent id is known when it is written. */
function insertionOrder(rows: Parsed['rows']): Parsed['rows'] {
  const done = new Set<number>();
  const byRow = new Map(rows.map((r) => [r.rowNumber, r]));
  const out: Parsed['rows'] = [];
  const visit = (r: Parsed['rows'][number]) => {
    if (done.has(r.rowNumber)) return;
    done.add(r.rowNumber);
    const parent = r.parentRow === null ? undefined : byRow.get(r.parentRow);
    if (parent) visit(parent);
    out.push(r);
  };
  rows.forEach(visit);
  return out;
}

export const unitImportHandlers: HandlerGroup<'units.importTemplate' | 'units.importPreview' | 'units.importCommit'> = {
  'units.importTemplate': steps<'units.importTemplate', Uint8Array>({
    prepare: () => writeWorkbook([
      {
        name: '单位名册',
        title: '单位名册导入模板',
        columns: UNIT_IMPORT_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: 24 })),
        rows: [],
        notes: [
          '带 * 的列必须填写；标题行可保留或删除，表头行不要改动。',
          `单位类型可填：${UNIT_TYPES.join('、')}。`,
          '上级单位填已登记单位的全称，或本表中另一行的单位名称；行政村、社区的上级单位应为镇（街道）。',
          '编制人数填整数，可留空。',
          '联系干部填监督检查室在用账号的姓名（与用户管理中的姓名一致），可留空。',
          '任何一行有误时整个文件都不会导入，系统会逐行列出需要修改之处。',
        ],
      },
    ]),
    run: (call, _input, data) => fileResult('单位名册导入模板', call, data),
  }),

  'units.importPreview': jobSteps<'units.importPreview', SheetRows>({
    prepareLabel: READING,
    prepare: (_call, input) => readUpload(input, UNIT_IMPORT_COLUMNS),
    *work(call, _input, sheet) {
      const parsed = yield* parseRows(call, sheet);
      const accepted = parsed.rows.filter((r) => !parsed.errors.has(r.rowNumber));
      return preview(parsed.sheet, accepted.map(({ rowNumber, value }) => ({ rowNumber, value })), parsed.errors);
    },
  }),

  'units.importCommit': jobSteps<'units.importCommit', SheetRows>({
    prepareLabel: READING,
    prepare: (_call, input) => readUpload(input, UNIT_IMPORT_COLUMNS),
    *work(call, _input, sheet) {
      const parsed = yield* parseRows(call, sheet);
      rejectIfErrors(parsed.errors);
      const ids = new Map<number, number>();
      const ordered = insertionOrder(parsed.rows);
      for (const [index, r] of ordered.entries()) {
        if (index % PROGRESS_EVERY === 0) yield { phase: WRITING, done: index, total: ordered.length };
        const parentId = r.parentRow !== null ? (ids.get(r.parentRow) ?? null) : r.value.parentId;
        const { parentName: _unused, liaisonName: _shown, ...data } = { ...r.value, parentId };
        void _unused;
        if (parentId !== null && !getUnit(call.ctx.db, parentId)) throw new AppError('INTERNAL', '上级单位写入顺序错误');
        // The sheet has no 设立日期 column: an imported unit is set up the day it enters the registry.
        ids.set(r.rowNumber, insertUnit(call.ctx.db, { ...data, establishedDate: data.establishedDate ?? today(call) }, call.now.toISOString()));
      }
      audit(call, 'unit', null, sheet.fileName, { import: sheet.fileName, sheet: sheet.sheetName, sha256: sheet.sha256, created: ids.size });
      return { created: ids.size };
    },
  }),
};
