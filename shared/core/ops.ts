// The core domain's piece of the contract: signing in, accounts, the holiday calendar, settings,
// the audit log and the home page.
import { z } from '../kernel/zod.ts';
import { auditedRead, contractPiece, memoryRead, out, read, write } from '../kernel/contract.ts';
import { jobIdInput, jobStartInput, type JobStarted, type JobStatus } from '../kernel/jobs.ts';
import type { Page } from '../kernel/common.ts';
import { ADMIN_ONLY, ROLES, type Role } from './roles.ts';
import {
  changePasswordInput, loginInput, setupAdminInput, userCreateInput, userListInput, userResetPasswordInput,
  userSetDisabledInput, userUpdateInput, type AuthStatus, type LoginResult, type SessionUser, type UserOption, type UserRow,
} from './auth.ts';
import { auditListInput, type AuditRow, type AuditVerifyResult, type HomeSummary } from './admin.ts';
import { calendarListInput, calendarSetInput, type CalendarDay } from './calendar.ts';
import { viewPrefGetInput, viewPrefSetInput, type ViewPref } from './prefs.ts';
import type { RecoveryKeyShown, RecoveryStatus } from './recovery.ts';
import { officeProfileInput, type OfficeProfile } from './office.ts';

const empty = z.strictObject({});
const ALL_ROLES: readonly Role[] = ROLES;
const idInput = z.strictObject({ id: z.int().positive() });

export const coreContract = contractPiece({
  domain: 'core',
  ops: {
    'auth.status': read('查询登录状态', empty, 'public', out<AuthStatus>()),
    'auth.setupAdmin': write('首次设置管理员', setupAdminInput, 'public', out<LoginResult>()),
    'auth.login': write('登录', loginInput, 'public', out<LoginResult>()),
    'auth.logout': write('退出登录', empty, 'session', out<null>()),
    'auth.me': read('查询本人信息', empty, 'session', out<SessionUser>()),
    'auth.changePassword': write('修改本人密码', changePasswordInput, 'session', out<null>()),

    'home.summary': read('查看首页', empty, ALL_ROLES, out<HomeSummary>()),

    'users.list': read('查询用户', userListInput, ADMIN_ONLY, out<Page<UserRow>>()),
    'users.create': write('新增用户', userCreateInput, ADMIN_ONLY, out<UserRow>()),
    'users.update': write('编辑用户', userUpdateInput, ADMIN_ONLY, out<UserRow>()),
    'users.resetPassword': write('重置密码', userResetPasswordInput, ADMIN_ONLY, out<UserRow>()),
    'users.setDisabled': write('停用/启用用户', userSetDisabledInput, ADMIN_ONLY, out<UserRow>()),
    'users.unlock': write('解除锁定', idInput, ADMIN_ONLY, out<UserRow>()),
    'users.options': read('查找承办人', empty, ALL_ROLES, out<UserOption[]>()),

    'calendar.list': read('查看节假日', calendarListInput, ALL_ROLES, out<CalendarDay[]>()),
    'calendar.set': write('修改节假日', calendarSetInput, ADMIN_ONLY, out<CalendarDay[]>()),

    'audit.list': read('查询审计日志', auditListInput, ADMIN_ONLY, out<Page<AuditRow>>()),
    'audit.verify': read('校验审计日志', empty, ADMIN_ONLY, out<AuditVerifyResult>()),

    /** The recovery key: shown to an administrator (audited, never the key) until one confirms keeping it. */
    'recovery.status': read('查询恢复密钥是否已保管', empty, ADMIN_ONLY, out<RecoveryStatus>()),
    'recovery.reveal': auditedRead('查看恢复密钥', empty, ADMIN_ONLY, out<RecoveryKeyShown>()),
    'recovery.confirmKept': write('确认已保管恢复密钥', empty, ADMIN_ONLY, out<RecoveryStatus>()),

    /** 机关信息: read by every signed-in person (it is printed on their documents), saved by the administrator. */
    'office.get': read('查看机关信息', empty, 'session', out<OfficeProfile>()),
    'office.update': write('保存机关信息', officeProfileInput, ADMIN_ONLY, out<OfficeProfile>()),

    /** One's own 列设置, per user (any signed-in person, for themselves only). */
    'prefs.getView': read('查看本人列设置', viewPrefGetInput, 'session', out<ViewPref>()),
    'prefs.setView': write('保存本人列设置', viewPrefSetInput, 'session', out<ViewPref>()),

    /**
     * Long work the page follows: an operation whose definition allows it (asJob) started with its
     * input — who may call it is that operation's rule — then asked how far until it hands over
     * its result (the starter only). The renderer's api.job() does both.
     */
    'jobs.start': memoryRead('开始后台任务', jobStartInput, 'session', out<JobStarted>()),
    'jobs.progress': memoryRead('查看任务进度', jobIdInput, 'session', out<JobStatus<unknown>>()),
  },
  entities: {
    user: '用户',
    calendar: '节假日',
    export: '导出',
    import: '导入',
    demo: '演示数据',
    'view-pref': '列设置',
    refusal: '越权操作（已拒绝）',
    'recovery-key': '恢复密钥',
    'office-profile': '机关信息',
  },
  fields: {
    refused: '拒绝原因',
    username: '用户名',
    displayName: '姓名',
    role: '角色',
    mainLeader: '机关主要领导',
    disabled: '停用',
    result: '结果',
    failures: '连续错误次数',
    lockedUntil: '锁定至',
    firstStart: '首次设置',
    loadDemo: '载入演示数据',
    demo: '演示账号',
    users: '账号数',
    units: '单位数',
    people: '人员数',
    tips: '信访件数',
    before: '修改前',
    after: '修改后',
    list: '名册',
    rows: '行数',
    filters: '筛选条件',
    created: '导入条数',
    fileName: '文件名',
    sheetName: '工作表',
    sha256: '文件校验值',
    view: '视图',
    shown: '显示的列',
    organs: '机关全称',
    mark: '发文机关标志',
    abbreviation: '发文字号简称',
    printer: '印发机关',
    address: '通讯地址',
    phone: '联系电话',
  },
});
