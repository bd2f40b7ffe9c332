// The daily automatic backup (backup.daily, called by the hosts as the system): one a day, in the
// data folder's backups, kept for backupKeepDays days (only automatic backups by name and manifest
// are removed), copied and verified in 第二备份位置 when set (a missing one is reported, not fatal),
// audited — its failures too; the hosts' timer makes it when due and not twice.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatchLocal } from '../../../electron/services/dispatch.ts';
import { dailyBackupDue, sweepPartialBackups, backupPlaces } from '../../../electron/services/backup/index.ts';
import { startDailyBackups } from '../../../electron/hosts/dailyBackups.ts';
import { ok } from '../../helpers/services.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { createBackup, officeWithTips, type Fixture } from '../officeData.ts';

let f: Fixture | null = null;
afterEach(() => {
  f?.env.close();
  f = null;
});

const SYSTEM = '（自动备份）';
const DAY = 24 * 60;

async function daily(fx: Fixture) {
  return dispatchLocal(fx.env.ctx, 'backup.daily', {}, SYSTEM);
}

function names(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

async function setSettings(fx: Fixture, values: { backupKeepDays?: number; backupSecondFolder?: string }) {
  const s = await ok(fx.env, 'settings.get', {}, fx.o.admin);
  await ok(fx.env, 'settings.update', { ...s, ...values }, fx.o.admin);
}

describe('the daily automatic backup', () => {
  it('is made once a day, named 自动, and audited as the system', async () => {
    f = await officeWithTips();
    const backups = join(f.env.file, '..', 'backups');
    expect(dailyBackupDue(f.env.ctx, 'Asia/Shanghai')).toBe(true);
    const made = await daily(f);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.value.backup).toMatchObject({ kind: 'auto', place: '数据文件夹', counts: { tips: 2 } });
    expect(made.value.backup.name).toBe(`廉情备份-${TEST_TODAY.replace(/-/g, '')}-090000-自动`);
    expect(dailyBackupDue(f.env.ctx, 'Asia/Shanghai')).toBe(false);
    const again = await daily(f);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '今天已有自动备份。' } });
    expect(names(backups)).toEqual([made.value.backup.name]);
    const entries = f.env.db.prepare("SELECT op, username, subject FROM audit WHERE op = 'backup.daily'").all();
    expect(entries).toEqual([{ op: 'backup.daily', username: SYSTEM, subject: made.value.backup.name }]);
  });

  it('keeps automatic backups for the days set and never removes a manual one or a folder it did not make', async () => {
    f = await officeWithTips();
    await setSettings(f, { backupKeepDays: 3 });
    const backups = join(f.env.file, '..', 'backups');
    const manual = await createBackup(f.env, f.o.admin);
    mkdirSync(join(backups, '廉情备份-20200101-000000-自动')); // named like one, but no manifest: not ours
    mkdirSync(join(backups, '别的文件夹'));
    const made: string[] = [];
    for (let day = 0; day < 5; day++) {
      const r = await daily(f);
      if (!r.ok) throw new Error(r.error.message);
      made.push(r.value.backup.name);
      expect(r.value.pruned).toBe(day >= 3 ? 1 : 0);
      f.env.clock.advanceMinutes(DAY);
    }
    expect(names(backups)).toEqual([...made.slice(2), manual.name, '廉情备份-20200101-000000-自动', '别的文件夹'].sort());
    const pruned = f.env.db.prepare("SELECT summary FROM audit WHERE op = 'backup.daily' ORDER BY id DESC LIMIT 1").get() as { summary: string };
    expect(JSON.parse(pruned.summary)).toMatchObject({ pruned: 1 });
  });

  it('is copied to 第二备份位置 and verified there; a second place not there is reported and the backup stands', async () => {
    f = await officeWithTips();
    const second = join(f.env.dir, 'second');
    mkdirSync(second);
    await setSettings(f, { backupSecondFolder: second, backupKeepDays: 1 });
    const first = await daily(f);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.second).toEqual({ folder: join(second, first.value.backup.name), problem: null });
    expect((await ok(f.env, 'backup.inspect', { folder: join(second, first.value.backup.name) }, f.o.admin)).verified).toBe(true);
    const list = await ok(f.env, 'backup.list', {}, f.o.admin);
    expect(list.map((b) => b.place).sort()).toEqual(['数据文件夹', '第二备份位置']);

    // The next day: kept one day, the second place's old copy goes too.
    f.env.clock.advanceMinutes(DAY);
    const next = await daily(f);
    if (!next.ok) throw new Error(next.error.message);
    expect(next.value.pruned).toBe(2);
    expect(names(second)).toEqual([next.value.backup.name]);

    // The drive is gone: the backup in the data folder is made all the same, the failure said.
    rmSync(second, { recursive: true });
    f.env.clock.advanceMinutes(DAY);
    const unplugged = await daily(f);
    if (!unplugged.ok) throw new Error(unplugged.error.message);
    expect(unplugged.value.second).toMatchObject({ folder: null, problem: expect.stringContaining('文件夹不存在或无法访问') });
    expect(existsSync(second)).toBe(false);
    const entry = f.env.db.prepare("SELECT summary FROM audit WHERE op = 'backup.daily' ORDER BY id DESC LIMIT 1").get() as { summary: string };
    expect(JSON.parse(entry.summary).second).toMatch(/^未能复制：/);
  });

  it('records a failure in the audit trail', async () => {
    f = await officeWithTips();
    writeFileSync(join(f.env.file, '..', 'backups'), 'a file where the folder should be');
    const r = await daily(f);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(/^写入备份时出错：/);
    const entry = f.env.db.prepare("SELECT username, summary FROM audit WHERE op = 'backup.daily'").get() as { username: string; summary: string };
    expect(entry.username).toBe(SYSTEM);
    expect(JSON.parse(entry.summary)).toMatchObject({ result: '自动备份失败' });
  });

  it('is made by the hosts’ timer when due, once however often it ticks', async () => {
    f = await officeWithTips();
    const lines: string[] = [];
    const timer = startDailyBackups(f.env.ctx, (line) => lines.push(line), 3_600_000);
    try {
      await timer.tick();
      await Promise.all([timer.tick(), timer.tick()]);
    } finally {
      timer.stop();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^已自动备份：.*-自动$/);
    expect(names(join(f.env.file, '..', 'backups'))).toHaveLength(1);
  });

  it('sweeps a partial backup whose writer is gone, and keeps one being written', async () => {
    f = await officeWithTips();
    const backups = join(f.env.file, '..', 'backups');
    mkdirSync(join(backups, '廉情备份-20261120-090000-自动.partial-99999999'), { recursive: true });
    const own = join(backups, `廉情备份-20261120-090000.partial-${process.pid}`);
    mkdirSync(own);
    // Ages on the file system's clock: just written, then seven hours on.
    const written = statSync(own).mtimeMs;
    expect(sweepPartialBackups(backupPlaces(f.env.file, ''), written)).toBe(1);
    expect(names(backups)).toEqual([`廉情备份-20261120-090000.partial-${process.pid}`]);
    expect(await ok(f.env, 'backup.list', {}, f.o.admin)).toEqual([]);
    // One of a living process left for hours is a writer that hung (or a reused process number): removed.
    expect(sweepPartialBackups(backupPlaces(f.env.file, ''), written + 7 * 3_600_000)).toBe(1);
    expect(names(backups)).toEqual([]);
  });
});
