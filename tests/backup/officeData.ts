// The backup tests' office: the small registry and staff of tests/helpers/tips.ts on an encrypted
// store, tips registered through the real operations with attachments (a PDF and a text letter
// holding a marker no other file holds), and what the data folder holds read back as a person
// holding the key would: a canonical dump and each attachment's content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/types.ts';
import { openSealed } from '../../electron/services/kernel/sealedFiles.ts';
import { canonicalDump } from '../helpers/dump.ts';
import { makeStoreEnv } from '../helpers/store.ts';
import { ok, type TestEnv } from '../helpers/services.ts';
import { namedTip, office, register, registryPeople, type Office } from '../helpers/tips.ts';
import { testDay } from '../helpers/testDate.ts';

export const MARKER = 'PLAINTEXT-MARKER-7f3a';

export const PDF = Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${MARKER}\ntrailer<<>>\n%%EOF\n`);
export const LETTER = Buffer.from(`举报信：反映情况如下。${MARKER}\n`, 'utf8');

export interface Fixture {
  env: TestEnv;
  o: Office;
}

export async function officeWithTips(at?: string): Promise<Fixture> {
  const env = makeStoreEnv(at);
  const o = await office(env);
  await addTip(env, o, `反映情况 ${MARKER}`, [
    { fileName: '举报信.txt', data: LETTER },
    { fileName: '扫描件.pdf', data: PDF },
  ]);
  await addTip(env, o, '第二件：反映违规发放补贴问题', []);
  return { env, o };
}

export async function addTip(env: TestEnv, o: Office, content: string, files: Array<{ fileName: string; data: Buffer }>, person = 0): Promise<number> {
  const people = registryPeople(env, 16);
  const tip = await register(env, o.clerk, namedTip([people[person % people.length]!], { receivedDate: testDay(0), content }));
  for (const f of files) await ok(env, 'tips.addAttachment', { tipId: tip.id, file: { fileName: f.fileName, dataBase64: f.data.toString('base64') } }, o.clerk);
  return tip.id;
}

/** Every attachment file the database records, by content hash → its content (opened with the files key). */
export function attachmentContents(env: TestEnv, db: Db = env.db): Map<string, string> {
  const out = new Map<string, string>();
  const root = join(env.file, '..', 'attachments');
  for (const { sha256 } of db.prepare('SELECT sha256 FROM files ORDER BY sha256').all() as Array<{ sha256: string }>) {
    const stored = readFileSync(join(root, sha256.slice(0, 2), sha256));
    out.set(sha256, openSealed(env.ctx.keys.files, sha256, stored).toString('base64'));
  }
  return out;
}

/** The dump of everything, for comparing what a restore brought back. */
export function dumpOf(env: TestEnv): string {
  return canonicalDump(env.db);
}

/**
 * A dump without what the restore itself adds (its own audit entry, the newest, and the audit
 * head in meta that moves with it).
 */
export function withoutRestoreEntry(dump: string): string {
  const tables = JSON.parse(dump) as Record<string, unknown[][]>;
  const audit = tables.audit ?? [];
  const last = audit[audit.length - 1];
  if (last && last.includes('backup.restore')) tables.audit = audit.slice(0, -1);
  tables.meta = (tables.meta ?? []).filter((row) => row[0] !== 'audit_head');
  return JSON.stringify(tables);
}

export function withoutAuditHead(dump: string): string {
  const tables = JSON.parse(dump) as Record<string, unknown[][]>;
  tables.meta = (tables.meta ?? []).filter((row) => row[0] !== 'audit_head');
  return JSON.stringify(tables);
}

export async function createBackup(env: TestEnv, admin: string, folder?: string) {
  return (await ok(env, 'backup.create', folder === undefined ? {} : { folder }, admin)).backup;
}
