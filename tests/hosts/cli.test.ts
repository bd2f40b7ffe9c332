// The command-line host, spawned for real: demo, check (integrity, version, audit chain),
// list and import, each on its own copy of one demo database; serve's test clock (--clock-file)
// on a copy of the Node code with a stand-in interface, so it never needs the renderer built.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { tempDir } from '../helpers/services.ts';
import { LATEST_VERSION } from '../../db/migrate.ts';
import { runCli, stopProcess, type CliRun } from '../helpers/processes.ts';
import { copyStore, openKeyed } from '../helpers/store.ts';
import { keyFileFor } from '../../electron/hosts/paths.ts';
import { headFileFor } from '../../electron/services/kernel/keys/outsideHead.ts';
import type { Db } from '../../db/types.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = 'electron/hosts/cli.ts';


const cli = (...args: string[]): CliRun => runCli(args);

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** What a test needs to see that nothing was written: counts and the audit head. */
function state(file: string): string {
  const db = openKeyed(file, true);
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const head = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'").get() as { value: string } | undefined;
    return JSON.stringify({
      units: n('SELECT count(*) AS n FROM units'),
      people: n('SELECT count(*) AS n FROM people'),
      users: n('SELECT count(*) AS n FROM users'),
      audit: n('SELECT count(*) AS n FROM audit'),
      head: head?.value ?? null,
    });
  } finally {
    db.close();
  }
}

function withDb<T>(file: string, fn: (db: Db) => T): T {
  const db = openKeyed(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function writeXlsx(file: string, rows: CellValue[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('单位名册');
  ws.getRow(1).values = ['单位名称*', '单位类型*', '上级单位', '编制人数', '主要负责人'];
  rows.forEach((row, i) => {
    ws.getRow(i + 2).values = row;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  writeFileSync(file, Buffer.from(buffer as unknown as Uint8Array));
}

describe('lianqing CLI', () => {
  let dir: string;
  let base: string;
  let demoRun: CliRun;
  let copies = 0;

  /** A fresh copy of the demo database for a test that changes it. */
  function copy(): string {
    const file = join(dir, `copy-${++copies}.sqlite`);
    copyStore(base, file);
    return file;
  }

  beforeAll(() => {
    dir = tempDir('lianqing-cli-');
    base = join(dir, 'demo.sqlite');
    demoRun = cli('demo', '--db', base, '--admin-password', 'Admin12345');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('demo creates about 200 units and 2000 people and says so', () => {
    expect(demoRun.stderr).toBe('');
    expect(demoRun.status).toBe(0);
    const match = /单位 (\d+) 个，人员 (\d+) 名/.exec(demoRun.stdout);
    expect(match).not.toBeNull();
    const units = Number(match?.[1]);
    const people = Number(match?.[2]);
    expect(units).toBeGreaterThanOrEqual(180);
    expect(units).toBeLessThanOrEqual(220);
    expect(people).toBeGreaterThanOrEqual(1800);
    expect(people).toBeLessThanOrEqual(2200);
    expect(demoRun.stdout).toContain(base);
    expect(demoRun.stdout).toContain('管理员用户名：admin');
    // The WAL is folded into the file on close, so a plain copy of the file is complete.
    expect(existsSync(`${base}-wal`)).toBe(false);
    expect(JSON.parse(state(base))).toMatchObject({ units, people, users: 7 }); // the administrator and 6 demo staff
  });

  it('demo refuses to overwrite an existing file', () => {
    const before = sha256(base);
    const again = cli('demo', '--db', base, '--admin-password', 'Admin12345');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('文件已存在，不会覆盖');
    expect(sha256(base)).toBe(before);
  });

  it('demo refuses a missing admin password without creating the file', () => {
    const missing = cli('demo', '--db', join(dir, 'nopw.sqlite'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--admin-password');
    expect(existsSync(join(dir, 'nopw.sqlite'))).toBe(false);
  });

  it('demo refused for a weak password leaves no file behind, so it can be run again', () => {
    const file = join(dir, 'weak.sqlite');
    const weak = cli('demo', '--db', file, '--admin-password', 'short');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('密码至少8位');
    // An empty half-made database would make the retry fail with 文件已存在，不会覆盖.
    expect(existsSync(file)).toBe(false);
    const retry = cli('demo', '--db', file, '--admin-password', 'Admin12345');
    expect(retry.stderr).toBe('');
    expect(retry.status).toBe(0);
  });

  it('check passes on the demo database without changing it', () => {
    const before = sha256(base);
    const run = cli('check', '--db', base);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('检查通过');
    expect(run.stdout).toContain(`v${LATEST_VERSION}（最新）`);
    expect(run.stdout).toMatch(/审计日志完整，共 \d+ 条/);
    expect(run.stdout).not.toContain('[失败]');
    expect(sha256(base)).toBe(before);
  });

  it('check fails and names the entry after an audit row was altered', () => {
    const file = copy();
    const id = withDb(file, (db) => {
      const first = db.prepare('SELECT min(id) AS id FROM audit').get() as { id: number };
      db.prepare('UPDATE audit SET summary = ? WHERE id = ?').run('{"units":1,"people":1}', first.id);
      return first.id;
    });
    const run = cli('check', '--db', file);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`[失败] 审计日志：审计日志第 ${id} 条的内容被改动过`);
    expect(run.stdout).toContain('检查未通过');
    expect(run.stdout).not.toContain('检查通过');
  });

  it('check fails after the newest audit row was deleted', () => {
    const file = copy();
    const count = withDb(file, (db) => {
      const n = (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
      db.prepare('DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)').run();
      return n;
    });
    const run = cli('check', '--db', file);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`审计日志末尾的记录被删除（应有 ${count} 条，实有 ${count - 1} 条）`);
    expect(run.stdout).toContain('检查未通过');
  });

  it('check fails when a row refers to a missing unit', () => {
    const file = copy();
    withDb(file, (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare('UPDATE people SET unit_id = 999999 WHERE id = (SELECT min(id) FROM people)').run();
    });
    const run = cli('check', '--db', file);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[失败] 外键引用：1 处引用了不存在的记录');
  });

  it('check refuses a database of a newer version and leaves its bytes untouched', () => {
    const file = copy();
    withDb(file, (db) => {
      db.pragma(`user_version = ${LATEST_VERSION + 7}`);
    });
    const before = sha256(file);
    const run = cli('check', '--db', file);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`数据库版本为 v${LATEST_VERSION + 7}，高于本程序支持的 v${LATEST_VERSION}`);
    expect(run.stdout).toContain('检查未通过');
    expect(sha256(file)).toBe(before);

    const list = cli('units', 'list', '--db', file);
    expect(list.status).toBe(1);
    expect(list.stderr).toContain('高于本程序支持');
    expect(sha256(file)).toBe(before);
  });

  it('demo prints the recovery key once, and marks it kept', () => {
    const key = /恢复密钥（[^）]*）：(\S+)/.exec(demoRun.stdout)?.[1] ?? '';
    expect(key).toMatch(/^([0-9A-Z]{5}-){10}[0-9A-Z]{5}$/);
    expect(readFileSync(keyFileFor(base), 'utf8')).toContain('"recoveryPending": false');
  });

  it('check says what is wrong with the key or the head kept outside, and which kind of tampering', () => {
    // A rolled-back database: an older copy of the file put back after more work was recorded.
    const file = copy();
    const older = `${file}.older`;
    copyFileSync(file, older);
    const xlsx = join(dir, 'rollback-units.xlsx');
    return writeXlsx(xlsx, [['回退测试办', '机关部门', '', '1', '']]).then(() => {
      expect(cli('units', 'import', '--db', file, xlsx).status).toBe(0);
      copyFileSync(older, file);
      rmSync(`${file}-wal`, { force: true });
      rmSync(`${file}-shm`, { force: true });
      const before = sha256(file);
      const rolled = cli('check', '--db', file);
      expect(rolled.status).toBe(1);
      expect(rolled.stdout).toContain('[失败] 审计日志：数据库被回退到较早的状态');
      // The app refuses to open it (and changes nothing).
      const list = cli('units', 'list', '--db', file);
      expect(list.status).toBe(1);
      expect(list.stderr).toContain('数据库被回退到较早的状态');
      expect(sha256(file)).toBe(before);

      // The newest entries deleted and the head in the database rewritten to match.
      const cut = copy();
      withDb(cut, (db) => {
        const last = db.prepare('SELECT id, prev_hash FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; prev_hash: string };
        db.prepare('DELETE FROM audit WHERE id = ?').run(last.id);
        db.prepare("UPDATE meta SET value = ? WHERE key = 'audit_head'").run(`${last.id - 1}:${last.prev_hash}`);
      });
      expect(cli('check', '--db', cut).stdout).toContain('[失败] 审计日志：数据库中的审计日志头被改写');

      // No key file: said plainly, the database untouched.
      const lost = copy();
      rmSync(keyFileFor(lost));
      const lostBefore = sha256(lost);
      const nokey = cli('check', '--db', lost);
      expect(nokey.status).toBe(1);
      expect(nokey.stdout).toMatch(/\[失败\] 密钥：找不到数据库 .* 的密钥文件/);
      expect(cli('units', 'list', '--db', lost).stderr).toContain('的密钥文件');
      expect(sha256(lost)).toBe(lostBefore);

      // The recovery key brings it back: a wrong one is refused and writes nothing.
      const recoveryKey = /恢复密钥（[^）]*）：(\S+)/.exec(demoRun.stdout)?.[1] ?? '';
      const wrong = cli('recover', '--db', lost, '--recovery-key', recoveryKey.replace(/^./, (c) => (c === '0' ? '1' : '0')));
      expect(wrong.status).toBe(1);
      expect(existsSync(keyFileFor(lost))).toBe(false);
      const recovered = cli('recover', '--db', lost, '--recovery-key', recoveryKey);
      expect(recovered.stderr).toBe('');
      expect(recovered.status).toBe(0);
      expect(cli('check', '--db', lost).status).toBe(0);
    });
  });

  it('accept-head writes the outside head again from a trail that verifies, only with --yes; never over a broken trail', () => {
    const file = copy();
    const head = headFileFor(keyFileFor(file));
    rmSync(head);
    expect(cli('units', 'list', '--db', file).stderr).toContain('审计日志头');
    const look = cli('accept-head', '--db', file);
    expect(look.status).toBe(1);
    expect(look.stdout).toContain('库外保存的审计日志头：不见了或无法读取');
    expect(look.stdout).toMatch(/数据库中的审计日志：到第 \d+ 条（最后一条：/);
    expect(existsSync(head)).toBe(false);
    const done = cli('accept-head', '--db', file, '--yes');
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(cli('check', '--db', file).status).toBe(0);
    expect(cli('units', 'list', '--db', file).status).toBe(0);

    // A trail changed without the key is not accepted.
    withDb(file, (db) => db.prepare("UPDATE audit SET username = 'x' WHERE id = (SELECT max(id) FROM audit)").run());
    rmSync(head);
    const refused = cli('accept-head', '--db', file, '--yes');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('审计日志本身校验未通过');
    expect(existsSync(head)).toBe(false);
  });

  it('check of a file that does not exist fails without creating it', () => {
    const file = join(dir, 'absent.sqlite');
    const run = cli('check', '--db', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('数据库文件不存在');
    expect(existsSync(file)).toBe(false);
  });

  it('units list --json prints every unit; --q filters by name', () => {
    const total = JSON.parse(state(base)) as { units: number };
    const all = cli('units', 'list', '--db', base, '--json');
    expect(all.status).toBe(0);
    const units = JSON.parse(all.stdout) as Array<{ id: number; name: string; type: string }>;
    expect(Array.isArray(units)).toBe(true);
    expect(units).toHaveLength(total.units);
    expect(units.length).toBeGreaterThanOrEqual(180);
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);

    const some = cli('units', 'list', '--db', base, '--json', '--q', '河口');
    expect(some.status).toBe(0);
    const found = JSON.parse(some.stdout) as Array<{ name: string }>;
    expect(found.length).toBeGreaterThan(1);
    expect(found.length).toBeLessThan(units.length);
    for (const u of found) expect(u.name).toContain('河口');
    expect(found.map((u) => u.name).sort()).toEqual(units.filter((u) => u.name.includes('河口')).map((u) => u.name).sort());

    const villages = JSON.parse(cli('units', 'list', '--db', base, '--json', '--type', '行政村').stdout) as Array<{ type: string }>;
    expect(villages.length).toBeGreaterThan(0);
    for (const v of villages) expect(v.type).toBe('行政村');
  });

  it('units list without --json prints a table with a count', () => {
    const run = cli('units', 'list', '--db', base, '--q', '河口');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('编号\t单位名称\t单位类型\t上级单位\t编制人数\t主要负责人\t状态');
    expect(lines.at(-1)).toBe(`共 ${lines.length - 2} 条`);
  });

  it('people list --json --q 王: every name contains 王', () => {
    const run = cli('people', 'list', '--db', base, '--json', '--q', '王');
    expect(run.status).toBe(0);
    const people = JSON.parse(run.stdout) as Array<{ name: string; unitName: string }>;
    expect(people.length).toBeGreaterThan(20);
    for (const p of people) expect(p.name).toContain('王');
    const expected = withDb(base, (db) => (db.prepare("SELECT count(*) AS n FROM people WHERE instr(name, '王') > 0").get() as { n: number }).n);
    expect(people).toHaveLength(expected);
  });

  it('units import with an error row exits 1 naming the row, and writes nothing', async () => {
    const file = copy();
    const xlsx = join(dir, 'bad-units.xlsx');
    await writeXlsx(xlsx, [
      ['县新能源办', '机关部门', '', '6', '周九'],
      ['新城村', '行政村', '不存在镇', '', ''],
    ]);
    const before = state(file);
    const bytes = sha256(file);
    const run = cli('units', 'import', '--db', file, xlsx);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('导入未进行，未写入任何数据');
    expect(run.stderr).toContain('第3行：上级单位“不存在镇”不存在');
    expect(run.stderr).not.toContain('第2行');
    expect(state(file)).toBe(before);
    expect(sha256(file)).toBe(bytes);
  });

  it('units import of a good file prints 已导入 N 条 and records it under the command line', async () => {
    const file = copy();
    const xlsx = join(dir, 'good-units.xlsx');
    await writeXlsx(xlsx, [
      ['新区街道', '镇（街道）', '', '20', '吴十'],
      ['新区社区', '社区', '新区街道', '８', ''],
      ['县新能源办', '机关部门', '', '6', '周九'],
    ]);
    const before = JSON.parse(state(file)) as { units: number; audit: number };
    const run = cli('units', 'import', '--db', file, xlsx);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已导入 3 条');
    const after = JSON.parse(state(file)) as { units: number; audit: number };
    expect(after.units).toBe(before.units + 3);
    expect(after.audit).toBe(before.audit + 1);
    withDb(file, (db) => {
      const child = db.prepare("SELECT c.headcount, p.name AS parent FROM units c JOIN units p ON p.id = c.parent_id WHERE c.name = '新区社区'").get();
      expect(child).toEqual({ headcount: 8, parent: '新区街道' });
      const entry = db.prepare('SELECT username, op FROM audit ORDER BY id DESC LIMIT 1').get();
      expect(entry).toEqual({ username: '（命令行）', op: 'units.importCommit' });
    });
    const check = cli('check', '--db', file);
    expect(check.status).toBe(0);
  });

  it('units import of a missing file or a non-xlsx file exits 1', () => {
    const file = copy();
    const before = state(file);
    const missing = cli('units', 'import', '--db', file, join(dir, 'nothing.xlsx'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('文件不存在');
    const csv = join(dir, 'units.csv');
    writeFileSync(csv, '单位名称,单位类型\n县新能源办,机关部门\n');
    const wrong = cli('units', 'import', '--db', file, csv);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('不是 .xlsx 文件');
    expect(state(file)).toBe(before);
  });

  it('an unknown command exits 1 with the usage', () => {
    const run = cli('frobnicate', '--db', base);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('未知的命令：frobnicate');
    expect(run.stderr).toContain('用法：lianqing');
    const none = cli();
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('用法：lianqing');
  });

  it('--help prints the usage and exits 0', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法：lianqing');
  });
});

/**
 * `serve --clock-file` reads the service's "now" from the file at every call. Checked through
 * the served API (the audit entries' times, the idle lock), on a copy of the Node code (electron/,
 * shared/, db/ and the installed node_modules) whose dist/renderer holds a stand-in page newer
 * than its sources: serve neither builds nor needs the real interface, so this runs the same on a
 * fresh clone (vitest runs before the renderer build) and while the renderer cannot be built.
 */
describe('serve --clock-file, without the built interface', () => {
  const STAND_IN = '<!doctype html><title>stand-in</title>CLOCK-TEST';
  let root: string;
  let child: ChildProcess | null = null;

  beforeAll(() => {
    root = tempDir('lianqing-serve-');
    for (const dir of ['electron', 'shared', 'db']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
    mkdirSync(join(root, 'renderer'));
    // Written after the sources were copied, so the interface counts as built and up to date.
    mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
    writeFileSync(join(root, 'dist', 'renderer', 'index.html'), STAND_IN);
  });
  afterAll(async () => {
    if (child) await stopProcess(child);
    rmSync(root, { recursive: true, force: true });
  });

  it('every call reads the time from the file; without the file, the real time', async () => {
    const clockFile = join(root, 'clock.txt');
    const T1 = '2031-05-06T02:00:00.000Z';
    const T2 = '2031-05-07T03:30:00.000Z';
    writeFileSync(clockFile, `${T1}\n`);
    const started = await startServe(join(root, 'data', 'serve.sqlite'), clockFile);
    child = started.child;
    expect(started.stdout()).toContain(`测试时钟：当前时间读取自 ${clockFile}`);
    expect(started.stderr()).not.toContain('正在构建界面');
    const address = new URL(started.url);
    expect(await (await fetch(new URL('/', address.origin))).text()).toBe(STAND_IN);

    const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
    const api = async (op: string, input: unknown, session: string | null = null) => {
      const res = await fetch(new URL('/api', address.origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lianqing-token': token },
        body: JSON.stringify({ op, input, session }),
      });
      return (await res.json()) as { ok: boolean; value?: any; error?: { code: string } };
    };
    // The newest entry of the calls below (the daily backup serve makes at start is the system's, at its own moment).
    const newest = async (session: string) => {
      const page = await api('audit.list', { pageSize: 5, sortDir: 'desc' }, session);
      expect(page.ok).toBe(true);
      return (page.value.rows as Array<{ op: string; at: string }>).find((r) => r.op !== 'backup.daily') as { op: string; at: string };
    };

    const setup = await api('auth.setupAdmin', { username: 'admin', displayName: '管理员', password: 'Admin12345' });
    expect(setup.ok).toBe(true);
    expect(await newest(setup.value.token)).toMatchObject({ op: 'auth.setupAdmin', at: T1 });

    writeFileSync(clockFile, T2);
    const login = await api('auth.login', { username: 'admin', password: 'Admin12345' });
    expect(await newest(login.value.token)).toMatchObject({ op: 'auth.login', at: T2 });
    // The sessions run on the same clock: 20 minutes on the file, the session has gone idle (15).
    const idle = new Date(Date.parse(T2) + 20 * 60_000).toISOString();
    writeFileSync(clockFile, idle);
    expect(await api('units.list', {}, login.value.token)).toMatchObject({ ok: false, error: { code: 'SESSION_EXPIRED' } });

    // Without the file the host falls back to the system clock: the time is no longer the file's
    // (nor the session's idle one), and each entry follows the one before (no wall-clock read here).
    rmSync(clockFile);
    const real = await api('auth.login', { username: 'admin', password: 'Admin12345' });
    const first = (await newest(real.value.token)).at;
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect([T1, T2, idle]).not.toContain(first);
    const again = await api('auth.login', { username: 'admin', password: 'Admin12345' });
    const second = (await newest(again.value.token)).at;
    expect(Date.parse(second)).toBeGreaterThanOrEqual(Date.parse(first));
  }, 120_000);

  function startServe(dbFile: string, clockFile: string): Promise<{ url: string; child: ChildProcess; stdout: () => string; stderr: () => string }> {
    const proc = spawn(process.execPath, [join(root, 'electron', 'hosts', 'cli.ts'), 'serve', '--db', dbFile, '--port', '0', '--clock-file', clockFile], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    proc.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`serve did not start: ${out}\n${err}`)), 60_000);
      // Ready once it has printed its last line of start-up (the address is the first).
      proc.stdout?.on('data', () => {
        if (!out.includes('按 Ctrl+C 退出')) return;
        clearTimeout(timer);
        const first = out.split('\n')[0] ?? '';
        if (/^http:\/\/127\.0\.0\.1:\d+\/#token=/.test(first)) done({ url: first.trim(), child: proc, stdout: () => out, stderr: () => err });
        else fail(new Error(`unexpected first line: ${first}\n${err}`));
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`serve exited (${code}): ${err}`));
      });
    });
  }
});

