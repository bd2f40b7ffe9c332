// The pages of the app, who may open them, and their address (#/units …).
import type { Role } from '../../shared/core/index.ts';
import type { OpName } from '../../shared/api.ts';
import { canCall } from './permissions.ts';

export const PAGE_IDS = ['home', 'tips', 'tipStats', 'units', 'people', 'calendar', 'users', 'settings', 'audit'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface PageInfo {
  id: PageId;
  title: string;
  /** The operation the page is built on; a role that may not call it does not see the page. */
  op: OpName;
}

export const PAGES: readonly PageInfo[] = [
  { id: 'home', title: '首页', op: 'home.summary' },
  { id: 'tips', title: '问题线索台账', op: 'tips.list' },
  { id: 'tipStats', title: '信访统计', op: 'tips.stats' },
  { id: 'units', title: '单位管理', op: 'units.list' },
  { id: 'people', title: '人员管理', op: 'people.list' },
  { id: 'calendar', title: '节假日设置', op: 'calendar.set' },
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
