// `lianqing backup` and `lianqing restore`, spawned for real: a backup to the data folder and to a
// folder given; a restore previewed (nothing changed) and made (the current data kept first, every
// check passing after); and a restore onto another machine — another key folder with no key for
// the database — with the recovery key, a wrong one refused with nothing written, and onto a
// machine whose new install already made a database of its own (kept, with its key).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { keyFileFor, keyFileIn } from '../../../electron/hosts/paths.ts';
import { fileProtector } from '../../../electron/services/kernel/keys/keyFile.ts';
import { formatRecoveryKey } from '../../../electron/services/kernel/keys/recoveryKey.ts';
import { loadMaster } from '../../../electron/services/kernel/keys/store.ts';
import { deriveKeyring, newMasterSecret } from '../../../electron/services/kernel/keys/keyring.ts';
import { openDatabase } from '../../../db/open.ts';
import { canonicalDump } from '../../helpers/dump.ts';
import { tempDir } from '../../helpers/services.ts';
import { runCli, type CliRun } from '../../helpers/processes.ts';
import { officeWithTips } from '../officeData.ts';



const cli = (args: string[], keyDir?: string): CliRun => runCli(args, keyDir ? { LIANQING_KEY_DIR: keyDir } : {});

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Everything the database holds, read with the key of the key folder given. */
function dumpWith(file: string, keyDir: string): string {
  const master = loadMaster(file, keyFileIn(keyDir, file), fileProtector);
  const db = openDatabase(file, { key: deriveKeyring(master).database, readonly: true }).db;
  try {
    return canonicalDump(db);
  } finally {
    db.close();
  }
}

const KEYS = process.env.LIANQING_KEY_DIR as string;

describe('lianqing backup and restore', () => {
  let dir: string;
  let file: string;
  let backupFolder: string;
  let recoveryKey: string;

  beforeAll(async () => {
    const fx = await officeWithTips();
    dir = fx.env.dir;
    file = fx.env.file;
    fx.env.ctx.db.close();
    recoveryKey = formatRecoveryKey(loadMaster(file, keyFileFor(file), fileProtector));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('backup writes a verified backup into the data folder and says what it holds', () => {
    const r = cli(['backup', '--db', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const made = /已备份（手动，写完后已校验）：(.+)\n/.exec(r.stdout);
    expect(made).not.toBeNull();
    backupFolder = made?.[1] as string;
    expect(backupFolder.startsWith(join(dir, 'backups', '廉情备份-'))).toBe(true);
    expect(r.stdout).toMatch(/单位 6 个，人员 16 名，信访件 2 件，附件 2 个；大小 \d/);
    expect(readdirSync(backupFolder).sort()).toEqual(['attachments', 'lianqing.sqlite', 'manifest.json']);
  });

  it('backup --to a folder (a USB drive) that must exist as a whole path', () => {
    const usb = join(dir, 'usb');
    const missing = cli(['backup', '--db', file, '--to', usb]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`文件夹不存在或无法访问：${usb}`);
    expect(cli(['backup', '--db', file, '--to', 'usb']).stderr).toContain('完整的文件夹路径');
    mkdirSync(usb);
    const r = cli(['backup', '--db', file, '--to', usb]);
    expect(r.status).toBe(0);
    expect(readdirSync(usb)).toHaveLength(1);
    expect(r.stdout).toContain(join(usb, '廉情备份-'));
  });

  it('restore without --yes shows the backup and the current data, and changes nothing', () => {
    const key = keyFileFor(file);
    const state = () => ({ db: sha256(file), files: readdirSync(dir, { recursive: true }).sort(), key: sha256(key), head: sha256(key.replace(/\.key$/, '.head')) });
    const before = state();
    const r = cli(['restore', '--db', file, '--from', backupFolder]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/备份时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（手动备份）；单位 6 个，人员 16 名，信访件 2 件，附件 2 个；校验通过。/);
    expect(r.stdout).toContain('当前数据：单位 6 个');
    expect(r.stdout).toContain('以上为预览，未做任何改动。确认恢复请加 --yes。');
    expect(state()).toEqual(before);
  });

  it('restore --yes brings the backup back, keeping the current data first, and check passes', () => {
    const atBackup = dumpOfBackup(backupFolder, file);
    // A change after the backup (through the command line, audited).
    const usbAgain = join(dir, 'usb');
    expect(cli(['backup', '--db', file, '--to', usbAgain]).status).toBe(0);
    const r = cli(['restore', '--db', file, '--from', backupFolder, '--yes']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已从备份恢复');
    const kept = /恢复前的数据已保存在：(.+)\n/.exec(r.stdout)?.[1] as string;
    expect(kept).toMatch(/廉情备份-\d{8}-\d{6}-恢复前$/);
    expect(existsSync(join(kept, 'manifest.json'))).toBe(true);
    const checked = cli(['check', '--db', file]);
    expect(checked.status, checked.stdout).toBe(0);
    const restored = JSON.parse(dumpWith(file, KEYS)) as Record<string, unknown[][]>;
    const last = restored.audit?.at(-1) ?? [];
    expect(last).toContain('backup.restore');
    expect(last).toContain('（命令行）');
    expect(JSON.stringify(restored.units)).toBe(JSON.stringify((JSON.parse(atBackup) as Record<string, unknown>).units));
  });

  it('restores onto another machine with the recovery key; without it, or with a wrong one, nothing is written', () => {
    const machine = tempDir('lianqing-other-machine-');
    const keyDir = join(machine, 'keys');
    const target = join(machine, 'data', 'lianqing.sqlite');
    try {
      const none = cli(['restore', '--db', target, '--from', backupFolder, '--yes'], keyDir);
      expect(none.status).toBe(1);
      expect(none.stderr).toContain('--recovery-key');
      const wrong = cli(['restore', '--db', target, '--from', backupFolder, '--recovery-key', formatRecoveryKey(newMasterSecret()), '--yes'], keyDir);
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toContain('恢复密钥与这个备份不符');
      const typo = cli(['restore', '--db', target, '--from', backupFolder, '--recovery-key', recoveryKey.replace(/[0-9A-Z]/, (c) => (c === 'A' ? 'B' : 'A')), '--yes'], keyDir);
      expect(typo.status).toBe(2);
      expect(typo.stderr).toMatch(/恢复密钥有误|无效的字符/);
      expect(existsSync(join(machine, 'data'))).toBe(false);
      expect(existsSync(keyDir)).toBe(false);

      const r = cli(['restore', '--db', target, '--from', backupFolder, '--recovery-key', recoveryKey, '--yes'], keyDir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('当前没有数据库');
      expect(r.stdout).toContain('密钥文件已改为这个备份的密钥');
      const checked = cli(['check', '--db', target], keyDir);
      expect(checked.status, checked.stdout).toBe(0);
      const listed = cli(['units', 'list', '--db', target, '--json'], keyDir);
      expect(JSON.parse(listed.stdout)).toHaveLength(6);
      // The attachments came along, and open with the key now on this machine.
      expect(readdirSync(join(machine, 'data', 'attachments'), { recursive: true }).filter((n) => /[0-9a-f]{64}$/.test(String(n)))).toHaveLength(2);
    } finally {
      rmSync(machine, { recursive: true, force: true });
    }
  });

  it('restores onto a machine whose new install made a database of its own: that one is kept, with its key', () => {
    const machine = tempDir('lianqing-new-install-');
    const keyDir = join(machine, 'keys');
    const target = join(machine, 'data', 'lianqing.sqlite');
    try {
      // The new install's own database (its own key) with a backup copy of the office's beside it.
      const other = cli(['demo', '--db', join(machine, 'scratch.sqlite'), '--admin-password', 'Admin12345', '--today', '2026-11-21'], keyDir);
      expect(other.status, other.stderr).toBe(0);
      mkdirSync(join(machine, 'data'));
      cpSync(join(machine, 'scratch.sqlite'), target);
      cpSync(keyFileIn(keyDir, join(machine, 'scratch.sqlite')), keyFileIn(keyDir, target));
      cpSync(keyFileIn(keyDir, join(machine, 'scratch.sqlite')).replace(/\.key$/, '.head'), keyFileIn(keyDir, target).replace(/\.key$/, '.head'));
      const ownKey = readFileSync(keyFileIn(keyDir, target), 'utf8');

      const preview = cli(['restore', '--db', target, '--from', backupFolder, '--recovery-key', recoveryKey], keyDir);
      expect(preview.status).toBe(0);
      expect(preview.stdout).toMatch(/当前数据：单位 \d{3} 个/);
      expect(preview.stdout).toContain('这个数据库将改用备份的密钥');

      const r = cli(['restore', '--db', target, '--from', backupFolder, '--recovery-key', recoveryKey, '--yes'], keyDir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const kept = /恢复前的数据已保存在：(.+)\n/.exec(r.stdout)?.[1] as string;
      const oldKey = /（原密钥文件：(.+)）/.exec(r.stdout)?.[1] as string;
      expect(readFileSync(oldKey, 'utf8')).toBe(ownKey);
      expect(cli(['check', '--db', target], keyDir).status).toBe(0);
      expect(JSON.parse(cli(['units', 'list', '--db', target, '--json'], keyDir).stdout)).toHaveLength(6);
      // The new install's data is in the 恢复前 backup, made with its own key (its recovery key opens it).
      const manifest = JSON.parse(readFileSync(join(kept, 'manifest.json'), 'utf8')) as { kind: string; counts: { units: number } };
      expect(manifest.kind).toBe('pre-restore');
      expect(manifest.counts.units).toBeGreaterThan(100);
    } finally {
      rmSync(machine, { recursive: true, force: true });
    }
  }, 120_000);
});

function dumpOfBackup(folder: string, file: string): string {
  const master = loadMaster(file, keyFileFor(file), fileProtector);
  const db = openDatabase(join(folder, 'lianqing.sqlite'), { key: deriveKeyring(master).database, readonly: true }).db;
  try {
    return canonicalDump(db);
  } finally {
    db.close();
  }
}
