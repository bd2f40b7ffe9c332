import { z } from '../kernel/zod.ts';
import { paging, searchField } from '../kernel/common.ts';
import { DEFAULT_OFFICE_TIME_ZONE, isTimeZone } from '../kernel/dates.ts';
import { DEFAULT_REPORTER_ROLES, ROLES } from './roles.ts';

function whole(label: string, min: number, max: number, unit: string) {
  const msg = `${label}为${min}到${max}${unit}`;
  return z.int({ error: `${label}应为整数` }).min(min, msg).max(max, msg);
}

export const settingsInput = z.strictObject({
  idleLockMinutes: z.int({ error: '自动锁定时间应为整数' }).min(1, '自动锁定时间为1到240分钟').max(240, '自动锁定时间为1到240分钟'),
  maxFailedLogins: z.int({ error: '密码错误次数上限应为整数' }).min(3, '密码错误次数上限为3到20次').max(20, '密码错误次数上限为3到20次'),
  lockoutMinutes: z.int({ error: '锁定时长应为整数' }).min(1, '锁定时长为1到1440分钟').max(1440, '锁定时长为1到1440分钟'),
  dueSoonDays: whole('即将到期提醒天数', 1, 30, '天'),
  repeatWindowMonths: whole('重复件比对范围', 1, 120, '个月'),
  intakeWorkdays: whole('拟办时限', 1, 60, '个工作日'),
  approvalWorkdays: whole('审批时限', 1, 60, '个工作日'),
  feedbackWorkdays: whole('反馈时限', 1, 90, '个工作日'),
  reporterRoles: z
    .array(z.enum(ROLES, { error: '角色无效' }), { error: '请选择可查看举报人信息的角色' })
    .min(1, '请至少选择一个可查看举报人信息的角色')
    .refine((v) => new Set(v).size === v.length, '角色有重复'),
  /** Optional in the input (older callers send the other settings only); always present in Settings. */
  officeTimeZone: z
    .string({ error: '请填写办公时区' })
    .trim()
    .refine(isTimeZone, '办公时区无效，请填写如 Asia/Shanghai 的时区名称')
    .optional(),
});
export type Settings = Required<z.output<typeof settingsInput>>;
export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: 15,
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  dueSoonDays: 5,
  repeatWindowMonths: 24,
  intakeWorkdays: 5,
  approvalWorkdays: 3,
  feedbackWorkdays: 15,
  reporterRoles: [...DEFAULT_REPORTER_ROLES],
  officeTimeZone: DEFAULT_OFFICE_TIME_ZONE,
};

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
  /** The object as a person names it; for older entries resolved when listed (null if it no longer exists). */
  subject: string | null;
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
