// Addresses inside 谈话函询: #/interviews (the ledger, its filters in the query), /agenda, /stats,
// /spot-checks and /12 (one talk or letter). The ledger's filters as address keys (written here,
// read back by interviewFilters.ts), so 首页's 查看全部 and the pages' links open the same list.
import { useNavigate } from 'react-router';
import type { InterviewFilterInput } from '../../../shared/interviews/index.ts';

export const interviewPath = (id: number): string => `/interviews/${id}`;

/** A ledger filter as the contract names it, with the names shown for a unit or a person. */
export type InterviewLink = Partial<InterviewFilterInput> & { unitName?: string; personName?: string };

export function interviewSearch(filter: InterviewLink): string {
  const q = new URLSearchParams();
  const put = (key: string, value: string | number | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  };
  put('q', filter.q);
  put('kind', filter.kind);
  put('talkType', filter.talkType);
  put('status', filter.status);
  if (filter.open) put('open', '未办结');
  put('interviewer', filter.interviewerId);
  put('person', filter.personId);
  if (filter.personId !== undefined) put('personName', filter.personName);
  put('unit', filter.unitId);
  if (filter.unitId !== undefined) put('unitName', filter.unitName);
  put('cause', filter.causeKind);
  put('tip', filter.tipId);
  put('rectItem', filter.rectItemId);
  put('outcome', filter.outcome);
  put('from', filter.dateFrom);
  put('to', filter.dateTo);
  put('due', filter.due);
  if (filter.mine) put('mine', '我参加的');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The ledger under a filter, as a link's href. */
export function interviewLedgerHref(filter: InterviewLink): string {
  return `#/interviews${interviewSearch(filter)}`;
}

export function useInterviewNav() {
  const navigate = useNavigate();
  return {
    open: (id: number) => navigate(interviewPath(id)),
    agenda: () => navigate('/interviews/agenda'),
    stats: () => navigate('/interviews/stats'),
    spotChecks: () => navigate('/interviews/spot-checks'),
    toLedger: (filter: InterviewLink = {}) => navigate({ pathname: '/interviews', search: interviewSearch(filter) }),
  };
}
