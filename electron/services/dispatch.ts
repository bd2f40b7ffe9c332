// The one entry point of every host (IPC, HTTP, CLI): finds the operation, checks who is
// calling and whether that role may, parses the input with the contract's schema, and runs the
// module's implementation — owning its transaction and its audit — then answers { ok, value }
// or { ok: false, error }. It never throws.
import { api, isOpName, mayCall, type OpName, type OpOutput } from '../../shared/api.ts';
import { AppError, type ApiResponse } from '../../shared/kernel/errors.ts';
import { toErrorBody } from './kernel/failure.ts';
import { getUserById, type UserRecord } from '../../db/repos/core/index.ts';
import type { Call, ServiceContext } from './kernel/context.ts';
import type { Caller } from './kernel/caller.ts';
import { runOperation } from './kernel/runner.ts';
import { recordRefusal } from './kernel/refusals.ts';
import { validationError } from './kernel/validation.ts';
import type { JobStarted } from '../../shared/kernel/jobs.ts';
import { handlers, modules } from './modules.ts';
import { runDemo } from './kernel/demo.ts';
import { getSettings } from './settings/index.ts';

/** Operations a person who must change the password may still use. */
const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<OpName> = new Set<OpName>([
  'auth.status',
  'auth.me',
  'auth.logout',
  'auth.changePassword',
  'settings.get',
]);

function authenticate(ctx: ServiceContext, token: string | null, now: Date): UserRecord {
  const { idleLockMinutes, sessionMaxHours } = getSettings(ctx.db);
  const found = ctx.sessions.touch(token, now, { idleMinutes: idleLockMinutes, maxHours: sessionMaxHours });
  if (found.kind === 'expired') {
    throw new AppError('SESSION_EXPIRED', `已超过 ${idleLockMinutes} 分钟未操作，系统已自动锁定，请重新登录。`);
  }
  if (found.kind === 'ended') {
    throw new AppError('SESSION_EXPIRED', `本次登录已超过 ${sessionMaxHours} 小时，请重新登录。`);
  }
  if (found.kind === 'missing') throw new AppError('UNAUTHENTICATED', '尚未登录或登录已失效，请重新登录。');
  const user = getUserById(ctx.db, found.userId);
  if (!user || user.disabled) {
    if (token) ctx.sessions.remove(token);
    throw new AppError('UNAUTHENTICATED', '账号已停用或不存在，请联系系统管理员。');
  }
  return user;
}

export async function dispatch(ctx: ServiceContext, envelope: unknown): Promise<ApiResponse<unknown>> {
  let opLabel = '(unknown)';
  try {
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
      throw new AppError('BAD_REQUEST', '请求格式不正确。');
    }
    const { op, input, session } = envelope as Record<string, unknown>;
    if (!isOpName(op)) throw new AppError('BAD_REQUEST', '未知的操作。');
    // A string with half a surrogate pair (from a JSON escape or a page's own text) cannot be
    // stored as it was sent: refused, never stored as U+FFFD.
    if (!wellFormed(input)) throw new AppError('BAD_REQUEST', '请求中含有无效的字符（不完整的 Unicode 字符），未做任何改动。');
    opLabel = op;
    if (session !== undefined && session !== null && typeof session !== 'string') {
      throw new AppError('BAD_REQUEST', '请求格式不正确。');
    }
    const token = typeof session === 'string' && session.length <= 128 ? session : null;
    const def = api[op];
    const now = ctx.clock.now();

    let caller: Caller = { kind: 'anonymous' };
    if (def.access !== 'public') {
      const user = authenticate(ctx, token, now);
      if (!mayCall(def.access, user.role)) {
        const refused = new AppError('FORBIDDEN', `您的角色（${user.role}）无权进行此操作。`);
        await recordRefusal(makeCall(ctx, op, { kind: 'user', user }, token, now), refused);
        throw refused;
      }
      if (user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(op)) {
        throw new AppError('FORBIDDEN', '管理员已重置您的密码，请先修改密码再继续。');
      }
      caller = { kind: 'user', user };
    }
    return { ok: true, value: await execute(ctx, op, input, caller, token, now) };
  } catch (error) {
    return { ok: false, error: toErrorBody(error, opLabel) };
  }
}

function wellFormed(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.isWellFormed();
  if (value === null || typeof value !== 'object' || depth > 64) return true;
  if (Array.isArray(value)) return value.every((v) => wellFormed(v, depth + 1));
  return Object.entries(value).every(([k, v]) => k.isWellFormed() && wellFormed(v, depth + 1));
}

/**
 * The command-line host: the person at the machine who holds the database file. No session or
 * role check (file access is full access); input is parsed as for everyone, and every change
 * is audited under the actor's name.
 */
export async function dispatchLocal<K extends OpName>(ctx: ServiceContext, op: K, input: unknown, actor: string): Promise<ApiResponse<OpOutput<K>>> {
  try {
    const value = await execute(ctx, op, input, { kind: 'local', actor }, null, ctx.clock.now());
    return { ok: true, value: value as OpOutput<K> };
  } catch (error) {
    return { ok: false, error: toErrorBody(error, op) };
  }
}

async function execute(ctx: ServiceContext, op: OpName, input: unknown, caller: Caller, token: string | null, now: Date): Promise<unknown> {
  return runOperation(makeCall(ctx, op, caller, token, now), api[op], handlers[op], input);
}

function makeCall(ctx: ServiceContext, op: OpName, caller: Caller, token: string | null, now: Date): Call {
  return {
    ctx, op, caller, sessionToken: token, now, timeZone: getSettings(ctx.db).officeTimeZone,
    audited: { entries: 0, changes: 0 }, subjects: modules.auditSubjects, loadDemo: (c) => runDemo(c, modules.demo),
    homeFigures: (c) => Object.assign({}, ...modules.home.map((figures) => figures(c))),
    startJob,
    runAs: async (c, user, op, input) => {
      if (!mayCall(api[op].access, user.role)) throw new AppError('FORBIDDEN', `您的角色（${user.role}）无权进行此操作。`);
      return (await execute(c.ctx, op, input, { kind: 'user', user }, null, c.now)) as never;
    },
  };
}

/**
 * jobs.start: runs an operation that may run as a job (asJob in its contract entry) for the
 * signed-in caller, under that operation's own rule of who may call it and its own input check
 * (both answered at once); the job's work then goes on after this answer, and its owner asks
 * jobs.progress how far it is. It is the same operation, transaction and audit as when called
 * directly.
 */
function startJob(call: Call, op: string, input: unknown): JobStarted {
  if (!isOpName(op) || !api[op].job) throw new AppError('BAD_REQUEST', '该操作不能作为后台任务运行。');
  if (call.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED', '尚未登录或登录已失效，请重新登录。');
  const user = call.caller.user;
  const def = api[op];
  if (def.access !== 'public' && !mayCall(def.access, user.role)) {
    throw new AppError('FORBIDDEN', `您的角色（${user.role}）无权进行此操作。`);
  }
  const parsed = def.input.safeParse(input ?? {});
  if (!parsed.success) throw validationError(parsed.error);
  const jobCall: Call = { ...call, op, audited: { entries: 0, changes: 0 } };
  const jobId = call.ctx.jobs.start(user.id, op, { phase: def.label, done: 0, total: 0 }, () => call.ctx.clock.now().getTime(), (report) =>
    runOperation(jobCall, def, handlers[op], input, report),
  );
  return { jobId, total: 0 };
}
