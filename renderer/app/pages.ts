// The pages of the app, contributed by the domains (renderer/<domain>/pages.tsx) — one line per
// domain below; who may open them, and their addresses (#/units …). An address used twice is refused.
import type { Role } from '../../shared/core/index.ts';
import { canCall } from './permissions.ts';
import type { PageDef } from './pageTypes.ts';
import { corePages } from '../core/index.ts';
import { registryPages } from '../registry/index.ts';
import { tipsPages } from '../tips/index.ts';
import { backupPages } from '../backup/index.ts';
import { documentsPages } from '../documents/index.ts';
import { rectificationPages } from '../rectification/index.ts';
import { interviewsPages } from '../interviews/index.ts';
import { integrityPages } from '../integrity/index.ts';
import { consequencesPages } from '../consequences/index.ts';

export type PageInfo = PageDef;

export function joinPages(...groups: ReadonlyArray<readonly PageDef[]>): readonly PageDef[] {
  const seen = new Set<string>();
  const all = groups.flat();
  for (const p of all) {
    for (const address of [`nav:${p.id}`, ...p.routes.map((r) => r.path)]) {
      if (seen.has(address)) throw new Error(`the page address '#/${address.replace(/^nav:/, '')}' is used twice`);
      seen.add(address);
    }
  }
  return [...all].sort((a, b) => a.order - b.order);
}

export const PAGES: readonly PageDef[] = joinPages(
  corePages,
  registryPages,
  tipsPages,
  documentsPages,
  rectificationPages,
  interviewsPages,
  integrityPages,
  consequencesPages,
  backupPages,
);

export const HOME_PAGE = 'home';

export function pagesFor(role: Role): PageDef[] {
  return PAGES.filter((p) => canCall(role, p.op));
}

/** The navigation entry an address belongs to (#/tips/12 → tips), or null. */
export function pageOfPath(pathname: string, pages: readonly PageDef[]): string | null {
  const first = pathname.replace(/^\//, '').split('/')[0] ?? '';
  return pages.some((p) => p.id === first) ? first : null;
}
