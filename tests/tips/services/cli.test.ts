// The command line for tips, spawned for real on a demo database: `tips list` (JSON and table,
// --overdue, --status, never reporter data), the file clock of `serve --clock-file` that lets
// an end-to-end test move time, and the help text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { copyStore, openKeyed } from '../../helpers/store.ts';
import { tempDir } from '../../helpers/services.ts';
import { fileClock } from '../../../electron/hosts/cli.ts';
import { systemClock } from '../../../electron/services/kernel/context.ts';
import { TIP_STATUSES } from '../../../shared/tips/enums.ts';
import { type TipRow } from '../../../shared/tips/ledger.ts';
import { TEST_NOW, TEST_TODAY, officeDate, officeInstant, testDay } from '../../helpers/testDate.ts';
import { runCli, stopProcess, type CliRun } from '../../helpers/processes.ts';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const CLI = 'electron/hosts/cli.ts';


const cli = (...args: string[]): CliRun => runCli(args);

function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = openKeyed(file, true);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const count = (file: string, sql: string, ...params: unknown[]): number => query<{ n: number }>(file, sql, ...params)[0]?.n ?? -1;

describe('lianqing tips list', () => {
  let dir: string;
  let base: string;
  let clockFile: string;
  let demoRun: CliRun;

  beforeAll(() => {
    dir = tempDir('lianqing-cli-tips-');
    base = join(dir, 'demo.sqlite');
    clockFile = join(dir, 'clock.txt');
    demoRun = cli('demo', '--db', base, '--admin-password', 'Admin12345', '--today', TEST_TODAY);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the demo says how many tips it holds and which demo accounts exist', () => {
    expect(demoRun.stderr).toBe('');
    expect(demoRun.status).toBe(0);
    const tips = Number(/信访件 (\d+) 件/.exec(demoRun.stdout)?.[1]);
    expect(tips).toBe(count(base, 'SELECT count(*) AS n FROM tips'));
    expect(demoRun.stdout).toMatch(/演示账号：xinfang（信访室）.*初始密码 Demo12345，首次登录须修改密码/);
  });

  it('tips export writes the ledger to Excel without reporters; --include-reporter adds them and is audited as such', async () => {
    const plain = join(dir, '台账.xlsx');
    const run = cli('tips', 'export', '--db', base, '--out', plain, '--status', '承办中');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('（不含举报人信息）');
    const headers = async (file: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const sheet = book.worksheets[0]!;
      const out: string[] = [];
      sheet.eachRow((row) => out.push(...(row.values as unknown[]).map((v) => String(v ?? ''))));
      return out;
    };
    const withoutReporter = await headers(plain);
    expect(withoutReporter).toContain('编号');
    expect(withoutReporter).not.toContain('反映人姓名');
    // Never over an existing file.
    expect(cli('tips', 'export', '--db', base, '--out', plain)).toMatchObject({ status: 1, stderr: expect.stringContaining('不会覆盖') });

    const full = join(dir, '台账-含举报人.xlsx');
    const named = query<{ name: string }>(base, "SELECT reporter_name AS name FROM tips WHERE status = '承办中' AND mode = '实名' AND reporter_name <> '' LIMIT 1")[0]?.name;
    const withRun = cli('tips', 'export', '--db', base, '--out', full, '--status', '承办中', '--include-reporter');
    expect(withRun.stderr).toBe('');
    expect(withRun.stdout).toContain('含举报人信息');
    const withReporter = await headers(full);
    expect(withReporter).toContain('反映人姓名');
    if (named) expect(withReporter).toContain(named);
    if (process.platform !== 'win32') expect(statSync(full).mode & 0o777).toBe(0o600);
    const entries = query<{ entity: string; username: string; summary: string }>(base, "SELECT entity, username, summary FROM audit WHERE op = 'tips.export' ORDER BY id");
    expect(entries.map((e) => [e.entity, e.username, JSON.parse(e.summary).includeReporter ?? null])).toEqual([
      ['export', '（命令行）', false],
      ['export', '（命令行）', true],
      ['tip-reporter-export', '（命令行）', null],
    ]);
    expect(JSON.stringify(entries)).not.toContain(named ?? '—');
  });

  it('--json lists every tip, newest first, without any reporter field or data', () => {
    const run = cli('tips', 'list', '--db', base, '--json');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rows.length).toBe(count(base, 'SELECT count(*) AS n FROM tips'));
    expect(rows.length).toBeGreaterThan(300);
    const dates = rows.map((r) => String(r.receivedDate));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const row of rows) expect(Object.keys(row).filter((k) => /reporter/i.test(k))).toEqual([]);
    const reporters = query<{ phone: string; idNumber: string; address: string }>(
      base,
      "SELECT reporter_phone AS phone, reporter_id_number AS idNumber, reporter_address AS address FROM tips WHERE mode = '实名'",
    );
    expect(reporters.length).toBeGreaterThan(20);
    for (const r of reporters) {
      for (const secret of [r.phone, r.idNumber, r.address]) if (secret) expect(run.stdout).not.toContain(secret);
    }
  });

  it('--overdue lists the tips past their deadline on the given clock', () => {
    writeFileSync(clockFile, `${TEST_NOW.toISOString()}\n`);
    const now = JSON.parse(cli('tips', 'list', '--db', base, '--json', '--overdue', '--clock-file', clockFile).stdout) as TipRow[];
    expect(now.length).toBe(count(base, 'SELECT count(*) AS n FROM tips WHERE due_date < ?', TEST_TODAY));
    expect(now.length).toBeGreaterThan(5);
    expect(new Set(now.map((r) => r.dueState))).toEqual(new Set(['逾期']));

    writeFileSync(clockFile, officeInstant(testDay(60)).toISOString());
    const later = JSON.parse(cli('tips', 'list', '--db', base, '--json', '--overdue', '--clock-file', clockFile).stdout) as TipRow[];
    expect(later.length).toBe(count(base, 'SELECT count(*) AS n FROM tips WHERE due_date < ?', testDay(60)));
    expect(later.length).toBeGreaterThan(now.length);
  });

  it('--status filters by 办理状态, and prints a table by default', () => {
    const run = cli('tips', 'list', '--db', base, '--status', '承办中');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(['编号', '收件日期', '来源渠道', '被反映人', '被反映单位', '问题摘要', '办理状态', '承办人', '时限', '时限状态'].join('\t'));
    const n = count(base, "SELECT count(*) AS n FROM tips WHERE status = '承办中'");
    expect(n).toBeGreaterThan(0);
    expect(lines.at(-1)).toBe(`共 ${n} 条`);
    expect(lines.slice(1, -1).every((l) => l.split('\t')[6] === '承办中')).toBe(true);
    for (const status of TIP_STATUSES) {
      const rows = JSON.parse(cli('tips', 'list', '--db', base, '--json', '--status', status).stdout) as TipRow[];
      expect(rows.length, status).toBe(count(base, 'SELECT count(*) AS n FROM tips WHERE status = ?', status));
      expect(rows.length, `demo tips in state ${status}`).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown status with a Chinese message and exit code 2', () => {
    const run = cli('tips', 'list', '--db', base, '--status', '办结');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('办理状态无效：办结（可选：待拟办、待审批、承办中、待反馈、待归档、已归档）');
    expect(cli('tips', 'list', '--db', join(dir, 'missing.sqlite')).stderr).toContain('数据库文件不存在');
  });

  it('documents tips list and --clock-file in the help', () => {
    const run = cli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tips list   --db PATH [--json] [--overdue] [--status 办理状态]');
    expect(run.stdout).toContain('--clock-file');
  });

  it('serve --clock-file: the service reads the time from the file at every call', async () => {
    // serve builds the interface first when it is missing or stale (a fresh clone: vitest runs before the build).
    const file = join(dir, 'serve.sqlite');
    copyStore(base, file);
    writeFileSync(clockFile, TEST_NOW.toISOString());
    const { url, child } = await startServe(file, clockFile);
    try {
      const port = Number(new URL(url).port);
      const token = new URL(url).hash.replace('#token=', '');
      const api = async (op: string, input: unknown, session: string | null = null) => {
        const res = await fetch(`http://127.0.0.1:${port}/api`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-lianqing-token': token },
          body: JSON.stringify({ op, input, session }),
        });
        return (await res.json()) as { ok: boolean; value: any; error?: { code: string } };
      };
      const overdueAt = async () => {
        const login = await api('auth.login', { username: 'admin', password: 'Admin12345' });
        expect(login.ok).toBe(true);
        const list = await api('tips.list', { due: '逾期', pageSize: 1 }, login.value.token);
        return list.value.total as number;
      };
      expect(await overdueAt()).toBe(count(file, 'SELECT count(*) AS n FROM tips WHERE due_date < ?', TEST_TODAY));
      writeFileSync(clockFile, officeInstant(testDay(100)).toISOString());
      expect(await overdueAt()).toBe(count(file, 'SELECT count(*) AS n FROM tips WHERE due_date < ?', testDay(100)));
      rmSync(clockFile);
      // No clock file: the real time, as the office's date.
      expect(await overdueAt()).toBe(count(file, 'SELECT count(*) AS n FROM tips WHERE due_date < ?', officeDate(systemClock.now())));
    } finally {
      await stopProcess(child);
    }
  }, 240_000);
});

describe('fileClock', () => {
  it('reads the file at every now(), and falls back to the real time when missing or invalid', () => {
    const dir = tempDir('lianqing-clock-');
    try {
      const file = join(dir, 'clock.txt');
      const clock = fileClock(file);
      const real = () => Math.abs(clock.now().getTime() - Date.now()) < 5_000;
      expect(real()).toBe(true);
      writeFileSync(file, '2026-12-20T09:00:00+08:00\n');
      expect(clock.now().toISOString()).toBe('2026-12-20T01:00:00.000Z');
      writeFileSync(file, '2027-01-04T17:30:00+08:00');
      expect(clock.now().toISOString()).toBe('2027-01-04T09:30:00.000Z');
      writeFileSync(file, 'not a time');
      expect(real()).toBe(true);
      writeFileSync(file, '');
      expect(real()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function startServe(dbFile: string, clock: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', dbFile, '--port', '0', '--clock-file', clock], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (c: Buffer) => {
    errors += c.toString();
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start: ${errors}`)), 180_000);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      clearTimeout(timer);
      done({ url: line.trim(), child });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve exited (${code}): ${errors}`));
    });
  });
}

