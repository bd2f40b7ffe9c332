// The command line for the dispatch register, spawned for real on a demo database: the demo's
// issued 通知 and 预警告知书 listed (`docs list --json`), and one taken out by its 文号 byte for byte
// as frozen (`docs get`), never over an existing file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/services.ts';
import { copyStore, openKeyed } from '../../helpers/store.ts';
import { runCli } from '../../helpers/processes.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';

interface Listed {
  number: string | null;
  title: string;
  status: string;
  /** What it was made from, as labelled (a unit's name; “2026年第3季度廉情指数 某村” for one the closed loop drafted). */
  source: string | null;
  sha256: string | null;
  kindLabel: string;
}

describe('lianqing docs', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = tempDir('lianqing-cli-docs-');
    db = join(dir, 'demo.sqlite');
    const made = runCli(['demo', '--db', db, '--admin-password', 'Admin12345', '--today', TEST_TODAY]);
    expect(made.status, made.stderr).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the register: the demo office issued three 通知, numbered 1–3 of the year, eight 预警告知书 of its own and those of the index, its 建议书 and the notices of its talks and letters', () => {
    const run = runCli(['docs', 'list', '--db', db, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Listed[];
    const year = TEST_TODAY.slice(0, 4);
    const notices = rows.filter((r) => r.kindLabel === '通知');
    expect(notices.map((r) => [r.kindLabel, r.status, r.number])).toEqual([1, 2, 3].map((n) => ['通知', '已印发', `临纪发〔${year}〕${n}号`]));
    const warnings = rows.filter((r) => r.kindLabel === '预警告知书');
    // Eight from the rectification demo's own work; the others drafted by the closed loop from the index's red quarters.
    const ofIndex = (w: Listed) => w.source?.includes('廉情指数') === true;
    expect(warnings.filter((w) => !ofIndex(w))).toHaveLength(8);
    expect(warnings.filter(ofIndex).length).toBeGreaterThan(0);
    for (const w of warnings) expect(w.status).toBe('已印发');
    // The rest: the 函询通知书, 委托谈话通知书 and 谈话通知 of the demo's talks and letters, each numbered in its own
    // sequence, and last year's 预警建议书 issued in one batch.
    const others = rows.filter((r) => r.kindLabel !== '通知' && r.kindLabel !== '预警告知书');
    expect(new Set(others.map((r) => r.kindLabel))).toEqual(new Set(['函询通知书', '委托谈话通知书', '谈话通知', '预警建议书']));
    expect(others.filter((r) => r.kindLabel === '预警建议书').every((r) => r.status === '已印发')).toBe(true);
    // The 函询通知书 of each year numbered 1, 2, 3 … with none skipped or taken twice.
    const byYear = new Map<string, number[]>();
    for (const r of others.filter((o) => o.kindLabel === '函询通知书' && o.status === '已印发')) {
      const [, y, n] = /〔(\d{4})〕(\d+)号$/.exec(r.number ?? '') ?? [];
      byYear.set(y ?? '', [...(byYear.get(y ?? '') ?? []), Number(n)]);
    }
    expect(byYear.size).toBeGreaterThan(0);
    for (const serials of byYear.values()) expect(serials.sort((a, b) => a - b)).toEqual(serials.map((_, i) => i + 1));
    const table = runCli(['docs', 'list', '--db', db]);
    expect(table.stdout).toContain(`共 ${rows.length} 件`);
  });

  it('takes an issued 公文 out by its 文号, byte for byte, and never over an existing file', () => {
    const [first] = (JSON.parse(runCli(['docs', 'list', '--db', db, '--json']).stdout) as Listed[]).filter((r) => r.kindLabel === '通知');
    const out = join(dir, 'first.docx');
    const run = runCli(['docs', 'get', '--db', db, '--number', first!.number!, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(first!.sha256);
    const stored = openKeyed(db, true);
    try {
      const row = stored.prepare('SELECT bytes FROM document_files WHERE sha256 = ?').get(first!.sha256) as { bytes: Buffer };
      expect(Buffer.compare(row.bytes, bytes)).toBe(0);
    } finally {
      stored.close();
    }

    writeFileSync(join(dir, 'taken.docx'), 'x');
    const again = runCli(['docs', 'get', '--db', db, '--number', first!.number!, '--out', join(dir, 'taken.docx')]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('文件已存在，不会覆盖');
    const unknown = runCli(['docs', 'get', '--db', db, '--number', '临纪发〔1999〕1号', '--out', join(dir, 'none.docx')]);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('发文登记中没有文号为“临纪发〔1999〕1号”的公文');
  });

  it('lianqing check finds a frozen file changed behind the program’s back', () => {
    const issued = (JSON.parse(runCli(['docs', 'list', '--db', db, '--json']).stdout) as Listed[]).filter((r) => r.status === '已印发').length;
    const good = runCli(['check', '--db', db]);
    expect(good.stdout).toContain(`[通过] 已印发公文的定稿文件：${issued} 件，均与印发时一致`);
    const copy = join(dir, 'copy.sqlite');
    copyStore(db, copy);
    const raw = openKeyed(copy);
    try {
      // Someone with the key and a SQLite tool: the database's own guard removed first.
      raw.exec('DROP TRIGGER document_files_unchanged');
      raw.prepare("UPDATE document_files SET bytes = bytes || x'00' WHERE sha256 = (SELECT file_sha256 FROM documents WHERE kind = 'notice' AND serial = 2)").run();
    } finally {
      raw.close();
    }
    const bad = runCli(['check', '--db', copy]);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/\[失败\] 已印发公文的定稿文件：临纪发〔\d{4}〕2号：定稿文件与印发时不一致/);
  });
});
