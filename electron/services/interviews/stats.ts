// 谈话函询统计 (interviews.stats, interviews.exportStats): counts per month, quarter or year by 类别
// (the talk types and 函询, by the ledger's date) and by 结果 (by the concluded date), with 合计 —
// each a GROUP BY (db/repos/interviews/stats.ts); every period of the range is a row, empty or not.
// The export writes the same table to Excel, audited.
import {
  INTERVIEW_OUTCOMES, TALK_TYPES, type InterviewPeriod, type InterviewStats, type InterviewStatsInput, type InterviewStatsRow,
} from '../../../shared/interviews/index.ts';
import { officeMaker } from '../../../shared/core/index.ts';
import { interviewCountsByOutcome, interviewCountsByType, type InterviewCount } from '../../../db/repos/interviews/stats.ts';
import { audit, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { writeWorkbook, type WriteColumn, type WriteValue } from '../kernel/xlsx/writeTable.ts';
import { officeProfile } from '../core/index.ts';

export const INTERVIEW_STATS_NAME = '谈话函询统计';
export const STATS_TYPES: readonly string[] = [...TALK_TYPES, '函询'];
export const STATS_OUTCOMES: readonly string[] = INTERVIEW_OUTCOMES;
const QUARTERS = ['一', '二', '三', '四'];
const PERIOD_LABELS: Record<InterviewPeriod, string> = { month: '按月', quarter: '按季度', year: '按年' };

/** The periods counted, in order: the year's 12 months or 4 quarters, or the five years up to it. */
export function statsPeriods(period: InterviewPeriod, year: number): Array<{ key: string; label: string }> {
  if (period === 'month') return Array.from({ length: 12 }, (_, k) => ({ key: `${year}-${String(k + 1).padStart(2, '0')}`, label: `${year}年${k + 1}月` }));
  if (period === 'quarter') return QUARTERS.map((q, k) => ({ key: `${year}-Q${k + 1}`, label: `${year}年第${q}季度` }));
  return Array.from({ length: 5 }, (_, k) => ({ key: String(year - 4 + k), label: `${year - 4 + k}年` }));
}

function zeros(names: readonly string[]): Record<string, number> {
  return Object.fromEntries(names.map((n) => [n, 0]));
}

export function interviewStats(call: Call, input: InterviewStatsInput): InterviewStats {
  const { period, year } = input;
  const from = `${period === 'year' ? year - 4 : year}-01-01`;
  const to = `${year}-12-31`;
  const rows: InterviewStatsRow[] = statsPeriods(period, year).map((p) => ({ ...p, byType: zeros(STATS_TYPES), byOutcome: zeros(STATS_OUTCOMES), total: 0 }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const totals: InterviewStats['totals'] = { byType: zeros(STATS_TYPES), byOutcome: zeros(STATS_OUTCOMES), total: 0 };
  const put = (counts: InterviewCount[], pick: (r: Omit<InterviewStatsRow, 'key' | 'label'>) => Record<string, number>, counted: boolean) => {
    for (const c of counts) {
      const row = byKey.get(c.key);
      if (!row) continue;
      pick(row)[c.value] = (pick(row)[c.value] ?? 0) + c.n;
      pick(totals)[c.value] = (pick(totals)[c.value] ?? 0) + c.n;
      if (counted) {
        row.total += c.n;
        totals.total += c.n;
      }
    }
  };
  put(interviewCountsByType(call.ctx.db, period, from, to), (r) => r.byType, true);
  put(interviewCountsByOutcome(call.ctx.db, period, from, to), (r) => r.byOutcome, false);
  return { period, year, types: [...STATS_TYPES], outcomes: [...STATS_OUTCOMES], rows, totals };
}

interface StatsExport {
  title: string;
  maker: string;
  subtitle: string;
  columns: WriteColumn[];
  rows: Array<Record<string, WriteValue>>;
}

/** The table as exported: 期间, each 类别, 合计, each 结果 (办结), 办结合计; the 合计 row last. */
export function gatherInterviewStats(call: Call, input: InterviewStatsInput): StatsExport {
  const stats = interviewStats(call, input);
  const columns: WriteColumn[] = [
    { header: '期间', key: 'period', width: 16 },
    ...stats.types.map((t, k) => ({ header: t, key: `t${k}`, kind: 'number' as const, width: 10 })),
    { header: '谈话函询合计', key: 'total', kind: 'number', width: 12 },
    ...stats.outcomes.map((o, k) => ({ header: `办结：${o}`, key: `o${k}`, kind: 'number' as const, width: 12 })),
    { header: '办结合计', key: 'concluded', kind: 'number', width: 10 },
  ];
  const line = (label: string, r: Omit<InterviewStatsRow, 'key' | 'label'>): Record<string, WriteValue> => {
    const out: Record<string, WriteValue> = { period: label, total: r.total };
    stats.types.forEach((t, k) => {
      out[`t${k}`] = r.byType[t] ?? 0;
    });
    let concluded = 0;
    stats.outcomes.forEach((o, k) => {
      out[`o${k}`] = r.byOutcome[o] ?? 0;
      concluded += r.byOutcome[o] ?? 0;
    });
    out.concluded = concluded;
    return out;
  };
  const rows = [...stats.rows.map((r) => line(r.label, r)), line('合计', stats.totals)];
  const range = input.period === 'year' ? `${input.year - 4}年至${input.year}年` : `${input.year}年`;
  const subtitle = `统计条件：${PERIOD_LABELS[input.period]}；${range}（类别按谈话时间或函询发出日期，结果按办结日期）`;
  audit(call, 'export', null, INTERVIEW_STATS_NAME, { list: INTERVIEW_STATS_NAME, rows: stats.rows.length, filter: subtitle });
  return {
    title: `${INTERVIEW_STATS_NAME}（${range}，${today(call)}导出）`,
    maker: officeMaker(officeProfile(call.ctx.db)),
    subtitle,
    columns,
    rows,
  };
}

export const interviewStatsHandlers: HandlerGroup<'interviews.stats' | 'interviews.exportStats'> = {
  'interviews.stats': (call, input) => interviewStats(call, input),
  'interviews.exportStats': steps<'interviews.exportStats', undefined, StatsExport>({
    run: gatherInterviewStats,
    finish: async (call, e) =>
      fileResult(INTERVIEW_STATS_NAME, call, await writeWorkbook([{ name: INTERVIEW_STATS_NAME, title: e.title, maker: e.maker, subtitle: e.subtitle, columns: e.columns, rows: e.rows }])),
  }),
};
