// Backup → change → restore on a real encrypted store, through the real operations: every row of
// every table (a canonical dump) and every attachment's bytes are what they were when the backup
// was made; the data of just before the restore is kept as a verified 恢复前 backup; the outside
// head follows the restored database (no false 回退 alarm on the next opening); everyone signs in
// again.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditChain } from '../../../db/repos/core/index.ts';
import { openTestStore } from '../../helpers/store.ts';
import { ok, PASSWORD, send } from '../../helpers/services.ts';
import { addTip, attachmentContents, createBackup, dumpOf, officeWithTips, withoutAuditHead, withoutRestoreEntry, type Fixture, LETTER, PDF } from '../officeData.ts';

let f: Fixture | null = null;
afterEach(() => {
  f?.env.close();
  f = null;
});

describe('backup and restore', () => {
  it('brings back every row of every table and every attachment as they were at the backup', async () => {
    f = await officeWithTips();
    const { env, o } = f;
    const backup = await createBackup(env, o.admin);
    expect(backup).toMatchObject({ kind: 'manual', place: '数据文件夹', counts: { units: 6, people: 16, tips: 2, attachments: 2 } });
    expect(backup.folder).toBe(join(env.file, '..', 'backups', backup.name));
    // What the data folder held when the backup was made (its own audit entry aside: it is written after the copy).
    const atBackup = env.db.prepare("SELECT max(id) AS id FROM audit WHERE op != 'backup.create'").get() as { id: number };
    const entriesAtBackup = (env.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n - 1;
    expect(atBackup.id).toBe(entriesAtBackup);
    const files = attachmentContents(env);

    // Changes after the backup: a unit, a tip with a new attachment, a setting, a password.
    await ok(env, 'units.create', { name: '备份后新建的单位', type: '机关部门', parentId: null, headcount: 3 }, o.admin);
    await addTip(env, o, '备份之后登记的信访件', [{ fileName: '后来的.pdf', data: Buffer.concat([PDF, Buffer.from('after')]) }], 3);
    const settings = await ok(env, 'settings.get', {}, o.admin);
    await ok(env, 'settings.update', { ...settings, dueSoonDays: 9 }, o.admin);
    const beforeRestore = dumpOf(env);
    const filesBeforeRestore = attachmentContents(env);
    expect(filesBeforeRestore.size).toBe(3);

    const done = await ok(env, 'backup.restore', { folder: backup.folder }, o.admin);
    expect(done.restored.counts).toEqual(backup.counts);
    expect(done.before).toMatchObject({ kind: 'pre-restore', counts: { units: 7, tips: 3, attachments: 3 } });

    // The restored database, row for row, is the one backed up (less the restore's own entry).
    const restored = dumpOf(env);
    const tables = JSON.parse(restored) as Record<string, unknown[][]>;
    expect(tables.audit?.at(-1)).toContain('backup.restore');
    expect(withoutRestoreEntry(restored)).toBe(withoutAuditHead(await dumpAtBackup(backup.folder)));
    expect(attachmentContents(env)).toEqual(files);
    // The attachment added after the backup is no longer in the data folder (it is in the 恢复前 backup).
    const stored = readdirSync(join(env.file, '..', 'attachments'), { recursive: true }).filter((n) => /^[0-9a-f]{64}$/.test(String(n).split(/[\\/]/).pop() ?? ''));
    expect(stored).toHaveLength(2);

    // Everyone signs in again; the chain holds with the outside head; the store opens again.
    expect(await send(env, 'auth.me', {}, o.admin)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const admin = (await ok(env, 'auth.login', { username: 'admin', password: PASSWORD }, null)).token;
    expect((await ok(env, 'units.list', { pageSize: 100 }, admin)).total).toBe(6);
    // The restored attachments open through the application as before.
    const letterId = (env.db.prepare("SELECT id FROM tip_attachments WHERE file_name = '举报信.txt'").get() as { id: number }).id;
    const letter = await ok(env, 'tips.downloadAttachment', { id: letterId }, admin);
    expect(Buffer.from(letter.dataBase64, 'base64')).toEqual(LETTER);
    expect(verifyAuditChain(env.db, env.ctx.keys.audit, env.ctx.outsideHead.read())).toMatchObject({ ok: true });
    const again = openTestStore(env.file);
    again.db.close();

    // The 恢复前 backup holds the data of just before the restore, and restores to it.
    const back = await ok(env, 'backup.restore', { folder: done.before.folder }, admin);
    expect(back.restored.counts).toEqual(done.before.counts);
    expect(withoutRestoreEntry(dumpOf(env))).toBe(withoutAuditHead(beforeRestore));
    expect(attachmentContents(env)).toEqual(filesBeforeRestore);
  });

  it('lists the backups newest first with their kind and counts, and 查看 verifies one', async () => {
    f = await officeWithTips();
    const { env, o } = f;
    const first = await createBackup(env, o.admin);
    env.clock.advanceMinutes(1);
    await ok(env, 'units.create', { name: '又一个单位', type: '机关部门', parentId: null, headcount: 3 }, o.admin);
    const second = await createBackup(env, o.admin);
    const list = await ok(env, 'backup.list', {}, o.admin);
    expect(list.map((b) => b.name)).toEqual([second.name, first.name]);
    expect(list[0]).toMatchObject({ kind: 'manual', place: '数据文件夹', counts: { units: 7 } });
    expect(second.name).toMatch(/^廉情备份-\d{8}-\d{6}$/);
    const seen = await ok(env, 'backup.inspect', { folder: first.folder }, o.admin);
    expect(seen).toMatchObject({ verified: true, problem: null, counts: { units: 6, people: 16, tips: 2, attachments: 2 } });
    // Listing and looking write nothing; the backup itself is audited.
    const entries = env.db.prepare("SELECT op, subject FROM audit WHERE op LIKE 'backup.%' ORDER BY id").all();
    expect(entries).toEqual([{ op: 'backup.create', subject: first.name }, { op: 'backup.create', subject: second.name }]);
  });

  it('backs up into a folder typed (a USB drive), which must exist; a relative path is refused', async () => {
    f = await officeWithTips();
    const { env, o } = f;
    const usb = join(env.dir, 'usb');
    const missing = await send(env, 'backup.create', { folder: usb }, o.admin);
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!missing.ok) expect(missing.error.message).toContain('文件夹不存在');
    expect(existsSync(usb)).toBe(false);
    const relative = await send(env, 'backup.create', { folder: 'usb' }, o.admin);
    expect(relative).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!relative.ok) expect(relative.error.message).toContain('完整的文件夹路径');
    (await import('node:fs')).mkdirSync(usb);
    const made = await createBackup(env, o.admin, usb);
    expect(made).toMatchObject({ place: '指定文件夹', counts: { tips: 2 } });
    expect(readdirSync(usb)).toEqual([made.name]);
    expect((await ok(env, 'backup.inspect', { folder: made.folder }, o.admin)).verified).toBe(true);
  });
});

/** The backed-up database's own dump (opened read-only with the key, as verification does). */
async function dumpAtBackup(folder: string): Promise<string> {
  const { openDatabase } = await import('../../../db/open.ts');
  const { canonicalDump } = await import('../../helpers/dump.ts');
  if (!f) throw new Error('no fixture');
  const copy = openDatabase(join(folder, 'lianqing.sqlite'), { key: f.env.ctx.keys.database, readonly: true }).db;
  try {
    return canonicalDump(copy);
  } finally {
    copy.close();
  }
}
