// The number fields of 系统设置, grouped as the page shows them, with their Chinese labels and
// hints, and the conversion between the saved settings and the form's draft.
import type { Role } from '../../../shared/core/roles.ts';
import type { Settings } from '../../../shared/core/admin.ts';

export type NumberKey = Exclude<keyof Settings, 'reporterRoles' | 'officeTimeZone'>;

export interface NumberField {
  key: NumberKey;
  label: string;
  hint: string;
}

export const ACCOUNT_FIELDS: readonly NumberField[] = [
  { key: 'idleLockMinutes', label: '自动锁定时间（分钟）', hint: '无操作超过该时间后自动锁定，须重新登录（1到240）' },
  { key: 'maxFailedLogins', label: '密码错误次数上限', hint: '连续输错密码达到该次数后锁定账号（3到20）' },
  { key: 'lockoutMinutes', label: '锁定时长（分钟）', hint: '账号被锁定的时长，系统管理员可提前解除（1到1440）' },
];

export const TIP_FIELDS: readonly NumberField[] = [
  { key: 'dueSoonDays', label: '即将到期提醒天数', hint: '距办理时限不超过该天数的事项标为“即将到期”，在首页和台账中提醒（1到30）' },
  { key: 'repeatWindowMonths', label: '重复件比对范围（月）', hint: '登记时，提示该月数内反映同一人员或单位的信访件，供判断是否重复件（1到120）' },
  { key: 'intakeWorkdays', label: '拟办时限（工作日）', hint: '收件后应在该工作日数内提出拟办意见（1到60）' },
  { key: 'approvalWorkdays', label: '审批时限（工作日）', hint: '提出拟办意见后，领导应在该工作日数内审批（1到60）' },
  { key: 'feedbackWorkdays', label: '反馈时限（工作日）', hint: '实名反映办结后，应在该工作日数内向反映人反馈（1到90）' },
];

export type Draft = Record<NumberKey, string> & { reporterRoles: Role[]; officeTimeZone: string };

export function toDraft(s: Settings): Draft {
  return {
    idleLockMinutes: String(s.idleLockMinutes),
    maxFailedLogins: String(s.maxFailedLogins),
    lockoutMinutes: String(s.lockoutMinutes),
    dueSoonDays: String(s.dueSoonDays),
    repeatWindowMonths: String(s.repeatWindowMonths),
    intakeWorkdays: String(s.intakeWorkdays),
    approvalWorkdays: String(s.approvalWorkdays),
    feedbackWorkdays: String(s.feedbackWorkdays),
    reporterRoles: [...s.reporterRoles],
    officeTimeZone: s.officeTimeZone,
  };
}

/** A typed number as a number; anything else stays text so the schema names the problem. */
function toNumber(value: string): number | string {
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The draft as the update operation's input (still to be checked by the schema). */
export function fromDraft(d: Draft): Record<NumberKey, number | string> & { reporterRoles: Role[]; officeTimeZone: string } {
  return {
    idleLockMinutes: toNumber(d.idleLockMinutes),
    maxFailedLogins: toNumber(d.maxFailedLogins),
    lockoutMinutes: toNumber(d.lockoutMinutes),
    dueSoonDays: toNumber(d.dueSoonDays),
    repeatWindowMonths: toNumber(d.repeatWindowMonths),
    intakeWorkdays: toNumber(d.intakeWorkdays),
    approvalWorkdays: toNumber(d.approvalWorkdays),
    feedbackWorkdays: toNumber(d.feedbackWorkdays),
    reporterRoles: d.reporterRoles,
    officeTimeZone: d.officeTimeZone,
  };
}
