// Addresses of the closed loop (#/consequences?year=2026&quarter=3, #/consequences/12, #/awards?year=2026)
// and the other domains' pages a consequence links to — as hash addresses, so this domain never
// imports their code (they import this one for their trace sections). Opening a consequence from
// the list carries the list's query, so 返回预警闭环 brings back exactly the list that was left.
import { useLocation, useNavigate } from 'react-router';

interface ConsequenceNavState {
  list?: string;
}

/** The period's consequences page (quarter 0: the year). */
export function consequencesPath(year: number, quarter: number): string {
  return `/consequences?year=${year}&quarter=${quarter}`;
}

export const consequencePath = (id: number): string => `/consequences/${id}`;

export function awardsPath(year: number): string {
  return `/awards?year=${year}`;
}

/** A unit's 廉情指数 page (integrity's) in a year. */
export const unitIndexPath = (unitId: number, year: number): string => `/index/units/${unitId}?year=${year}`;
/** A 公文's page (发文登记, documents'): a draft is edited, previewed and issued there. */
export const documentPath = (id: number): string => `/documents/${id}`;
/** An issued 预警告知书's 整改情况 (rectification's). */
export const noticeItemsPath = (documentId: number): string => `/rectification/notices/${documentId}`;
/** A talk's page (interviews'). */
export const interviewPath = (id: number): string => `/interviews/${id}`;

/** As an href of a plain link. */
export const href = (path: string): string => `#${path}`;

function listOf(pathname: string, search: string, state: unknown): string | undefined {
  if (pathname === '/consequences') return search;
  const carried = (state as ConsequenceNavState | null)?.list;
  return typeof carried === 'string' ? carried : undefined;
}

export function useConsequenceNav() {
  const navigate = useNavigate();
  const location = useLocation();
  const carry: ConsequenceNavState = { list: listOf(location.pathname, location.search, location.state) };
  return {
    open: (id: number) => navigate(consequencePath(id), { state: carry }),
    /** Back to the list left, or to the consequence's own period. */
    backToList: (year: number, quarter: number) =>
      navigate(carry.list !== undefined ? { pathname: '/consequences', search: carry.list } : consequencesPath(year, quarter)),
    go: (path: string) => navigate(path),
  };
}
