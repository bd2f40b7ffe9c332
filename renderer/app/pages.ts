// The pages of the app, contributed by the domains (renderer/<domain>/pages.tsx) — one line per
// domain below; who may open them, and their address (#/units …). An address used twice is refused.
import type { Role } from '../../shared/core/index.ts';
import { canCall } from './permissions.ts';
import type { PageDef } from './pageTypes.ts';
import { corePages } from '../core/index.ts';
import { registryPages } from '../registry/index.ts';
import { tipsPages } from '../tips/index.ts';

export type PageId = string;
export type PageInfo = PageDef;

function joinPages(...groups: ReadonlyArray<readonly PageDef[]>): readonly PageDef[] {
  const seen = new Set<string>();
  const all = groups.flat();
  for (const p of all) {
    if (seen.has(p.id)) throw new Error(`the page address '#/${p.id}' is used twice`);
    seen.add(p.id);
  }
  return [...all].sort((a, b) => a.order - b.order);
}

export const PAGES: readonly PageDef[] = joinPages(
  corePages,
  registryPages,
  tipsPages,
);

export function pagesFor(role: Role): PageDef[] {
  return PAGES.filter((p) => canCall(role, p.op));
}

export function pageFromHash(hash: string): PageId | null {
  const id = hash.replace(/^#\/?/, '').split(/[/?&]/)[0] ?? '';
  return PAGES.some((p) => p.id === id) ? id : null;
}
