// The pages of the app, who may open them, and their address (#/units …).
import type { Role } from '../../shared/roles.ts';
import type { OpName } from '../../shared/api.ts';
import { canCall } from '../app/permissions.ts';

export const PAGE_IDS = ['home', 'units', 'people', 'users', 'settings', 'audit'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface PageInfo {
  id: PageId;
  title: string;
  /** The operation the page is built on; a role that may not call it does not see the page. */
  op: OpName;
}

export const PAGES: readonly PageInfo[] = [
  { id: 'home', title: '首页', op: 'home.summary' },
  { id: 'units', title: '单位管理', op: 'units.list' },
  { id: 'people', title: '人员管理', op: 'people.list' },
  { id: 'users', title: '用户管理', op: 'users.list' },
  { id: 'settings', title: '系统设置', op: 'settings.update' },
  { id: 'audit', title: '审计日志', op: 'audit.list' },
];

export function pagesFor(role: Role): PageInfo[] {
  return PAGES.filter((p) => canCall(role, p.op));
}

export function pageFromHash(hash: string): PageId | null {
  const id = hash.replace(/^#\/?/, '').split(/[/?&]/)[0] ?? '';
  return (PAGE_IDS as readonly string[]).includes(id) ? (id as PageId) : null;
}
