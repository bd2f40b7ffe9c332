// The consequences page's place in the address (#/consequences?year=2026&quarter=3&filter=逾期&kind=…
// &q=…&page=2): the period (quarter 0 = 全年), the filters, the search and the page — so links, Back
// and F5 bring back exactly that list. Values that are not one of the choices are ignored.
import { useEffect, useMemo } from 'react';
import {
  CONSEQUENCE_FILTERS, CONSEQUENCE_KINDS, QUARTER_CONSEQUENCE_KINDS, YEAR_CONSEQUENCE_KINDS, type ConsequenceFilter, type ConsequenceKind,
} from '../../../shared/consequences/index.ts';
import { MAX_INDEX_YEAR, MIN_INDEX_YEAR, quarterOf } from '../../../shared/integrity/index.ts';
import { useToday } from '../../app/session.ts';
import { pickChoice, useLedgerParams } from '../../kit/ledger/ledgerParams.ts';

/** The list has one order (the service's: by unit); the kit's sort keys stay unused. */
const SORT_FIELDS = ['unit'] as const;
const DEFAULT_SORT = { field: 'unit', sort: 'asc' } as const;

/**
 * The period shown when the address names none: the last finished quarter of this year, or — in the
 * first quarter — last year as a whole (the year-end's 建议书 and talks).
 */
export function defaultPeriod(today: string): { year: number; quarter: number } {
  const year = Number(today.slice(0, 4));
  const q = quarterOf(today);
  return q === 1 ? { year: year - 1, quarter: 0 } : { year, quarter: q - 1 };
}

/** A year from the address within the index's years, else undefined. */
export function pickYear(value: string): number | undefined {
  const n = Number(value);
  return value !== '' && Number.isSafeInteger(n) && n >= MIN_INDEX_YEAR && n <= MAX_INDEX_YEAR ? n : undefined;
}

/** Ten years back from this year's, and the one shown when older. */
export function yearsOffered(thisYear: number, shown: number): number[] {
  const list = Array.from({ length: 10 }, (_, i) => thisYear - i);
  return list.includes(shown) ? list : [...list, shown].sort((a, b) => b - a);
}

export function kindsOf(quarter: number): readonly ConsequenceKind[] {
  return quarter === 0 ? YEAR_CONSEQUENCE_KINDS : QUARTER_CONSEQUENCE_KINDS;
}

export function usePeriodParams() {
  const today = useToday();
  const params = useLedgerParams(SORT_FIELDS, DEFAULT_SORT);
  const fallback = defaultPeriod(today);
  const year = pickYear(params.value('year')) ?? fallback.year;
  const askedQuarter = params.value('quarter');
  const quarter = /^[0-4]$/.test(askedQuarter) ? Number(askedQuarter) : fallback.quarter;
  const filter: ConsequenceFilter = pickChoice(CONSEQUENCE_FILTERS, params.value('filter')) || '全部';
  const askedKind: ConsequenceKind | '' = pickChoice(CONSEQUENCE_KINDS, params.value('kind'));
  const kind: ConsequenceKind | '' = askedKind !== '' && kindsOf(quarter).includes(askedKind) ? askedKind : '';
  const q = params.value('q');
  const thisYear = Number(today.slice(0, 4));
  const years = useMemo(() => yearsOffered(thisYear, year), [thisYear, year]);
  // The period shown is always in the address (a link or F5 keeps it when the day moves on).
  const { update } = params;
  const named = params.value('year') !== '' && params.value('quarter') !== '';
  useEffect(() => {
    if (!named) update({ year, quarter }, true);
  }, [named, update, year, quarter]);
  return { params, year, quarter, filter, kind, q, years };
}
