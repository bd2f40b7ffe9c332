// Checking an imported sheet, row by row, against the registry and the scheme in force: each row's
// unit (单位名称 + 所属乡镇; units are unique by parent and name), scored in the period, not twice in
// the file, and its values (a blank cell: no change; "—" only where an item does not apply). The
// plan says what each row changes (新增 / 修改 / 不变) and what is to be written; nothing is written here.
import { unitNameKey } from '../../../../shared/registry/index.ts';
import { CHECK_RESULTS, type CheckResult, type ImportKind, type ImportPreviewRow, type SchemeContent } from '../../../../shared/integrity/index.ts';
import { checksOf, getIndexUnit, type IndexUnit } from '../../../../db/repos/integrity/checks.ts';
import { costsOf, surveysOf } from '../../../../db/repos/integrity/measures.ts';
import { findUnitsByName } from '../../../../db/repos/registry/index.ts';
import type { Db } from '../../../../db/types.ts';
import type { ReadRow } from '../../kernel/xlsx/readTable.ts';
import { notScoredReason } from './period.ts';
import { COST_KEY, measureColumns, readFigure, SAVING_KEY } from './measureColumns.ts';
import { DASHES, RESULT_LIST } from './columns.ts';

export interface RowError {
  rowNumber: number;
  message: string;
}

export interface ImportPlan {
  rows: ImportPreviewRow[];
  errors: RowError[];
  checks: Array<{ unitId: number; itemKey: string; result: CheckResult }>;
  surveys: Array<{ unitId: number; surveyKey: string; rate: number }>;
  costs: Array<{ unitId: number; costPerCapita: number; savingRate: number }>;
  added: number;
  changed: number;
}

type Change = ImportPreviewRow['change'];

/** A row's change from its fields' changes: one modified → 修改; else one new → 新增; else 不变. */
function rowChange(fields: Array<'new' | 'changed' | 'same'>): Change {
  if (fields.includes('changed')) return '修改';
  return fields.includes('new') ? '新增' : '不变';
}

function fieldChange<T>(before: T | null | undefined, after: T): 'new' | 'changed' | 'same' {
  if (before === null || before === undefined) return 'new';
  return before === after ? 'same' : 'changed';
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s/gu, '');
const isDash = (s: string) => DASHES.some((d) => norm(d) === norm(s));

function matchResult(raw: string): CheckResult | null {
  return CHECK_RESULTS.find((r) => r === norm(raw)) ?? null;
}

/** The unit a row names: by its name and its parent's name (blank: a unit without a parent). */
function findUnit(db: Db, name: string, parentName: string): { unit: IndexUnit } | { message: string } {
  const parentKey = unitNameKey(parentName);
  const found = findUnitsByName(db, name).filter((u) => unitNameKey(u.parentName ?? '') === parentKey);
  const where = parentName ? `（所属乡镇“${parentName}”）` : '';
  if (found.length === 0) return { message: `单位名册中没有单位“${name}”${where}：请核对单位名称和所属乡镇与单位名册一致` };
  if (found.length > 1) return { message: `单位“${name}”${where}有重名，无法确定是哪一个：请在单位名册中区分后再导入` };
  const unit = getIndexUnit(db, (found[0] as { id: number }).id);
  return unit ? { unit } : { message: `单位名册中没有单位“${name}”${where}` };
}

export function planImport(db: Db, scheme: SchemeContent, kind: ImportKind, year: number, quarter: number, read: readonly ReadRow[]): ImportPlan {
  const plan: ImportPlan = { rows: [], errors: [], checks: [], surveys: [], costs: [], added: 0, changed: 0 };
  const err = (rowNumber: number, message: string) => plan.errors.push({ rowNumber, message });
  const seen = new Map<number, number>();
  const resolved: Array<{ row: ReadRow; unit: IndexUnit }> = [];
  for (const row of read) {
    const name = (row.values.name ?? '').trim();
    const parentName = (row.values.parentName ?? '').trim();
    if (!name) {
      err(row.rowNumber, '请填写单位名称');
      continue;
    }
    const found = findUnit(db, name, parentName);
    if ('message' in found) {
      err(row.rowNumber, found.message);
      continue;
    }
    const reason = notScoredReason(found.unit, year, quarter);
    if (reason) {
      err(row.rowNumber, reason);
      continue;
    }
    const first = seen.get(found.unit.id);
    if (first !== undefined) {
      err(row.rowNumber, `与第${first}行是同一单位“${found.unit.name}”，同一单位只能填写一行`);
      continue;
    }
    seen.set(found.unit.id, row.rowNumber);
    resolved.push({ row, unit: found.unit });
  }

  const cell = (row: ReadRow, key: string) => (row.values[`v:${key}`] ?? '').trim();
  for (const { row, unit } of resolved) {
    const values: Record<string, string> = {};
    const fields: Array<'new' | 'changed' | 'same'> = [];
    const before = plan.errors.length;
    if (kind === '控制性检查') {
      const current = new Map(checksOf(db, [unit.id], year, quarter).map((c) => [c.itemKey, c.result]));
      for (const item of scheme.control.items) {
        const raw = cell(row, item.key);
        if (!raw) continue;
        values[item.name] = raw;
        const applies = item.unitTypes.includes(unit.type);
        if (isDash(raw)) {
          if (applies) err(row.rowNumber, `控制点“${item.name}”适用于${unit.type}，请填写${RESULT_LIST}（留空表示不修改），不能填“—”`);
          continue;
        }
        if (!applies) {
          err(row.rowNumber, `控制点“${item.name}”不适用于${unit.type}“${unit.name}”，应填“—”或留空`);
          continue;
        }
        const result = matchResult(raw);
        if (!result) {
          err(row.rowNumber, `“${item.name}”的检查结果“${raw}”无效（可填：${RESULT_LIST}）`);
          continue;
        }
        values[item.name] = result;
        const change = fieldChange(current.get(item.key), result);
        fields.push(change);
        if (change !== 'same') plan.checks.push({ unitId: unit.id, itemKey: item.key, result });
      }
    } else {
      const columns = measureColumns(scheme, kind);
      const given = new Map<string, number>();
      for (const c of columns) {
        const raw = cell(row, c.key);
        if (!raw) continue;
        values[c.label] = raw;
        const figure = readFigure(c, raw);
        if (figure.ok) given.set(c.key, figure.value);
        else err(row.rowNumber, figure.message);
      }
      if (kind === '满意度调查') {
        const current = new Map(surveysOf(db, [unit.id], year, quarter).map((s) => [s.surveyKey, s.rate]));
        for (const [key, rate] of given) {
          const change = fieldChange(current.get(key), rate);
          fields.push(change);
          if (change !== 'same') plan.surveys.push({ unitId: unit.id, surveyKey: key, rate });
        }
      } else if (given.size > 0) {
        const current = costsOf(db, [unit.id], year, quarter)[0];
        const cost = given.get(COST_KEY) ?? current?.costPerCapita;
        const saving = given.get(SAVING_KEY) ?? current?.savingRate;
        if (cost === undefined || saving === undefined) {
          const missing = columns.find((c) => c.key === (cost === undefined ? COST_KEY : SAVING_KEY))?.label ?? '';
          if (plan.errors.length === before) err(row.rowNumber, `请同时填写“${missing}”`);
        } else {
          for (const [key, v] of given) fields.push(fieldChange(key === COST_KEY ? current?.costPerCapita : current?.savingRate, v));
          if (!current || current.costPerCapita !== cost || current.savingRate !== saving) plan.costs.push({ unitId: unit.id, costPerCapita: cost, savingRate: saving });
        }
      }
    }
    const change = rowChange(fields);
    if (plan.errors.length === before) {
      if (change === '新增') plan.added += 1;
      if (change === '修改') plan.changed += 1;
    }
    plan.rows.push({ rowNumber: row.rowNumber, unitId: unit.id, unitName: unit.name, values, change });
  }
  plan.errors.sort((a, b) => a.rowNumber - b.rowNumber);
  return plan;
}
