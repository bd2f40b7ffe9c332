// A backup that does not verify is refused, with the reason, and nothing changes: one byte of the
// database copy, of an attachment file or of the manifest changed; a manifest edited as valid
// JSON; a backup of another database (another key); a partial one. 查看 tells the same reason.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, send, setupAdmin } from '../../helpers/services.ts';
import { makeStoreEnv } from '../../helpers/store.ts';
import type { BackupInspection } from '../../../shared/backup/index.ts';
import { attachmentContents, createBackup, dumpOf, officeWithTips, type Fixture } from '../officeData.ts';

let f: Fixture | null = null;
afterEach(() => {
  f?.env.close();
  f = null;
});

function flipByte(file: string, at: (size: number) => number): void {
  const bytes = readFileSync(file);
  const i = at(bytes.length);
  bytes[i] = (bytes[i] as number) ^ 0x01;
  writeFileSync(file, bytes);
}

function firstAttachment(folder: string): string {
  const root = join(folder, 'attachments');
  const shard = readdirSync(root)[0] as string;
  return join(root, shard, readdirSync(join(root, shard))[0] as string);
}

const TAMPERS: Array<{ what: string; tamper(folder: string): void; problem: RegExp }> = [
  { what: 'one byte of the database copy', tamper: (d) => flipByte(join(d, 'lianqing.sqlite'), (n) => Math.floor(n / 2)), problem: /数据库文件被改动或已损坏/ },
  { what: 'one byte of an attachment file', tamper: (d) => flipByte(firstAttachment(d), (n) => n - 3), problem: /附件文件 [0-9a-f]{12}… 被改动或已损坏/ },
  { what: 'one byte of the manifest', tamper: (d) => flipByte(join(d, 'manifest.json'), () => 0), problem: /manifest\.json/ },
  {
    what: 'the manifest edited as valid JSON (a count)',
    tamper: (d) => writeFileSync(join(d, 'manifest.json'), readFileSync(join(d, 'manifest.json'), 'utf8').replace('"tips": 2', '"tips": 3')),
    problem: /manifest\.json）被改动过/,
  },
  {
    what: 'the manifest edited as valid JSON (the date)',
    tamper: (d) => writeFileSync(join(d, 'manifest.json'), readFileSync(join(d, 'manifest.json'), 'utf8').replace(/"madeAtLocal": "\d{4}/, '"madeAtLocal": "2020')),
    problem: /manifest\.json）被改动过/,
  },
];

describe('a backup that does not verify', () => {
  for (const t of TAMPERS) {
    it(`is refused when ${t.what}, and nothing changes`, async () => {
      f = await officeWithTips();
      const { env, o } = f;
      const backup = await createBackup(env, o.admin);
      const copy = join(env.dir, 'tampered', backup.name);
      cpSync(backup.folder, copy, { recursive: true });
      t.tamper(copy);

      // 查看 says why: as the backup's problem, or — a manifest that cannot be read — as its refusal.
      const seen = await send(env, 'backup.inspect', { folder: copy }, o.admin);
      if (seen.ok) {
        const inspection = seen.value as BackupInspection;
        expect(inspection.verified).toBe(false);
        expect(inspection.problem).toMatch(t.problem);
      } else {
        expect(seen.error.message).toMatch(t.problem);
      }

      const before = dumpOf(env);
      const files = attachmentContents(env);
      const backups = readdirSync(join(env.file, '..', 'backups'));
      const r = await send(env, 'backup.restore', { folder: copy }, o.admin);
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!r.ok) {
        expect(r.error.message).toMatch(/^不能从这个备份恢复：/);
        expect(r.error.message).toMatch(t.problem);
        expect(r.error.message).toContain('当前数据未做任何改动');
      }
      expect(dumpOf(env)).toBe(before);
      expect(attachmentContents(env)).toEqual(files);
      expect(readdirSync(join(env.file, '..', 'backups'))).toEqual(backups);
      // The session stands: nothing was replaced.
      expect((await send(env, 'auth.me', {}, o.admin)).ok).toBe(true);
    });
  }

  it('is refused when it is another database’s (another key), pointing to the recovery key', async () => {
    f = await officeWithTips();
    const other = makeStoreEnv();
    try {
      const admin = await setupAdmin(other);
      const foreign = await createBackup(other, admin);
      const r = await send(f.env, 'backup.restore', { folder: foreign.folder }, f.o.admin);
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!r.ok) expect(r.error.message).toMatch(/不是用本数据库的密钥加密的.*--recovery-key/);
    } finally {
      other.close();
    }
  });

  it('refuses a partial folder and a folder that is not a backup, saying which backups a parent holds', async () => {
    f = await officeWithTips();
    const { env, o } = f;
    const backup = await createBackup(env, o.admin);
    const partial = join(env.dir, `${backup.name}.partial-99999999`);
    cpSync(backup.folder, partial, { recursive: true });
    // A partial folder may hold a manifest: it is still not a backup.
    const r = await send(env, 'backup.inspect', { folder: partial }, o.admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toContain('未写完的备份');
    const parent = await send(env, 'backup.inspect', { folder: join(env.file, '..', 'backups') }, o.admin);
    expect(parent).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!parent.ok) expect(parent.error.message).toContain('这个文件夹本身不是备份，其中有 1 个备份');
    const nothing = await send(env, 'backup.restore', { folder: join(env.dir, 'no-such-folder') }, o.admin);
    expect(nothing).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!nothing.ok) expect(nothing.error.message).toContain('找不到文件夹');
  });
});
