// Addresses inside 问题线索台账: #/tips (the ledger, optionally #/tips?due=逾期&status=承办中),
// #/tips/new (登记信访件) and #/tips/123 (one tip). The app shell already picks the page from
// the first segment; this reads the rest.
import { useEffect, useState } from 'react';

export type TipRoute = { kind: 'list'; search: string } | { kind: 'new' } | { kind: 'tip'; id: number };

export function routeFromHash(hash: string): TipRoute {
  const path = hash.replace(/^#\/?/, '');
  const [head = '', search = ''] = path.split('?', 2);
  const segments = head.split('/').filter(Boolean);
  const sub = segments[1];
  if (sub === 'new') return { kind: 'new' };
  if (sub && /^\d{1,15}$/.test(sub)) return { kind: 'tip', id: Number(sub) };
  return { kind: 'list', search };
}

export function useTipRoute(): TipRoute {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return routeFromHash(hash);
}

export const tipHref = (id: number): string => `#/tips/${id}`;

export function goToTip(id: number): void {
  window.location.hash = `/tips/${id}`;
}

export function goToNewTip(): void {
  window.location.hash = '/tips/new';
}

export function goToLedger(): void {
  window.location.hash = '/tips';
}
