import { z } from '../zod.ts';
import { paging, searchField } from './common.ts';

export const settingsInput = z.strictObject({
  idleLockMinutes: z.int({ error: '自动锁定时间应为整数' }).min(1, '自动锁定时间为1到240分钟').max(240, '自动锁定时间为1到240分钟'),
  maxFailedLogins: z.int({ error: '密码错误次数上限应为整数' }).min(3, '密码错误次数上限为3到20次').max(20, '密码错误次数上限为3到20次'),
  lockoutMinutes: z.int({ error: '锁定时长应为整数' }).min(1, '锁定时长为1到1440分钟').max(1440, '锁定时长为1到1440分钟'),
});
export type Settings = z.output<typeof settingsInput>;
export const DEFAULT_SETTINGS: Settings = { idleLockMinutes: 15, maxFailedLogins: 5, lockoutMinutes: 15 };

export const auditListInput = z.strictObject({
  ...paging,
  sortDir: paging.sortDir.default('desc'),
  q: searchField,
});
export type AuditListInput = z.output<typeof auditListInput>;

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  op: string;
  entity: string;
  entityId: string | null;
  summary: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  entries: number;
  /** The first entry found broken, when not ok. */
  brokenAt: number | null;
  message: string;
}

export interface HomeSummary {
  units: { total: number; active: number; byType: Array<{ type: string; count: number }> };
  people: { total: number; active: number; partyMembers: number; mainLeaders: number };
  recentChanges: Array<{ at: string; username: string; op: string; summary: string }>;
}
