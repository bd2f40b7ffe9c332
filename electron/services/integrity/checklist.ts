// 控制性检查: the grid of a period (units of the filter, paged in SQL, each with the items of its
// type in the scheme's order, their results and who entered them) and entering one unit's results
// by hand — an item of another type is refused, null removes a result (未录入 again), one audit
// entry lists what changed.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { ChecklistCell, ChecklistGrid, ChecklistRow, CheckResult, ControlItem, SchemeContent } from '../../../shared/integrity/index.ts';
import type { UnitType } from '../../../shared/registry/index.ts';
import { periodRange } from '../../../shared/integrity/index.ts';
import { checklistUnits, checksOf, deleteCheck, upsertCheck, type IndexUnit, type StoredCheck } from '../../../db/repos/integrity/checks.ts';
import type { Db } from '../../../db/types.ts';
import { audit, nowIso } from '../kernel/context.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { requireSchemeInForce } from './common.ts';
import { checkPeriod, requireScoredUnit } from './imports/period.ts';

/** The control items of a unit type, in the scheme's order. */
export function itemsOf(scheme: SchemeContent, type: UnitType): ControlItem[] {
  return scheme.control.items.filter((i) => i.unitTypes.includes(type));
}

/** Each unit's row: the items of its type, with its results (null: 未录入). */
export function checklistRows(db: Db, scheme: SchemeContent, units: readonly IndexUnit[], year: number, quarter: number): ChecklistRow[] {
  const byUnit = new Map<number, Map<string, StoredCheck>>();
  for (const c of checksOf(db, units.map((u) => u.id), year, quarter)) {
    const m = byUnit.get(c.unitId) ?? new Map<string, StoredCheck>();
    m.set(c.itemKey, c);
    byUnit.set(c.unitId, m);
  }
  return units.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    unitType: u.type,
    parentName: u.parentName,
    cells: itemsOf(scheme, u.type).map((item): ChecklistCell => {
      const c = byUnit.get(u.id)?.get(item.key);
      return c
        ? { itemKey: item.key, result: c.result, recordId: c.id, entered: { enteredByName: c.byName, enteredAt: c.at } }
        : { itemKey: item.key, result: null, recordId: null, entered: null };
    }),
  }));
}

/** A change of one item as the audit entry reads it: 三重一大集体决策：未录入 → 落实. */
export function resultChange(name: string, before: CheckResult | null, after: CheckResult | null): string {
  return `${name}：${before ?? '未录入'} → ${after ?? '未录入'}`;
}

export const checklistHandlers: HandlerGroup<'integrity.checklist' | 'integrity.setChecklist'> = {
  'integrity.checklist': (call, input): ChecklistGrid => {
    const db = call.ctx.db;
    const scheme = requireSchemeInForce(db, input.year);
    checkPeriod(scheme.content, '控制性检查', input.year, input.quarter);
    const items = scheme.content.control.items;
    const { from, to } = periodRange(input.year, input.quarter);
    const page = checklistUnits(db, {
      from, to, unitType: input.unitType, parentId: input.parentId, q: input.q,
      year: input.year, quarter: input.quarter, onlyMissing: input.onlyMissing, page: input.page, pageSize: input.pageSize,
      items: items.flatMap((i) => i.unitTypes.map((t): [UnitType, string] => [t, i.key])),
    });
    const shown = input.unitType === undefined ? items : items.filter((i) => i.unitTypes.includes(input.unitType as UnitType));
    return {
      scheme: scheme.ref,
      items: shown.map((i) => ({ key: i.key, name: i.name, points: i.points, unitTypes: i.unitTypes })),
      rows: checklistRows(db, scheme.content, page.rows, input.year, input.quarter),
      total: page.total,
      missingUnits: page.missingUnits,
    };
  },

  'integrity.setChecklist': (call, input): ChecklistRow => {
    const db = call.ctx.db;
    const scheme = requireSchemeInForce(db, input.year);
    checkPeriod(scheme.content, '控制性检查', input.year, input.quarter);
    const unit = requireScoredUnit(db, input.unitId, input.year, input.quarter);
    const own = new Map(itemsOf(scheme.content, unit.type).map((i) => [i.key, i]));
    const seen = new Set<string>();
    for (const r of input.results) {
      if (seen.has(r.itemKey)) throw new AppError('VALIDATION', `控制点“${own.get(r.itemKey)?.name ?? r.itemKey}”填写了两次，请只保留一个结果。`, { results: '控制点重复' });
      seen.add(r.itemKey);
      if (own.has(r.itemKey)) continue;
      const other = scheme.content.control.items.find((i) => i.key === r.itemKey);
      throw new AppError(
        'VALIDATION',
        other ? `控制点“${other.name}”不适用于${unit.type}“${unit.name}”，请只填写该单位类型的控制点。` : `评分方案中没有编码为“${r.itemKey}”的控制点，请刷新页面后重新填写。`,
        { results: '控制点不适用' },
      );
    }
    const current = new Map(checksOf(db, [unit.id], input.year, input.quarter).map((c) => [c.itemKey, c]));
    const at = nowIso(call);
    const byName = actorName(call);
    const changes: string[] = [];
    for (const r of input.results) {
      const item = own.get(r.itemKey);
      if (!item) continue;
      const before = current.get(r.itemKey)?.result ?? null;
      if (before === r.result) continue;
      if (r.result === null) deleteCheck(db, unit.id, input.year, input.quarter, r.itemKey);
      else upsertCheck(db, { unitId: unit.id, year: input.year, quarter: input.quarter, itemKey: r.itemKey, result: r.result, importId: null, userId: actorId(call), byName, at });
      changes.push(resultChange(item.name, before, r.result));
    }
    audit(call, 'index-checklist', unit.id, unit.name, {
      year: input.year, quarter: input.quarter, unit: unit.name, results: changes.length ? changes.join('；') : '无变化',
    });
    const [row] = checklistRows(db, scheme.content, [unit], input.year, input.quarter);
    if (!row) throw new Error('checklist row of a unit just read');
    return row;
  },
};
