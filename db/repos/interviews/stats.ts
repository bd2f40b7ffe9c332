// 谈话函询统计: counts per period by 类别 (the ledger's date) and by 结果 (the concluded date), each
// one GROUP BY over the range's dates. Periods are keyed 2026-03, 2026-Q1 or 2026.
import type { Db } from '../../types.ts';
import type { InterviewPeriod } from '../../../shared/interviews/index.ts';

export interface InterviewCount {
  key: string;
  value: string;
  n: number;
}

function keySql(period: InterviewPeriod, column: string): string {
  if (period === 'month') return `substr(${column}, 1, 7)`;
  if (period === 'quarter') return `substr(${column}, 1, 4) || '-Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3)`;
  return `substr(${column}, 1, 4)`;
}

/** Registered per period and 类别 (talk type, or 函询), by ledger date within [from, to]. */
export function interviewCountsByType(db: Db, period: InterviewPeriod, from: string, to: string): InterviewCount[] {
  return db
    .prepare(
      `SELECT ${keySql(period, 'ledger_date')} AS key, CASE WHEN kind = '函询' THEN '函询' ELSE talk_type END AS value, count(*) AS n
       FROM interviews WHERE ledger_date BETWEEN ? AND ? GROUP BY 1, 2`,
    )
    .all(from, to) as InterviewCount[];
}

/** Concluded per period and 结果, by concluded date within [from, to]. */
export function interviewCountsByOutcome(db: Db, period: InterviewPeriod, from: string, to: string): InterviewCount[] {
  return db
    .prepare(
      `SELECT ${keySql(period, 'concluded_date')} AS key, outcome AS value, count(*) AS n
       FROM interviews WHERE outcome IS NOT NULL AND concluded_date BETWEEN ? AND ? GROUP BY 1, 2`,
    )
    .all(from, to) as InterviewCount[];
}
