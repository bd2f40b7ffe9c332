// The one entry point of every host (IPC, HTTP, CLI): finds the operation, checks who is
// calling and whether that role may, parses the input with the contract's schema, and runs the
// module's implementation — owning its transaction and its audit — then answers { ok, value }
// or { ok: false, error }. It never throws.
import { api, isOpName, mayCall, type OpName, type OpOutput } from '../../shared/api.ts';
import { AppError, type ApiErrorBody, type ApiResponse } from '../../shared/kernel/errors.ts';
import { getUserById, type UserRecord } from '../../db/repos/core/index.ts';
import type { Call, ServiceContext } from './kernel/context.ts';
import type { Caller } from './kernel/caller.ts';
import { runOperation } from './kernel/runner.ts';
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
  const { idleLockMinutes } = getSettings(ctx.db);
  const found = ctx.sessions.touch(token, now, idleLockMinutes);
  if (found.kind === 'expired') {
    throw new AppError('SESSION_EXPIRED', `已超过 ${idleLockMinutes} 分钟未操作，系统已自动锁定，请重新登录。`);
  }
  if (found.kind === 'missing') throw new AppError('UNAUTHENTICATED', '尚未登录或登录已失效，请重新登录。');
  const user = getUserById(ctx.db, found.userId);
  if (!user || user.disabled) {
    if (token) ctx.sessions.remove(token);
    throw new AppError('UNAUTHENTICATED', '账号已停用或不存在，请联系系统管理员。');
  }
  return user;
}

function toErrorBody(error: unknown, op: string): ApiErrorBody {
  if (error instanceof AppError && error.code !== 'INTERNAL') {
    return error.fields ? { code: error.code, message: error.message, fields: error.fields } : { code: error.code, message: error.message };
  }
  // Never log inputs here: they may hold reporter identities or passwords.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  console.error(`[lianqing] ${op} failed: ${detail}`);
  return { code: 'INTERNAL', message: '系统内部错误，操作未完成，数据未做改动。请重试，如仍失败请联系系统管理员。' };
}

export async function dispatch(ctx: ServiceContext, envelope: unknown): Promise<ApiResponse<unknown>> {
  let opLabel = '(unknown)';
  try {
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
      throw new AppError('BAD_REQUEST', '请求格式不正确。');
    }
    const { op, input, session } = envelope as Record<string, unknown>;
    if (!isOpName(op)) throw new AppError('BAD_REQUEST', '未知的操作。');
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
        throw new AppError('FORBIDDEN', `您的角色（${user.role}）无权进行此操作。`);
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
  const call: Call = {
    ctx, op, caller, sessionToken: token, now, timeZone: getSettings(ctx.db).officeTimeZone,
    audited: { entries: 0, changes: 0 }, subjects: modules.auditSubjects, loadDemo: (c) => runDemo(c, modules.demo),
    homeFigures: (c) => Object.assign({}, ...modules.home.map((figures) => figures(c))),
  };
  return runOperation(call, api[op], handlers[op], input);
}
