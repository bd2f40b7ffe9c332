// Moving between the register and a document's page, carrying the register's query (filters,
// sort, page) so 返回发文登记 brings back the same list.
import { useLocation, useNavigate } from 'react-router';
import type { DocKind } from '../../../shared/documents/index.ts';

interface Carry {
  register?: string;
}

export function docPath(id: number): string {
  return `/documents/${id}`;
}

/** The page of the talk or letter a notice was drafted from (the interviews domain's). */
export function interviewPath(id: number): string {
  return `/interviews/${id}`;
}

export function useDocNav() {
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as Carry;
  const carry: Carry = location.pathname === '/documents' ? { register: location.search } : { register: state.register ?? '' };
  return {
    openDoc: (id: number, replace = false) => navigate(docPath(id), { state: carry, replace }),
    /** 拟制公文 of a kind (the page lets the 文种 be changed). */
    newDocument: (kind: DocKind) => navigate({ pathname: '/documents/new', search: `?kind=${kind}` }, { state: carry }),
    backToRegister: () => navigate({ pathname: '/documents', search: carry.register ?? '' }),
  };
}
