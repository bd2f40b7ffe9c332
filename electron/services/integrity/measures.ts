// 满意度调查 and 行政成本: the units scored in a period with their figures (paged in SQL) and entering
// or clearing one unit's figures by hand (audited: what changed, from what to what). A survey rate
// is 0–100, the per-capita cost ≥ 0, the saving rate −100..100, each with at most two decimals.
import { AppError } from '../../../shared/kernel/errors.ts';
import { periodRange, type MeasureRow, type SchemeContent } from '../../../shared/integrity/index.ts';
import { costsOf, deleteCost, deleteSurvey, measureUnits, surveysOf, upsertCost, upsertSurvey, type StoredEntry, type WrittenBy } from '../../../db/repos/integrity/measures.ts';
import type { IndexUnit } from '../../../db/repos/integrity/checks.ts';
import type { Db } from '../../../db/types.ts';
import { audit, nowIso } from '../kernel/context.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { requireSchemeInForce } from './common.ts';
import { checkPeriod, requireScoredUnit } from './imports/period.ts';
import { COST_KEY, figureText, measureColumns, readFigure, SAVING_KEY, type MeasureKind } from './imports/measureColumns.ts';

/** Each unit's figures of the kind (null: 未录入), with the latest entry's writer. */
export function measureRows(db: Db, scheme: SchemeContent, kind: MeasureKind, units: readonly IndexUnit[], year: number, quarter: number): MeasureRow[] {
  const ids = units.map((u) => u.id);
  const values = new Map<number, Record<string, number | null>>();
  const latest = new Map<number, StoredEntry>();
  const keep = (e: StoredEntry) => {
    const was = latest.get(e.unitId);
    if (!was || e.at > was.at || (e.at === was.at && e.id > was.id)) latest.set(e.unitId, e);
  };
  const columns = measureColumns(scheme, kind);
  const empty = (): Record<string, number | null> => Object.fromEntries(columns.map((c) => [c.key, null]));
  if (kind === '满意度调查') {
    for (const s of surveysOf(db, ids, year, quarter)) {
      const v = values.get(s.unitId) ?? empty();
      if (s.surveyKey in v) v[s.surveyKey] = s.rate;
      values.set(s.unitId, v);
      keep(s);
    }
  } else {
    for (const c of costsOf(db, ids, year, quarter)) {
      values.set(c.unitId, { [COST_KEY]: c.costPerCapita, [SAVING_KEY]: c.savingRate });
      keep(c);
    }
  }
  return units.map((u) => {
    const e = latest.get(u.id);
    return {
      id: e?.id ?? 0,
      unitId: u.id,
      unitName: u.name,
      unitType: u.type,
      quarter,
      values: values.get(u.id) ?? empty(),
      entered: { enteredByName: e?.byName ?? '', enteredAt: e?.at ?? '' },
      importId: e?.importId ?? null,
    };
  });
}

export const measureHandlers: HandlerGroup<'integrity.measures' | 'integrity.setMeasure'> = {
  'integrity.measures': (call, input) => {
    const db = call.ctx.db;
    const scheme = requireSchemeInForce(db, input.year);
    checkPeriod(scheme.content, input.kind, input.year, input.quarter);
    const { from, to } = periodRange(input.year, input.quarter);
    const page = measureUnits(db, { from, to, unitType: input.unitType, q: input.q, page: input.page, pageSize: input.pageSize });
    return { rows: measureRows(db, scheme.content, input.kind, page.rows, input.year, input.quarter), total: page.total };
  },

  'integrity.setMeasure': (call, input): MeasureRow => {
    const db = call.ctx.db;
    const scheme = requireSchemeInForce(db, input.year);
    checkPeriod(scheme.content, input.kind, input.year, input.quarter);
    const unit = requireScoredUnit(db, input.unitId, input.year, input.quarter);
    const columns = new Map(measureColumns(scheme.content, input.kind).map((c) => [c.key, c]));
    const wanted = new Map<string, number | null>();
    for (const [key, raw] of Object.entries(input.values)) {
      const column = columns.get(key);
      if (!column) throw new AppError('VALIDATION', `评分方案中没有“${key}”这一项${input.kind}数据，请刷新页面后重新填写。`, { values: '数据项无效' });
      if (raw === null) {
        wanted.set(key, null);
        continue;
      }
      const read = readFigure(column, raw);
      if (!read.ok) throw new AppError('VALIDATION', `${unit.name}：${read.message}。`, { [`values.${key}`]: read.message });
      wanted.set(key, read.value);
    }
    const [before] = measureRows(db, scheme.content, input.kind, [unit], input.year, input.quarter);
    if (!before) throw new Error('measure row of a unit just read');
    const by: WrittenBy = { importId: null, userId: actorId(call), byName: actorName(call), at: nowIso(call) };
    const after = { ...before.values, ...Object.fromEntries(wanted) };
    if (input.kind === '满意度调查') {
      for (const [key, v] of wanted) {
        if (v === before.values[key]) continue;
        if (v === null) deleteSurvey(db, unit.id, input.year, input.quarter, key);
        else upsertSurvey(db, unit.id, input.year, input.quarter, key, v, by);
      }
    } else {
      const cost = after[COST_KEY] ?? null;
      const saving = after[SAVING_KEY] ?? null;
      if ((cost === null) !== (saving === null)) {
        const missing = columns.get(cost === null ? COST_KEY : SAVING_KEY)?.label ?? '';
        throw new AppError('VALIDATION', `${unit.name}：请同时填写“${missing}”，或把两项都清空。`, { [`values.${cost === null ? COST_KEY : SAVING_KEY}`]: '请填写' });
      }
      if (cost === null || saving === null) deleteCost(db, unit.id, input.year, input.quarter);
      else if (cost !== before.values[COST_KEY] || saving !== before.values[SAVING_KEY]) upsertCost(db, unit.id, input.year, input.quarter, cost, saving, by);
    }
    const changes = [...columns.values()]
      .filter((c) => (after[c.key] ?? null) !== (before.values[c.key] ?? null))
      .map((c) => `${c.label}：${figureText(before.values[c.key])} → ${figureText(after[c.key])}`);
    audit(call, 'index-measure', unit.id, unit.name, {
      kind: input.kind, year: input.year, quarter: input.quarter, unit: unit.name, values: changes.length ? changes.join('；') : '无变化',
    });
    const [row] = measureRows(db, scheme.content, input.kind, [unit], input.year, input.quarter);
    if (!row) throw new Error('measure row of a unit just read');
    return row;
  },
};
