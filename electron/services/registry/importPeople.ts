// Import of people from the office's Excel roster; units must already be registered. A yearly
// roster update is one import: each row is matched with the registry — by 身份证号, or by name
// and unit when it has none — and is 新增, 更新 (the fields it changes, old → new) or 无变化;
// the 在职 people of the sheet's units whom the sheet leaves out are listed and, when asked,
// marked 已离任 in the same transaction. A sheet in the export's columns is read as it is.
import {
  PERSON_CATEGORIES, PERSON_STATUSES, RANKS, personFields,
  type MissingPerson, type PersonCreateInput, type PersonFieldChange, type PersonImportCounts, type PersonImportRow, type PersonRow,
  type PersonStatus,
} from '../../../shared/registry/people.ts';
import { nameKey } from '../../../shared/registry/nameKey.ts';
import { z } from '../../../shared/kernel/zod.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import type { ImportPreview } from '../../../shared/kernel/common.ts';
import {
  activePeopleOfUnits, countNamesakesInUnit, findPeopleByNameInUnits, findPersonByIdNumber, insertPerson, setPersonStatus, updatePerson,
} from '../../../db/repos/registry/people.ts';
import { findUnitsByName } from '../../../db/repos/registry/units.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import { jobSteps, steps, type HandlerGroup } from '../kernel/handler.ts';
import type { JobProgress } from '../../../shared/kernel/jobs.ts';
import type { ColumnSpec } from '../kernel/xlsx/readTable.ts';
import { writeWorkbook } from '../kernel/xlsx/writeTable.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { CHECKING, firstIssues, matchChoice, preview, PROGRESS_EVERY, READING, readUpload, rejectIfErrors, RowErrors, WRITING, type SheetRows } from './importCommon.ts';
import { auditedIdNumber, idNumberOnToday, shownIdNumber } from './personChecks.ts';

/**
 * The columns read, under the export's headers (PERSON_EXPORT_COLUMNS; 序号 is ignored). A
 * required column must be in the header row and filled in every row; the template marks exactly
 * these with * and its instructions name them (templateNotes).
 */
export const PERSON_IMPORT_COLUMNS: ColumnSpec[] = [
  { key: 'name', header: '姓名', required: true },
  { key: 'unitName', header: '所在单位', aliases: ['单位', '工作单位', '单位名称'], required: true },
  { key: 'idNumber', header: '身份证号', aliases: ['身份证号码', '公民身份号码', '身份证'] },
  { key: 'post', header: '职务', aliases: ['现任职务'], required: true },
  { key: 'rank', header: '职级', aliases: ['级别', '职级（级别）'], required: true },
  { key: 'partyMember', header: '是否中共党员', aliases: ['中共党员', '是否党员', '政治面貌'], required: true },
  { key: 'category', header: '身份类别', aliases: ['人员类别', '类别'], required: true },
  { key: 'status', header: '状态', aliases: ['在职状态', '任职状态'] },
];

const PARTY: Record<string, boolean> = {
  是: true, 党员: true, 中共党员: true, 中共预备党员: true, 预备党员: true, y: true, yes: true, true: true, '1': true,
  否: false, 群众: false, 非党员: false, n: false, no: false, false: false, '0': false,
};

const RANK_ALIASES: Record<string, (typeof RANKS)[number]> = {
  正处: '正处级', 副处: '副处级', 正科: '正科级', 副科: '副科级', 科员: '科员及以下', 办事员: '科员及以下',
  村干部: '村（社区）干部', 社区干部: '村（社区）干部', 村社区干部: '村（社区）干部', 企业管理: '企业管理人员',
};
const CATEGORY_ALIASES: Record<string, (typeof PERSON_CATEGORIES)[number]> = {
  主要领导: '主要负责人', 一把手: '主要负责人', 班子: '班子成员', 领导班子成员: '班子成员', 干部: '一般干部', 一般人员: '一般干部', 工作人员: '一般干部',
};
const STATUS_ALIASES: Record<string, PersonStatus> = { 离任: '已离任', 已离职: '已离任', 离职: '已离任', 在岗: '在职', 现任: '在职' };

/** The template's instructions, from the same columns the importer reads. */
export function templateNotes(): string[] {
  const required = PERSON_IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header);
  const optional = PERSON_IMPORT_COLUMNS.filter((c) => !c.required).map((c) => c.header);
  return [
    `带 * 的列必须填写，每一行都要填：${required.join('、')}。${optional.join('、')}可以不填。表头行不要改动；列的顺序不限，“序号”等其他列不读取。`,
    '所在单位填已登记单位的全称（请先导入单位名册）。',
    `职级可填：${RANKS.join('、')}。`,
    '是否中共党员填“是”或“否”（“中共党员”“群众”也可识别）。',
    `身份类别可填：${PERSON_CATEGORIES.join('、')}。`,
    '身份证号填18位公民身份号码（可不填）；填写后按身份证号找到名册中的同一人并更新其信息。同一单位有同名人员时必须填写身份证号以区分。',
    `状态可填：${PERSON_STATUSES.join('、')}；不填时新增人员为在职，已有人员保持原状态。`,
    '名册中已有的人员（按身份证号，没有身份证号时按姓名和所在单位）会被更新；导出的人员名册可以直接修改后导入。',
    '导入前会列出新增、更新（改了哪些项）和无变化的人数，以及表中所列单位里名册上在职但表中没有的人员，可选择将他们标记为已离任。',
    '任何一行有误时整个文件都不会导入，系统会逐行列出需要修改之处。',
  ];
}

const rowSchema = z.strictObject({ name: personFields.name, post: personFields.post, idNumber: personFields.idNumber });

interface PlannedRow {
  rowNumber: number;
  value: PersonImportRow;
  /** The registry's person as it is now (更新 / 无变化). */
  before: PersonRow | null;
}

interface Plan {
  rows: PlannedRow[];
  errors: RowErrors;
  counts: PersonImportCounts;
  missing: PersonRow[];
}

type UnitFound = ReturnType<typeof findUnitsByName>[number];

/** The one person of the candidates a row without a deciding ID number means; 'ambiguous' when two could be. */
function pickCandidate(candidates: PersonRow[]): PersonRow | 'ambiguous' | null {
  const active = candidates.filter((p) => p.status === '在职');
  const pool = active.length > 0 ? active : candidates;
  if (pool.length > 1) return 'ambiguous';
  return pool[0] ?? null;
}

function changesOf(call: Call, before: PersonRow, after: PersonImportRow): PersonFieldChange[] {
  const yesNo = (b: boolean) => (b ? '是' : '否');
  const pairs: Array<[string, string, string]> = [
    ['姓名', before.name, after.name],
    ['所在单位', before.unitName, after.unitName],
    ['身份证号', shownIdNumber(call, before.idNumber), shownIdNumber(call, after.idNumber)],
    ['职务', before.post, after.post],
    ['职级', before.rank, after.rank],
    ['是否中共党员', yesNo(before.partyMember), yesNo(after.partyMember)],
    ['身份类别', before.category, after.category],
    ['状态', before.status, after.status],
  ];
  const changed = pairs.filter(([, b, a]) => b !== a).map(([field, b, a]) => ({ field, before: b, after: a }));
  // The unit's name can be the same for another unit (two villages named 新村).
  if (before.unitId !== after.unitId && before.unitName === after.unitName) changed.push({ field: '所在单位', before: `${before.unitName}（原单位）`, after: after.unitName });
  return changed;
}

/** Checks every row against the registry, saying every few rows how far it is. */
function* plan(call: Call, sheet: SheetRows): Generator<JobProgress, Plan, void> {
  const db = call.ctx.db;
  const errors = new RowErrors();
  const rows: PlannedRow[] = [];
  const unitCache = new Map<string, UnitFound[]>();
  const rowOfPerson = new Map<number, number>();
  const rowOfIdNumber = new Map<string, number>();
  /** The rows that will be 在职 in each unit under each name: namesakes need ID numbers. */
  const activeByName = new Map<string, Array<{ rowNumber: number; idNumber: string }>>();

  const total = sheet.rows.length;
  for (const [index, { rowNumber, values }] of sheet.rows.entries()) {
    if (index % PROGRESS_EVERY === 0) yield { phase: CHECKING, done: index, total };
    const problems: string[] = [];
    const base = rowSchema.safeParse({ name: values.name ?? '', post: values.post ?? '', idNumber: values.idNumber ?? '' });
    if (!base.success) problems.push(firstIssues(base.error.issues));
    const dayProblem = base.success ? idNumberOnToday(call, base.data.idNumber) : null;
    if (dayProblem) problems.push(dayProblem);

    const rank = values.rank ? matchChoice(values.rank, RANKS, RANK_ALIASES) : null;
    if (!values.rank) problems.push('请填写职级');
    else if (!rank) problems.push(`职级“${values.rank}”无效（可选：${RANKS.join('、')}）`);

    const partyRaw = (values.partyMember ?? '').normalize('NFKC').replace(/\s/g, '').toLowerCase();
    const partyMember = partyRaw in PARTY ? (PARTY[partyRaw] as boolean) : null;
    if (!partyRaw) problems.push('请填写是否中共党员（是/否）');
    else if (partyMember === null) problems.push(`是否中共党员“${values.partyMember}”无法识别，请填“是”或“否”`);

    const category = values.category ? matchChoice(values.category, PERSON_CATEGORIES, CATEGORY_ALIASES) : null;
    if (!values.category) problems.push('请填写身份类别');
    else if (!category) problems.push(`身份类别“${values.category}”无效（可选：${PERSON_CATEGORIES.join('、')}）`);

    const statusGiven = values.status ? matchChoice(values.status, PERSON_STATUSES, STATUS_ALIASES) : null;
    if (values.status && !statusGiven) problems.push(`状态“${values.status}”无效（可选：${PERSON_STATUSES.join('、')}）`);

    // Looked up by the unit name's key (padding spaces ignored); kept and shown as written.
    const unitName = (values.unitName ?? '').trim();
    let units: UnitFound[] = [];
    if (unitName) {
      units = unitCache.get(unitName) ?? findUnitsByName(db, unitName);
      unitCache.set(unitName, units);
      if (units.length === 0) problems.push(`所在单位“${unitName}”尚未登记：请先在单位名册中添加`);
    } else {
      problems.push('请填写所在单位');
    }

    if (problems.length > 0 || !base.success || !rank || partyMember === null || !category || units.length === 0) {
      errors.add(rowNumber, problems.join('；'));
      continue;
    }
    const { name, post, idNumber } = base.data;

    // Which registry person the row is: by ID number; else by name among the people of the
    // units of that name (with an ID number, only a record that has none can be the same person).
    let before: PersonRow | null = (idNumber && findPersonByIdNumber(db, idNumber)) || null;
    if (!before) {
      const candidates = findPeopleByNameInUnits(db, units.map((u) => u.id), name).filter((p) => idNumber === '' || p.idNumber === '');
      const picked = pickCandidate(candidates);
      if (picked === 'ambiguous') {
        errors.add(rowNumber, `“${unitName}”有 ${candidates.length} 名同名人员“${name}”，无法确定是哪一位：请填写身份证号以区分`);
        continue;
      }
      before = picked;
    }

    // The unit: the person's own when the sheet names it; otherwise the one active unit of that name.
    let unitId: number;
    const own = before ? units.find((u) => u.id === before.unitId) : undefined;
    if (own) unitId = own.id;
    else {
      const active = units.filter((u) => u.status === '正常');
      if (active.length !== 1) {
        errors.add(rowNumber, active.length > 1 ? `所在单位“${unitName}”有 ${active.length} 个同名单位，无法确定是哪一个` : `所在单位“${unitName}”已撤销`);
        continue;
      }
      unitId = (active[0] as UnitFound).id;
    }

    if (before) {
      const first = rowOfPerson.get(before.id);
      if (first !== undefined) {
        errors.add(rowNumber, `与第${first}行是同一人（${before.name}，${before.unitName}），请删除重复的一行`);
        continue;
      }
    }
    const finalIdNumber = idNumber || (before?.idNumber ?? '');
    if (finalIdNumber) {
      const first = rowOfIdNumber.get(finalIdNumber);
      if (first !== undefined) {
        errors.add(rowNumber, `身份证号与第${first}行相同，同一人只能出现一次`);
        continue;
      }
    }
    const status: PersonStatus = statusGiven ?? before?.status ?? '在职';
    const key = `${unitId}/${nameKey(name)}`;
    if (status === '在职') {
      const clash = (activeByName.get(key) ?? []).find((o) => o.idNumber === '' || finalIdNumber === '');
      if (clash) {
        errors.add(rowNumber, `与第${clash.rowNumber}行同名且同在“${unitName}”，请为两人填写身份证号以区分`);
        continue;
      }
      const moved = before !== null && (before.unitId !== unitId || nameKey(before.name) !== nameKey(name) || before.status !== '在职');
      if ((before === null || moved) && countNamesakesInUnit(db, unitId, name, finalIdNumber, before?.id ?? null) > 0) {
        errors.add(rowNumber, `“${unitName}”已有在职人员“${name}”，无法区分：请为两人填写身份证号`);
        continue;
      }
    }

    if (before) rowOfPerson.set(before.id, rowNumber);
    if (finalIdNumber) rowOfIdNumber.set(finalIdNumber, rowNumber);
    if (status === '在职') activeByName.set(key, [...(activeByName.get(key) ?? []), { rowNumber, idNumber: finalIdNumber }]);

    const value: PersonImportRow = {
      name, idNumber: finalIdNumber, unitId, unitName, post, rank, partyMember, category, status,
      kind: '新增', personId: before?.id ?? null, changes: [],
    };
    if (before) {
      value.changes = changesOf(call, before, value);
      value.kind = value.changes.length > 0 ? '更新' : '无变化';
    }
    rows.push({ rowNumber, value, before });
  }

  const sheetUnits = [...new Set(rows.map((r) => r.value.unitId))];
  const missing = activePeopleOfUnits(db, sheetUnits).filter((p) => !rowOfPerson.has(p.id));
  const count = (kind: PersonImportRow['kind']) => rows.filter((r) => r.value.kind === kind).length;
  return { rows, errors, counts: { created: count('新增'), updated: count('更新'), unchanged: count('无变化') }, missing };
}

type PeoplePreview = ImportPreview<PersonImportRow> & { counts: PersonImportCounts; missing: MissingPerson[] };

/** The plan as the caller may see it (ID numbers masked for roles without the registry right). */
function shownPlan(call: Call, sheet: SheetRows, p: Plan): PeoplePreview {
  const rows = p.rows.map(({ rowNumber, value }) => ({ rowNumber, value: { ...value, idNumber: shownIdNumber(call, value.idNumber) } }));
  const missing = p.missing.map((m) => ({ id: m.id, name: m.name, unitName: m.unitName, post: m.post, idNumber: shownIdNumber(call, m.idNumber) }));
  return { ...preview(sheet, rows, p.errors), counts: p.counts, missing };
}

function toInput(value: PersonImportRow): PersonCreateInput {
  const { name, idNumber, unitId, post, rank, partyMember, category } = value;
  return { name, idNumber, unitId, post, rank, partyMember, category };
}

/** The audit summary of an update: { field: [before, after] } of what changed, ID numbers masked. */
function auditChanges(before: PersonRow, after: PersonImportRow): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const keys = ['name', 'idNumber', 'unitId', 'post', 'rank', 'partyMember', 'category', 'status'] as const;
  for (const k of keys) {
    if (before[k] === after[k]) continue;
    out[k] = k === 'idNumber' ? [auditedIdNumber(before[k] || null), auditedIdNumber(after[k])] : [before[k], after[k]];
  }
  return out;
}

export const peopleImportHandlers: HandlerGroup<'people.importTemplate' | 'people.importPreview' | 'people.importCommit'> = {
  'people.importTemplate': steps<'people.importTemplate', Uint8Array>({
    prepare: () => writeWorkbook([
      {
        name: '人员名册',
        title: '人员名册导入模板',
        columns: PERSON_IMPORT_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: c.key === 'idNumber' ? 22 : 20 })),
        rows: [],
        notes: templateNotes(),
      },
    ]),
    run: (call, _input, data) => fileResult('人员名册导入模板', call, data),
  }),

  'people.importPreview': jobSteps<'people.importPreview', SheetRows>({
    prepareLabel: READING,
    prepare: (_call, input) => readUpload(input, PERSON_IMPORT_COLUMNS),
    *work(call, _input, sheet) {
      return shownPlan(call, sheet, yield* plan(call, sheet));
    },
  }),

  'people.importCommit': jobSteps<'people.importCommit', SheetRows>({
    prepareLabel: READING,
    prepare: (_call, input) => readUpload(input, PERSON_IMPORT_COLUMNS),
    *work(call, input, sheet) {
      const p = yield* plan(call, sheet);
      rejectIfErrors(p.errors);
      const db = call.ctx.db;
      const now = nowIso(call);
      for (const [index, { value, before }] of p.rows.entries()) {
        if (index % PROGRESS_EVERY === 0) yield { phase: WRITING, done: index, total: p.rows.length };
        if (value.kind === '新增') insertPerson(db, toInput(value), now, value.status);
        else if (value.kind === '更新' && before) {
          if (!updatePerson(db, before.id, before.version, toInput(value), now, value.status)) {
            throw new AppError('CONFLICT', `“${before.name}”的信息已被他人修改，请重新预览后再导入。`);
          }
          audit(call, 'person', before.id, value.name, auditChanges(before, value));
        }
      }
      let markedLeft = 0;
      if (input.markMissingLeft) {
        for (const m of p.missing) {
          if (!setPersonStatus(db, m.id, m.version, '已离任', now)) {
            throw new AppError('CONFLICT', `“${m.name}”的信息已被他人修改，请重新预览后再导入。`);
          }
          audit(call, 'person', m.id, m.name, { status: [m.status, '已离任'], name: m.name, import: sheet.fileName });
          markedLeft += 1;
        }
      }
      const result = { ...p.counts, markedLeft };
      audit(call, 'person', null, sheet.fileName, { import: sheet.fileName, sheet: sheet.sheetName, sha256: sheet.sha256, ...result });
      return result;
    },
  }),
};
