// Addresses inside 问题线索台账: #/tips (the ledger, with its search and filters in the query),
// #/tips/new (登记信访件) and #/tips/123 (one tip). Opening a tip or the form from the ledger
// carries the ledger's address along, so 返回台账 brings back exactly the list that was left —
// also after F5, since it is kept in the history entry.
import { useLocation, useNavigate } from 'react-router';

interface TipNavState {
  /** The ledger's query (?q=…&status=…) the person came from. */
  ledger?: string;
}

export const tipPath = (id: number): string => `/tips/${id}`;

/** The ledger under these filters (address keys as the filter bar writes them), soonest due first. */
export function ledgerHref(filters: Readonly<Record<string, string | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  q.set('sort', 'dueDate');
  q.set('dir', 'asc');
  return `#/tips?${q.toString()}`;
}

function ledgerOf(pathname: string, search: string, state: unknown): string | undefined {
  if (pathname === '/tips') return search;
  const carried = (state as TipNavState | null)?.ledger;
  return typeof carried === 'string' ? carried : undefined;
}

export function useTipNav() {
  const navigate = useNavigate();
  const location = useLocation();
  const carry: TipNavState = { ledger: ledgerOf(location.pathname, location.search, location.state) };
  return {
    /** The state to give a link to a tip, so its page can return to this ledger. */
    carry,
    openTip: (id: number) => navigate(tipPath(id), { state: carry }),
    newTip: () => navigate('/tips/new', { state: carry }),
    backToLedger: () => navigate({ pathname: '/tips', search: carry.ledger ?? '' }),
  };
}
