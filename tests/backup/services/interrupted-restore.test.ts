// A restore cut short (the process killed between its steps): before the backup's database was
// renamed into place, the next start finds the current data as it was and removes the staged
// copy; after the rename but before the outside head was set, the next start finishes the restore
// (from its journal) instead of refusing the restored database as "rolled back".
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, renameSync } from 'node:fs';
import { readManifest } from '../../../electron/services/backup/manifest.ts';
import { journalPath, stagedPath, writeJournal } from '../../../electron/services/backup/journal.ts';
import { resumeRestore, stage } from '../../../electron/services/backup/index.ts';
import { verifyAuditChain } from '../../../db/repos/core/index.ts';
import { openKeyed, openTestStore } from '../../helpers/store.ts';
import { ok } from '../../helpers/services.ts';
import { canonicalDump } from '../../helpers/dump.ts';
import { createBackup, officeWithTips, type Fixture } from '../officeData.ts';

let f: Fixture | null = null;
afterEach(() => {
  f?.env.close();
  f = null;
});

/** A backup, then changes after it; returns the backup's folder and manifest. */
async function backupThenChange(fx: Fixture) {
  const backup = await createBackup(fx.env, fx.o.admin);
  await ok(fx.env, 'units.create', { name: '备份后的单位', type: '机关部门', parentId: null, headcount: 1 }, fx.o.admin);
  const read = await readManifest(backup.folder);
  if (!read.ok) throw new Error(read.problem);
  return { folder: backup.folder, manifest: read.manifest };
}

function unitsIn(file: string): number {
  const opened = openTestStore(file);
  try {
    return (opened.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
  } finally {
    opened.db.close();
  }
}

describe('a restore cut short', () => {
  it('before the swap: the current data stands and the staged copy is removed', async () => {
    f = await officeWithTips();
    const { env } = f;
    const { folder, manifest } = await backupThenChange(f);
    const before = canonicalDump(env.db);
    await stage({ dbFile: env.file, folder, manifest, head: env.ctx.outsideHead, newKey: null });
    env.ctx.db.close();
    writeJournal(env.file, { head: manifest.auditHead, headFile: env.ctx.outsideHead.path, keyFile: null });
    // killed here

    expect(resumeRestore(env.file)).toBe('undone');
    expect(existsSync(stagedPath(env.file))).toBe(false);
    expect(existsSync(journalPath(env.file))).toBe(false);
    const opened = openTestStore(env.file);
    env.ctx.db = opened.db;
    expect(canonicalDump(env.db)).toBe(before);
  });

  it('after the swap: the next start finishes it, and the restored database opens', async () => {
    f = await officeWithTips();
    const { env } = f;
    const { folder, manifest } = await backupThenChange(f);
    expect(unitsIn(env.file)).toBe(7);
    await stage({ dbFile: env.file, folder, manifest, head: env.ctx.outsideHead, newKey: null });
    env.ctx.db.close();
    writeJournal(env.file, { head: manifest.auditHead, headFile: env.ctx.outsideHead.path, keyFile: null });
    renameSync(stagedPath(env.file), env.file);
    // killed here: the outside head still names the newer database's entries (opening would refuse it as rolled back)
    const seen = openKeyed(env.file, true);
    expect(verifyAuditChain(seen, env.ctx.keys.audit, env.ctx.outsideHead.read())).toMatchObject({ ok: false, problem: 'rolled-back' });
    seen.close();

    expect(resumeRestore(env.file)).toBe('finished');
    expect(existsSync(journalPath(env.file))).toBe(false);
    expect(unitsIn(env.file)).toBe(6);
    expect(resumeRestore(env.file)).toBe('none');
    env.ctx.db = openTestStore(env.file).db;
  });
});
