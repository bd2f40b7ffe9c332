// The one API contract: every operation once, with its input schema, result type and who may
// call it. The renderer client and the main-side handlers are typed from this table.
import { z } from './kernel/zod.ts';
import { ADMIN_ONLY, LEADERS, REGISTRY_EDITORS, ROLES, TIP_CLERKS, TIP_HANDLERS, type Role } from './core/roles.ts';
import { fileField, type FileResult, type ImportPreview, type Page } from './kernel/common.ts';
import {
  unitCreateInput, unitExportInput, unitGetInput, unitListInput, unitOptionsInput, unitStatusInput, unitUpdateInput,
  type UnitCreateInput, type UnitOption, type UnitRow,
} from './registry/units.ts';
import {
  personCreateInput, personExportInput, personGetInput, personListInput, personStatusInput, personUpdateInput,
  type PersonCreateInput, type PersonRow,
} from './registry/people.ts';
import {
  changePasswordInput, loginInput, setupAdminInput, userCreateInput, userListInput, userResetPasswordInput,
  userSetDisabledInput, userUpdateInput, type AuthStatus, type LoginResult, type SessionUser, type UserRow,
} from './core/auth.ts';
import {
  auditListInput, settingsInput, type AuditRow, type AuditVerifyResult, type HomeSummary, type Settings,
} from './core/admin.ts';
import {
  attachmentAddInput, attachmentIdInput, calendarListInput, calendarSetInput, extensionDecideInput, extensionRequestInput,
  queryCodeInput, repeatCandidatesInput, tipApproveInput, tipArchiveInput, tipConcludeInput, tipExportInput,
  tipFeedbackInput, tipIdInput, tipLinkRepeatInput, tipListInput, tipProposeInput, tipRegisterInput, tipStatsExportInput,
  tipStatsInput, tipUnlinkRepeatInput,
  type CalendarDay, type QueryCodeResult, type RepeatCandidate, type ReporterInfo, type TipAttachment, type TipDashboard,
  type TipDetail, type TipRegisterResult, type TipRow, type TipStats, type UserOption,
} from './tips/schemas.ts';

/** Who may call an operation: anyone (before login), any signed-in person, or these roles. */
export type Access = 'public' | 'session' | readonly Role[];

export interface OpDef<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Phantom: the result type. Never read at run time. */
  output: O;
  /** Operations that change nothing may be retried and are allowed for 只读. */
  readOnly: boolean;
}

function out<O>(): O {
  return undefined as O;
}

const empty = z.strictObject({});
const ALL_ROLES: readonly Role[] = ROLES;
const idInput = z.strictObject({ id: z.int().positive() });

function read<I extends z.ZodType, O>(input: I, access: Access, output: O): OpDef<I, O> {
  return { input, access, output, readOnly: true };
}
function write<I extends z.ZodType, O>(input: I, access: Access, output: O): OpDef<I, O> {
  return { input, access, output, readOnly: false };
}

export const api = {
  'auth.status': read(empty, 'public', out<AuthStatus>()),
  'auth.setupAdmin': write(setupAdminInput, 'public', out<LoginResult>()),
  'auth.login': write(loginInput, 'public', out<LoginResult>()),
  'auth.logout': write(empty, 'session', out<null>()),
  'auth.me': read(empty, 'session', out<SessionUser>()),
  'auth.changePassword': write(changePasswordInput, 'session', out<null>()),

  'home.summary': read(empty, ALL_ROLES, out<HomeSummary>()),

  'units.list': read(unitListInput, ALL_ROLES, out<Page<UnitRow>>()),
  'units.get': read(unitGetInput, ALL_ROLES, out<UnitRow>()),
  'units.options': read(unitOptionsInput, ALL_ROLES, out<UnitOption[]>()),
  'units.create': write(unitCreateInput, REGISTRY_EDITORS, out<UnitRow>()),
  'units.update': write(unitUpdateInput, REGISTRY_EDITORS, out<UnitRow>()),
  'units.setStatus': write(unitStatusInput, REGISTRY_EDITORS, out<UnitRow>()),
  'units.export': read(unitExportInput, ALL_ROLES, out<FileResult>()),
  'units.importTemplate': read(empty, REGISTRY_EDITORS, out<FileResult>()),
  'units.importPreview': read(fileField, REGISTRY_EDITORS, out<ImportPreview<UnitCreateInput & { parentName: string }>>()),
  'units.importCommit': write(fileField, REGISTRY_EDITORS, out<{ created: number }>()),

  'people.list': read(personListInput, ALL_ROLES, out<Page<PersonRow>>()),
  'people.get': read(personGetInput, ALL_ROLES, out<PersonRow>()),
  'people.create': write(personCreateInput, REGISTRY_EDITORS, out<PersonRow>()),
  'people.update': write(personUpdateInput, REGISTRY_EDITORS, out<PersonRow>()),
  'people.setStatus': write(personStatusInput, REGISTRY_EDITORS, out<PersonRow>()),
  'people.export': read(personExportInput, ALL_ROLES, out<FileResult>()),
  'people.importTemplate': read(empty, REGISTRY_EDITORS, out<FileResult>()),
  'people.importPreview': read(fileField, REGISTRY_EDITORS, out<ImportPreview<PersonCreateInput & { unitName: string }>>()),
  'people.importCommit': write(fileField, REGISTRY_EDITORS, out<{ created: number }>()),

  'users.list': read(userListInput, ADMIN_ONLY, out<Page<UserRow>>()),
  'users.create': write(userCreateInput, ADMIN_ONLY, out<UserRow>()),
  'users.update': write(userUpdateInput, ADMIN_ONLY, out<UserRow>()),
  'users.resetPassword': write(userResetPasswordInput, ADMIN_ONLY, out<UserRow>()),
  'users.setDisabled': write(userSetDisabledInput, ADMIN_ONLY, out<UserRow>()),
  'users.unlock': write(idInput, ADMIN_ONLY, out<UserRow>()),

  'users.options': read(empty, ALL_ROLES, out<UserOption[]>()),

  'tips.list': read(tipListInput, ALL_ROLES, out<Page<TipRow>>()),
  'tips.get': read(tipIdInput, ALL_ROLES, out<TipDetail>()),
  'tips.register': write(tipRegisterInput, TIP_CLERKS, out<TipRegisterResult>()),
  'tips.repeatCandidates': read(repeatCandidatesInput, ALL_ROLES, out<RepeatCandidate[]>()),
  'tips.linkRepeat': write(tipLinkRepeatInput, TIP_CLERKS, out<TipDetail>()),
  'tips.unlinkRepeat': write(tipUnlinkRepeatInput, TIP_CLERKS, out<TipDetail>()),
  'tips.propose': write(tipProposeInput, TIP_CLERKS, out<TipDetail>()),
  'tips.approve': write(tipApproveInput, LEADERS, out<TipDetail>()),
  'tips.conclude': write(tipConcludeInput, TIP_HANDLERS, out<TipDetail>()),
  'tips.requestExtension': write(extensionRequestInput, TIP_HANDLERS, out<TipDetail>()),
  'tips.decideExtension': write(extensionDecideInput, LEADERS, out<TipDetail>()),
  'tips.feedback': write(tipFeedbackInput, TIP_CLERKS, out<TipDetail>()),
  'tips.archive': write(tipArchiveInput, TIP_CLERKS, out<TipDetail>()),
  /** Allowed to the roles in settings.reporterRoles; checked by the handler. Changes no data, but is audited. */
  'tips.revealReporter': read(tipIdInput, ALL_ROLES, out<ReporterInfo>()),
  /** Changes no data; each lookup is audited (without the code). */
  'tips.lookupCode': read(queryCodeInput, ALL_ROLES, out<QueryCodeResult>()),
  'tips.addAttachment': write(attachmentAddInput, TIP_HANDLERS, out<TipAttachment>()),
  'tips.downloadAttachment': read(attachmentIdInput, ALL_ROLES, out<FileResult>()),
  /** Opens the file in the system viewer where the host can (desktop); false means: download it instead. */
  'tips.openAttachment': read(attachmentIdInput, ALL_ROLES, out<{ opened: boolean }>()),
  'tips.dashboard': read(empty, ALL_ROLES, out<TipDashboard>()),
  'tips.stats': read(tipStatsInput, ALL_ROLES, out<TipStats>()),
  'tips.statsExport': read(tipStatsExportInput, ALL_ROLES, out<FileResult>()),
  /** includeReporter is refused for roles without the right; an export with it is audited. */
  'tips.export': read(tipExportInput, ALL_ROLES, out<FileResult>()),

  'calendar.list': read(calendarListInput, ALL_ROLES, out<CalendarDay[]>()),
  'calendar.set': write(calendarSetInput, ADMIN_ONLY, out<CalendarDay[]>()),

  'settings.get': read(empty, 'session', out<Settings>()),
  'settings.update': write(settingsInput, ADMIN_ONLY, out<Settings>()),

  'audit.list': read(auditListInput, ADMIN_ONLY, out<Page<AuditRow>>()),
  'audit.verify': read(empty, ADMIN_ONLY, out<AuditVerifyResult>()),
} as const;

export type Api = typeof api;
export type OpName = keyof Api;
/** What a caller sends (before defaults and clean-up). */
export type OpInput<K extends OpName> = z.input<Api[K]['input']>;
/** What a handler receives (parsed, cleaned, defaults filled). */
export type OpParsed<K extends OpName> = z.output<Api[K]['input']>;
export type OpOutput<K extends OpName> = Api[K]['output'];

export const OP_NAMES = Object.keys(api) as OpName[];

export function isOpName(value: unknown): value is OpName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(api, value);
}

/** The envelope on the one channel (IPC or HTTP). */
export interface Envelope {
  op: string;
  input: unknown;
  session?: string | null;
}

export function mayCall(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'session') return true;
  return access.includes(role);
}
