// A backup's manifest.json: what the backup holds (when it was made, the schema, the counts shown
// before a restore, the audit head) and the SHA-256 of every file in it as written, authenticated
// with the install's backup key — a manifest edited, or a backup of another database, fails it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_KINDS } from '../../../shared/backup/index.ts';
import { mac, sameMac } from '../kernel/keys/keyring.ts';

export const MANIFEST_FILE = 'manifest.json';
export const DATABASE_FILE = 'lianqing.sqlite';
export const ATTACHMENTS_FOLDER = 'attachments';
export const MANIFEST_FORMAT = 'lianqing-backup/1';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.int().min(0);

const bodySchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  kind: z.enum(BACKUP_KINDS),
  madeAt: z.iso.datetime(),
  madeAtLocal: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  timeZone: z.string(),
  schemaVersion: z.int().min(0),
  counts: z.strictObject({ units: count, people: count, tips: count, attachments: count }),
  auditHead: z.strictObject({ id: z.int().min(1), mac: z.string() }).nullable(),
  database: z.strictObject({ file: z.literal(DATABASE_FILE), bytes: count, sha256: hex64 }),
  /** Each attachment file as held: its content hash (its name), its size and hash as stored (sealed). */
  attachments: z.array(z.strictObject({ sha256: hex64, bytes: count, stored: hex64 })),
  /** Files the database records that were missing or damaged in the data folder when it was made. */
  absent: z.array(z.strictObject({ sha256: hex64, reason: z.string() })),
});

export type ManifestBody = z.infer<typeof bodySchema>;
export type Manifest = ManifestBody;

function macOf(key: Buffer, bodyJson: string): string {
  return mac(key, 'lianqing-backup-manifest', bodyJson);
}

/** The manifest's text: the body and its MAC. */
export function manifestText(body: ManifestBody, key: Buffer): string {
  const json = JSON.stringify(body);
  return `${JSON.stringify({ ...JSON.parse(json), mac: macOf(key, json) }, null, 2)}\n`;
}

export type ManifestRead =
  | { ok: true; manifest: Manifest; macOk: (key: Buffer) => boolean }
  | { ok: false; problem: string; missing: boolean };

/** Reads and checks the form of a folder's manifest (its MAC is checked by the caller, with a key). */
export async function readManifest(folder: string): Promise<ManifestRead> {
  let text: string;
  try {
    text = await readFile(join(folder, MANIFEST_FILE), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, missing, problem: missing ? '文件夹中没有备份说明文件（manifest.json），不是廉情的备份' : '无法读取备份说明文件（manifest.json）' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, missing: false, problem: '备份说明文件（manifest.json）已损坏，无法读取' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, missing: false, problem: '备份说明文件（manifest.json）格式不对' };
  const { mac: given, ...rest } = parsed as Record<string, unknown>;
  const body = bodySchema.safeParse(rest);
  if (!body.success || typeof given !== 'string') {
    const format = (rest as { format?: unknown }).format;
    return {
      ok: false,
      missing: false,
      problem: typeof format === 'string' && format !== MANIFEST_FORMAT ? `备份的格式（${format}）不是本程序能读的，请用较新版本的廉情` : '备份说明文件（manifest.json）格式不对或被改动过',
    };
  }
  // The MAC is over the body as it stands in the file (its order of fields), so any edit fails it.
  const json = JSON.stringify(rest);
  return { ok: true, manifest: body.data, macOk: (key) => sameMac(given, macOf(key, json)) };
}
