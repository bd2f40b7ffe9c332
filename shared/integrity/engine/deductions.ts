// 廉勤性: each discipline event of the unit decided in the period deducts its row's points ×
// subject (身份类别 on the event) × circumstance × time (conduct before 1 January of the scored year
// → earlierConduct), rounded half up once; a row with 一票否决 marks the quarter.
import { divRoundHalfUp } from '../decimal.ts';
import type { EventFact } from '../inputs.ts';
import type { ScoreLine } from '../results.ts';
import type { Deduction, SchemeContent } from '../scheme.ts';
import type { UnitFacts } from './facts.ts';
import { line } from './lines.ts';
import { hu, pts } from './numbers.ts';

/** The row for an event: the same outcome and grade, else the same outcome with grade ''. */
export function deductionFor(scheme: SchemeContent, event: Pick<EventFact, 'outcome' | 'grade'>): Deduction | null {
  const rows = scheme.integrity.deductions;
  return rows.find((r) => r.outcome === event.outcome && r.grade === event.grade) ?? rows.find((r) => r.outcome === event.outcome && r.grade === '') ?? null;
}

/** A conduct date (YYYY-MM-DD or YYYY-MM, its first day) before 1 January of the scored year; null is not. */
export function conductEarlier(conductDate: string | null, year: number): boolean {
  if (conductDate === null || conductDate.trim() === '') return false;
  const day = conductDate.length === 7 ? `${conductDate}-01` : conductDate.slice(0, 10);
  return day < `${year}-01-01`;
}

/** 党纪处分（警告）张三 · 诫勉 李四 */
function outcomeLabel(e: EventFact): string {
  return e.grade === '' ? `${e.outcome} ` : `${e.outcome}（${e.grade}）`;
}

export function deductionLines(scheme: SchemeContent, year: number, facts: UnitFacts): { lines: ScoreLine[]; veto: boolean } {
  const integ = scheme.integrity;
  const lines: ScoreLine[] = [];
  let veto = false;
  for (const e of facts.events) {
    const records = [{ kind: e.sourceKind, id: e.sourceId, label: e.sourceLabel }];
    const who = `${outcomeLabel(e)}${e.personName}（${e.category}）`;
    const row = deductionFor(scheme, e);
    if (!row) {
      lines.push(line('integrity.event', String(e.id), '廉勤性', `${who}：评分方案未列此处理结果，不扣分`, 0, records));
      continue;
    }
    const base = hu(row.points);
    const subject = hu(integ.subject[e.category]);
    const circumstance = hu(integ.circumstance[e.circumstance]);
    const earlier = conductEarlier(e.conductDate, year);
    const time = earlier ? hu(integ.earlierConduct) : 100;
    const magnitude = divRoundHalfUp(base * subject * circumstance * time, 100 * 100 * 100);
    const timeText = earlier ? `×${pts(time)}（${e.conductDate ?? ''}行为，以前年度）` : e.conductDate === null ? '×1（行为时间不详）' : '×1';
    const vetoText = row.veto ? '，一票否决' : '';
    veto ||= row.veto;
    lines.push(line('integrity.event', String(e.id), '廉勤性',
      `${who}：${pts(base)}分×${pts(subject)}（${e.category}）×${pts(circumstance)}（${e.circumstance}）${timeText} = ${pts(magnitude)}分${vetoText}`,
      magnitude === 0 ? 0 : -magnitude, records));
  }
  return { lines, veto };
}
