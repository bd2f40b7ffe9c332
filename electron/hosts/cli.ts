// lianqing — the command-line host over the same services.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open.ts';
import { LATEST_VERSION, readUserVersion } from '../../db/migrate.ts';
import { fileKind } from '../../db/crypt/cipher.ts';
import { verifyAuditChain } from '../../db/repos/core/index.ts';
import { frozenFileProblems } from '../../db/repos/documents/index.ts';
import type { Db } from '../../db/types.ts';
import { api, type OpName, type OpOutput } from '../../shared/api.ts';
import type { Page } from '../../shared/kernel/common.ts';
import { setupAdminInput } from '../../shared/core/index.ts';
import { instantInZone, isIsoDate } from '../../shared/kernel/dates.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/index.ts';
import { createServiceContext, systemClock, type Clock, type ServiceContext } from '../services/kernel/context.ts';
import { fileProtector, type KeyProtector } from '../services/kernel/keys/keyFile.ts';
import { loadMaster, openStore, reanchorOutsideHead, recoverKeyFile, StoreError, type OpenedStore } from '../services/kernel/keys/store.ts';
import { deriveKeyring } from '../services/kernel/keys/keyring.ts';
import { formatRecoveryKey, parseRecoveryKey } from '../services/kernel/keys/recoveryKey.ts';
import { headFileFor, OutsideHead } from '../services/kernel/keys/outsideHead.ts';
import { markRecoveryKept } from '../services/kernel/keys/keyFile.ts';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD, sweepAttachments } from '../services/tips/index.ts';
import { dispatchLocal } from '../services/dispatch.ts';
import { modules } from '../services/modules.ts';
import { startHttpHost } from './http.ts';
import { resumeRestore } from '../services/backup/index.ts';
import { startDailyBackups, sweepBackups } from './dailyBackups.ts';
import { restoreCommand } from './restore.ts';
import { defaultDbPath, keyFileFor, RENDERER_DIR } from './paths.ts';
import { ensureRendererBuilt } from './renderer.ts';

const ACTOR = '（命令行）';

/** How the command is called: `lianqing`, or the desktop executable's `Lianqing --cli`. */
let program = 'lianqing';

const usage = () => `用法：${program} <命令> [选项]
  serve   --db PATH [--port N] [--clock-file FILE]
                                                启动浏览器版（仅本机 127.0.0.1），第一行输出要打开的地址；
                                                界面未构建或已过期时先自动构建
                                                --clock-file 仅供测试：每次取当前时间时读取该文件中的时间
                                                （如 2026-12-20T09:00:00+08:00），文件不存在或无效时用系统时间
  demo    --db PATH --admin-password PW [--admin-username NAME] [--today YYYY-MM-DD]
                                                新建演示数据库（约200个单位、2000名人员、近一年的信访件和
                                                演示账号），不会覆盖已有文件；--today 指定演示数据的“今天”
                                                （默认为当前日期），同一日期总是生成同样的数据
  units list  --db PATH [--json] [--q 关键词] [--type 类型] [--status 状态]
  people list --db PATH [--json] [--q 关键词] [--unit-id ID] [--status 状态]
${modules.cli.map((c) => c.usage).join('\n')}
  units import  --db PATH FILE.xlsx             从 Excel 导入单位（有任何错误则整份不导入）
  people import --db PATH FILE.xlsx             从 Excel 导入人员
  check   --db PATH                             检查数据库完整性、迁移状态、审计日志链（含签名）和库外保存的日志头
  recover --db PATH --recovery-key KEY          在另一台电脑上（或密钥文件丢失后）用恢复密钥重新建立这个数据库的密钥文件
  restore --db PATH --from FOLDER [--recovery-key KEY] [--yes]
                                                从备份恢复：不加 --yes 只显示备份的内容和将被替换的数据，不做改动；
                                                加 --yes 则先校验备份、备份当前数据，再替换数据库和附件。
                                                在另一台电脑上（没有这个数据库的密钥文件）须加 --recovery-key
  accept-head --db PATH [--yes]                 库外保存的审计日志头丢失（如断电）而无法启动时：校验审计日志后按数据库
                                                当前状态重新记录；不加 --yes 只显示情况，不做改动
所有命令都可加 --key-file FILE：密钥文件的位置（默认在用户配置目录的 Lianqing-keys 文件夹中，
每个数据库一个；也可用环境变量 LIANQING_KEY_FILE 指定）。
桌面版的密钥由本机的系统密钥库保管：在装有桌面版的电脑上，请用桌面程序执行命令（Lianqing --cli <命令>，
不加 --db 即为桌面版自己的数据库），或加 --recovery-key 给出恢复密钥（不读密钥文件）。`;

class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

function fail(message: string, exitCode = 1): never {
  throw new CliError(message, exitCode);
}

/**
 * Test support (serve --clock-file): the time is read from the file at every now(), so an
 * end-to-end test can move the clock by rewriting the file. A missing or invalid file gives
 * the real time.
 */
export function fileClock(file: string): Clock {
  return {
    now() {
      try {
        const text = readFileSync(file, 'utf8').trim();
        const t = text ? new Date(text) : null;
        if (t && !Number.isNaN(t.getTime())) return t;
      } catch {
        // no file: the real time
      }
      return systemClock.now();
    },
  };
}

async function call<K extends OpName>(ctx: ServiceContext, op: K, input: unknown): Promise<OpOutput<K>> {
  const result = await dispatchLocal(ctx, op, input, ACTOR);
  if (!result.ok) fail(result.error.message);
  return result.value;
}

/** How this invocation finds and unwraps keys (the Electron executable passes its keystore's). */
interface KeyAccess {
  keyFile: (dbFile: string) => string;
  protector: KeyProtector;
  /** The master secret from --recovery-key: used instead of the key file, which is not read. */
  master: Buffer | null;
}

let keyAccess: KeyAccess = { keyFile: (db) => keyFileFor(db), protector: fileProtector, master: null };

/** The store, or the store's own message (a missing or wrong key, a rolled-back database) as the command's failure. */
function store(file: string, create: boolean, clock: Clock): OpenedStore {
  try {
    // A restore cut short (a crash between its steps) is finished or undone before anything opens the file.
    resumeRestore(resolve(file));
    return openStore({ dbFile: file, keyFile: keyAccess.keyFile(file), protector: keyAccess.protector, create, now: () => clock.now(), ...(keyAccess.master ? { master: keyAccess.master } : {}) });
  } catch (error) {
    if (error instanceof StoreError || (error instanceof Error && error.name === 'WrongKeyError')) fail(error.message);
    throw error;
  }
}

function open(file: string, clock: Clock = systemClock): { db: Db; ctx: ServiceContext } {
  if (!existsSync(file)) fail(`数据库文件不存在：${file}`);
  const opened = store(file, false, clock);
  return { db: opened.db, ctx: createServiceContext(opened, clock) };
}

async function listAll<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 0; ; page++) {
    const result = await fetchPage(page);
    out.push(...result.rows);
    if (out.length >= result.total || result.rows.length === 0) return out;
  }
}

function printRows(rows: Array<Record<string, unknown>>, columns: Array<[string, string]>, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${columns.map(([, label]) => label).join('\t')}\n`);
  for (const row of rows) process.stdout.write(`${columns.map(([key]) => String(row[key] ?? '')).join('\t')}\n`);
  process.stdout.write(`共 ${rows.length} 条\n`);
}

async function serve(db: string, port: number | undefined, clockFile: string | undefined): Promise<void> {
  const unbuilt = ensureRendererBuilt();
  if (unbuilt) fail(unbuilt);
  mkdirSync(dirname(db), { recursive: true, mode: 0o700 });
  const clock = clockFile ? fileClock(resolve(clockFile)) : systemClock;
  const opened = store(db, true, clock);
  const ctx = createServiceContext(opened, clock);
  const swept = sweepAttachments(ctx);
  const partials = sweepBackups(ctx);
  const host = await startHttpHost(ctx, { staticDir: RENDERER_DIR, port });
  process.stdout.write(`${host.url}\n`);
  process.stdout.write(`廉情浏览器版已启动（仅本机可访问）。数据库：${db}\n`);
  if (clockFile) process.stdout.write(`测试时钟：当前时间读取自 ${resolve(clockFile)}\n`);
  if (opened.created) process.stdout.write(`已新建加密的数据库；密钥文件：${opened.keyFile}。恢复密钥将在系统管理员首次登录后显示，请抄写或打印后妥善保管。\n`);
  if (opened.converted) process.stdout.write(`数据库已加密（转换前已做经过校验的加密备份：${opened.converted.backupPath}）；密钥文件：${opened.keyFile}。请以系统管理员登录，抄写或打印恢复密钥。\n`);
  if (opened.migration?.backupPath) process.stdout.write(`数据库已升级，升级前的备份：${opened.migration.backupPath}\n`);
  if (swept.removed + swept.recovered + swept.sealed > 0) process.stdout.write(`附件文件夹：清除未登记的文件 ${swept.removed} 个，恢复中断的上传 ${swept.recovered} 个，加密早先未加密的附件 ${swept.sealed} 个。\n`);
  if (partials > 0) process.stdout.write(`备份文件夹：清除未写完的备份 ${partials} 个（写入时被中断）。\n`);
  process.stdout.write('请用浏览器打开上面的地址；按 Ctrl+C 退出。\n');
  const daily = startDailyBackups(ctx, (line) => process.stdout.write(`${line}\n`));
  const stop = () => {
    void Promise.all([daily.stop(), host.close()]).then(() => {
      // ctx.db, not opened.db: a restore made while serving replaced the connection.
      ctx.db.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The demo's clock: the given day at 08:00 in the office's time zone, or the real time. */
function demoClock(day: string | undefined): Clock {
  if (day === undefined) return systemClock;
  if (!isIsoDate(day)) fail(`--today 应为日期，如 2026-11-20（收到：${day}）`, 2);
  const at = instantInZone(day, 8 * 60, DEFAULT_SETTINGS.officeTimeZone);
  return { now: () => new Date(at.getTime()) };
}

async function demo(file: string, password: string | undefined, username: string, day: string | undefined): Promise<void> {
  if (!password) fail('请用 --admin-password 指定管理员密码（至少8位，须同时包含字母和数字）。');
  if (keyAccess.master) fail('新建的演示数据库会有自己的密钥，不用 --recovery-key。', 2);
  const clock = demoClock(day);
  if (existsSync(file)) fail(`文件已存在，不会覆盖：${file}`);
  const checked = setupAdminInput.safeParse({ username, displayName: '系统管理员', password, loadDemo: true });
  if (!checked.success) fail([...new Set(checked.error.issues.map((i) => i.message))].join('；'));
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const opened = store(file, true, clock);
  const db = opened.db;
  const ctx = createServiceContext(opened, clock);
  try {
    await call(ctx, 'auth.setupAdmin', checked.data);
    const units = await call(ctx, 'units.list', { pageSize: 1 });
    const people = await call(ctx, 'people.list', { pageSize: 1 });
    const tips = await call(ctx, 'tips.list', { pageSize: 1 });
    const items = await call(ctx, 'rect.list', { pageSize: 1 });
    const staff = DEMO_STAFF.map((s) => `${s.username}（${s.role}）`).join('、');
    db.close();
    process.stdout.write(`已创建演示数据库：${file}\n单位 ${units.total} 个，人员 ${people.total} 名，信访件 ${tips.total} 件，整改事项 ${items.total} 项；管理员用户名：${username}\n`);
    process.stdout.write(`演示账号：${staff}；初始密码 ${DEMO_STAFF_PASSWORD}，首次登录须修改密码\n`);
    // Made at the command line: the recovery key is shown here, once, and counts as seen.
    process.stdout.write(`数据库已加密，密钥文件：${opened.keyFile}\n恢复密钥（在另一台电脑上打开这份数据时需要；只显示这一次）：${formatRecoveryKey(loadMaster(file, opened.keyFile, keyAccess.protector))}\n`);
    markRecoveryKept(opened.keyFile);
  } catch (error) {
    db.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`, opened.keyFile, headFileFor(opened.keyFile)]) rmSync(f, { force: true });
    throw error;
  }
}

async function importFile(kind: 'units' | 'people', file: string, xlsx: string | undefined): Promise<void> {
  if (!xlsx) fail('请指定要导入的 .xlsx 文件。');
  if (!existsSync(xlsx)) fail(`文件不存在：${xlsx}`);
  const { db, ctx } = open(file);
  try {
    const input = { fileName: basename(xlsx), dataBase64: readFileSync(xlsx).toString('base64') };
    const previewed = await call(ctx, kind === 'units' ? 'units.importPreview' : 'people.importPreview', input);
    if (previewed.errors.length > 0) {
      const lines = previewed.errors.map((e) => `  第${e.rowNumber}行：${e.message}`).join('\n');
      fail(`导入未进行，未写入任何数据。共 ${previewed.errors.length} 处问题：\n${lines}`);
    }
    const result = await call(ctx, kind === 'units' ? 'units.importCommit' : 'people.importCommit', input);
    process.stdout.write(`已导入 ${result.created} 条。\n`);
  } finally {
    db.close();
  }
}

function check(file: string): boolean {
  if (!existsSync(file)) fail(`数据库文件不存在：${file}`);
  const report: Array<[boolean, string]> = [];
  const keyFile = keyAccess.keyFile(file);
  let key: Buffer | null = null;
  let auditKey: Buffer | null = null;
  const kind = fileKind(file);
  if (kind === 'plaintext') {
    report.push([false, '数据库加密：未加密（用本程序正常打开一次即转换，转换前先做经过校验的加密备份）']);
  } else {
    try {
      const keys = deriveKeyring(keyAccess.master ?? loadMaster(file, keyFile, keyAccess.protector));
      key = keys.database;
      auditKey = keys.audit;
      report.push([true, keyAccess.master ? '数据库加密：已加密，用恢复密钥打开' : `数据库加密：已加密，密钥文件 ${keyFile}`]);
    } catch (error) {
      report.push([false, `密钥：${error instanceof Error ? error.message : String(error)}`]);
    }
  }
  let db: Db | null = null;
  if (kind === 'plaintext' || key) {
    try {
      db = openDatabase(file, { readonly: true, ...(key ? { key } : {}) }).db;
    } catch (error) {
      report.push([false, `无法打开数据库：${error instanceof Error ? error.message : String(error)}`]);
    }
  }
  if (db) {
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const ok = integrity.length === 1 && integrity[0]?.integrity_check === 'ok';
    report.push([ok, ok ? '文件完整性（integrity_check）：正常' : `文件完整性（integrity_check）：发现问题 ${integrity.slice(0, 5).map((r) => r.integrity_check).join('；')}`]);
    const fk = db.pragma('foreign_key_check') as unknown[];
    report.push([fk.length === 0, fk.length === 0 ? '外键引用：正常' : `外键引用：${fk.length} 处引用了不存在的记录`]);
    const version = readUserVersion(db);
    report.push([
      version === LATEST_VERSION,
      version === LATEST_VERSION ? `数据库结构版本：v${version}（最新）` : `数据库结构版本：v${version}，本程序为 v${LATEST_VERSION}，需要升级（打开时自动进行）`,
    ]);
    if (version >= 1) {
      const outside = kind === 'plaintext' ? null : new OutsideHead(headFileFor(keyFile)).read();
      const chain = verifyAuditChain(db, auditKey, outside);
      report.push([chain.ok, `审计日志：${chain.message}`]);
    }
    if (version >= 11) {
      const { issued, problems } = frozenFileProblems(db);
      report.push([problems.length === 0, problems.length === 0 ? `已印发公文的定稿文件：${issued} 件，均与印发时一致` : `已印发公文的定稿文件：${problems.slice(0, 5).join('；')}${problems.length > 5 ? ` 等 ${problems.length} 件` : ''}`]);
    }
    db.close();
  }
  for (const [ok, line] of report) process.stdout.write(`${ok ? '[通过]' : '[失败]'} ${line}\n`);
  const allOk = report.every(([ok]) => ok);
  process.stdout.write(allOk ? '检查通过。\n' : '检查未通过。\n');
  return allOk;
}

function recover(file: string, recoveryKey: string | undefined): void {
  if (!recoveryKey) fail('请用 --recovery-key 给出恢复密钥（首次启动时显示、由系统管理员保管的那串字符）。');
  if (!existsSync(file)) fail(`数据库文件不存在：${file}`);
  const keyFile = keyAccess.keyFile(file);
  if (existsSync(keyFile)) fail(`这个数据库已有密钥文件：${keyFile}。如它已损坏或不对，请先把它移走再恢复。`);
  try {
    recoverKeyFile(file, keyFile, keyAccess.protector, recoveryKey, systemClock.now());
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  process.stdout.write(`恢复密钥正确，已为 ${file} 建立密钥文件：${keyFile}\n`);
}

function acceptHead(file: string, confirmed: boolean): boolean {
  if (!existsSync(file)) fail(`数据库文件不存在：${file}`);
  let result;
  try {
    result = reanchorOutsideHead(file, keyAccess.keyFile(file), keyAccess.protector, confirmed);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const kept = result.before === 'missing' ? '不见了或无法读取' : result.before === null ? '未保存' : `到第 ${result.before.id} 条`;
  const now = result.after ? `到第 ${result.after.id} 条${result.newest ? `（最后一条：${result.newest.at}，${(api as Readonly<Record<string, { label: string } | undefined>>)[result.newest.op]?.label ?? result.newest.op}）` : ''}` : '没有记录';
  process.stdout.write(`库外保存的审计日志头：${kept}\n数据库中的审计日志：${now}，签名与密钥相符\n`);
  if (!confirmed) {
    process.stdout.write('请确认数据库的最后一条记录是最近的工作（没有被人用较早的副本替换），再加 --yes 执行。未做任何改动。\n');
    return false;
  }
  process.stdout.write('已按数据库当前的状态重新记录库外的审计日志头。\n');
  return true;
}

/** The options of the modules' commands, for the one parser (an option named twice must agree). */
function commandOptions(): Record<string, { type: 'string' | 'boolean' }> {
  const out: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const c of modules.cli) {
    for (const [name, o] of Object.entries(c.options ?? {})) {
      const known = out[name];
      if (known && known.type !== o.type) throw new Error(`the option --${name} is declared with two types`);
      out[name] = o;
    }
  }
  return out;
}

export interface CliOptions {
  /** How key files are unwrapped: the Electron executable passes the OS keystore's (safeStorage). */
  protector?: KeyProtector;
  /** The folder of key files (keyFileFor): the desktop's own, beside its data folder; else keysDir(). */
  keysDir?: string;
  /** The database without --db: the desktop's own; else defaultDbPath(). */
  defaultDb?: string;
  /**
   * Run by the desktop executable (`Lianqing --cli`): its usage says so, and `serve` is refused —
   * the desktop is the window; the browser shell is the Node command line's.
   */
  desktop?: boolean;
}

export async function main(argv: string[], options: CliOptions = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean', default: false },
      q: { type: 'string' },
      type: { type: 'string' },
      status: { type: 'string' },
      'unit-id': { type: 'string' },
      'clock-file': { type: 'string' },
      ...commandOptions(),
      'admin-password': { type: 'string' },
      'admin-username': { type: 'string', default: 'admin' },
      'key-file': { type: 'string' },
      'recovery-key': { type: 'string' },
      from: { type: 'string' },
      yes: { type: 'boolean', default: false },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, sub, arg] = positionals;
  program = options.desktop ? 'Lianqing --cli' : 'lianqing';
  if (values.help || !command) {
    process.stdout.write(`${usage()}\n`);
    return values.help ? 0 : 1;
  }
  const db = resolve(values.db ?? options.defaultDb ?? defaultDbPath());
  const givenKeyFile = values['key-file'];
  const recoveryKey = values['recovery-key'];
  let master: Buffer | null = null;
  // recover writes a key file from the recovery key; every other command may open with it.
  if (recoveryKey !== undefined && command !== 'recover') {
    try {
      master = parseRecoveryKey(recoveryKey);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error), 2);
    }
  }
  keyAccess = { keyFile: (file) => keyFileFor(file, givenKeyFile, options.keysDir), protector: options.protector ?? fileProtector, master };
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) fail('端口应为 0–65535 的整数。');

  if (command === 'serve') {
    if (options.desktop) fail('桌面程序的命令行不提供 serve：请直接打开桌面程序；浏览器版请在装有 Node.js 的电脑上运行 lianqing serve。', 2);
    await serve(db, port, values['clock-file']);
    return -1; // keeps running
  }
  if (command === 'demo') {
    if (!values.db) fail('请用 --db 指定要新建的数据库文件。');
    await demo(db, values['admin-password'], values['admin-username'], values.today);
    return 0;
  }
  if (command === 'check') return check(db) ? 0 : 1;
  if (command === 'recover') {
    recover(db, values['recovery-key']);
    return 0;
  }
  if (command === 'accept-head') return acceptHead(db, values.yes === true) ? 0 : 1;
  if (command === 'restore') {
    const clockFile = values['clock-file'];
    const clock = clockFile ? fileClock(resolve(clockFile)) : systemClock;
    await restoreCommand({
      db,
      from: values.from,
      recoveryKey: values['recovery-key'],
      yes: values.yes,
      keyFile: keyAccess.keyFile(db),
      protector: keyAccess.protector,
      clock,
      actor: ACTOR,
      out: (text) => process.stdout.write(text),
      fail,
      openContext: () => {
        const opened = store(db, false, clock);
        return { ctx: createServiceContext(opened, clock), close: () => opened.db.close() };
      },
    });
    return 0;
  }
  if ((command === 'units' || command === 'people') && sub === 'import') {
    await importFile(command, db, arg);
    return 0;
  }
  if (command === 'units' && sub === 'list') {
    const { db: handle, ctx } = open(db);
    try {
      const filters = { q: values.q, type: values.type, status: values.status };
      const rows = await listAll((page) => call(ctx, 'units.list', { ...filters, page, pageSize: 100 }));
      printRows(rows as unknown as Array<Record<string, unknown>>, [['id', '编号'], ['name', '单位名称'], ['type', '单位类型'], ['parentName', '上级单位'], ['headcount', '编制人数'], ['leaderName', '主要负责人'], ['status', '状态']], values.json);
    } finally {
      handle.close();
    }
    return 0;
  }
  if (command === 'people' && sub === 'list') {
    const { db: handle, ctx } = open(db);
    try {
      const unitId = values['unit-id'] === undefined ? undefined : Number(values['unit-id']);
      const filters = { q: values.q, status: values.status, unitId };
      const rows = await listAll((page) => call(ctx, 'people.list', { ...filters, page, pageSize: 100 }));
      printRows(rows as unknown as Array<Record<string, unknown>>, [['id', '编号'], ['name', '姓名'], ['unitName', '所在单位'], ['post', '职务'], ['rank', '职级'], ['category', '身份类别'], ['status', '状态']], values.json);
    } finally {
      handle.close();
    }
    return 0;
  }
  const contributed = modules.cli.find((c) => c.words[0] === command && (c.words.length === 1 || c.words[1] === sub));
  if (contributed) {
    const clockFile = values['clock-file'];
    const { db: handle, ctx } = open(db, contributed.clock && clockFile ? fileClock(resolve(clockFile)) : systemClock);
    try {
      await contributed.run({
        call: (op, input) => call(ctx, op, input),
        options: values,
        args: positionals.slice(contributed.words.length),
        out: (text) => process.stdout.write(text),
        fail,
      });
    } finally {
      handle.close();
    }
    return 0;
  }
  fail(`未知的命令：${positionals.join(' ')}\n${usage()}`);
}

/**
 * One command line, as a process runs it: the command's output on standard output, a failure's
 * message on standard error; answers the exit code (-1: it keeps running, serve).
 */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<number> {
  try {
    return await main(argv, options);
  } catch (error) {
    process.stderr.write(`${error instanceof CliError ? error.message : `出错：${error instanceof Error ? error.message : String(error)}`}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

// Run by Node (`node electron/hosts/cli.ts`, bin/lianqing.js). Never inside Electron: bundled into
// main.cjs this file is imported by the desktop, which runs the command line only for --cli
// (electron/main/commandLine.ts) — whatever its arguments or environment.
const underElectron = 'electron' in process.versions;
const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (!underElectron && (invokedDirectly || process.env.LIANQING_CLI === '1')) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  void runCli(process.argv.slice(2)).then((code) => {
    if (code >= 0) process.exitCode = code;
  });
}
