// The lists page's place in the address (#/awards?year=2026&list=可参与优秀班子评定&q=…&page=2).
import { useEffect, useMemo } from 'react';
import { AWARD_LISTS, type AwardList } from '../../../shared/consequences/index.ts';
import { useToday } from '../../app/session.ts';
import { pickChoice, useLedgerParams } from '../../kit/ledger/ledgerParams.ts';
import { pickYear, yearsOffered } from '../period/periodParams.ts';

const SORT_FIELDS = ['unit'] as const;
const DEFAULT_SORT = { field: 'unit', sort: 'asc' } as const;

export function useAwardParams() {
  const today = useToday();
  const params = useLedgerParams(SORT_FIELDS, DEFAULT_SORT);
  const thisYear = Number(today.slice(0, 4));
  // A year's lists come with its publication, after the year: last year's by default.
  const year = pickYear(params.value('year')) ?? thisYear - 1;
  const list: AwardList = pickChoice(AWARD_LISTS, params.value('list')) || '不得评先评优';
  const years = useMemo(() => yearsOffered(thisYear, year), [thisYear, year]);
  // The year shown is always in the address (a link or F5 keeps it when the day moves on).
  const { update } = params;
  const named = params.value('year') !== '';
  useEffect(() => {
    if (!named) update({ year }, true);
  }, [named, update, year]);
  return { params, year, years, list, q: params.value('q') };
}
