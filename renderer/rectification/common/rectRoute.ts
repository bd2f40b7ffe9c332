// Addresses inside 整改台账: #/rectification (the ledger, its filters in the query), /new, /summary,
// /12 (one item) and /notices/34 (a 预警告知书's 整改情况). Opening an item from the ledger carries
// the ledger's query, so 返回台账 brings back exactly the list that was left.
import { useLocation, useNavigate } from 'react-router';
import type { RectFilterInput } from '../../../shared/rectification/index.ts';

interface RectNavState {
  ledger?: string;
}

export const rectPath = (id: number): string => `/rectification/${id}`;
export const noticePath = (documentId: number): string => `/rectification/notices/${documentId}`;

/** A ledger filter as the contract names it, with the names shown for a unit or a person. */
export type LedgerLink = Partial<RectFilterInput> & { unitName?: string; personName?: string };

/** The address keys the filter bar writes (rectFilters.ts reads them back). */
export function ledgerSearch(filter: LedgerLink): string {
  const q = new URLSearchParams();
  const put = (key: string, value: string | number | boolean | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  };
  put('q', filter.q);
  put('unit', filter.unitId);
  if (filter.unitId !== undefined) put('unitName', filter.unitName);
  put('source', filter.source);
  put('status', filter.open === true ? '未销号' : filter.status);
  put('due', filter.due);
  put('person', filter.personId);
  if (filter.personId !== undefined) put('personName', filter.personName);
  put('from', filter.deadlineFrom);
  put('to', filter.deadlineTo);
  if (filter.recurrence !== undefined) put('recurrence', filter.recurrence ? '仅屡查屡犯' : '不含屡查屡犯');
  put('document', filter.documentId);
  if (filter.liaisonMine) put('mine', '我联系的单位');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The ledger under a filter, as a link's href. */
export function ledgerHref(filter: LedgerLink): string {
  return `#/rectification${ledgerSearch(filter)}`;
}

function ledgerOf(pathname: string, search: string, state: unknown): string | undefined {
  if (pathname === '/rectification') return search;
  const carried = (state as RectNavState | null)?.ledger;
  return typeof carried === 'string' ? carried : undefined;
}

export function useRectNav() {
  const navigate = useNavigate();
  const location = useLocation();
  const carry: RectNavState = { ledger: ledgerOf(location.pathname, location.search, location.state) };
  return {
    carry,
    openItem: (id: number, replace = false) => navigate(rectPath(id), { state: carry, replace }),
    newItems: (recurrenceOf?: number) =>
      navigate({ pathname: '/rectification/new', search: recurrenceOf ? `?recurrenceOf=${recurrenceOf}` : '' }, { state: carry }),
    summary: () => navigate({ pathname: '/rectification/summary', search: location.pathname === '/rectification' ? location.search : '' }, { state: carry }),
    toLedger: (filter: LedgerLink, replace = false) => navigate({ pathname: '/rectification', search: ledgerSearch(filter) }, { replace }),
    backToLedger: () => navigate({ pathname: '/rectification', search: carry.ledger ?? '' }),
  };
}
