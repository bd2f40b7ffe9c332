// The attachment files a backup holds: each one the database copy records, read from the data
// folder and written into the backup as it is stored — sealed (AES-256-GCM under the files key,
// kernel/sealedFiles.ts). A file stored before sealing (plaintext) is sealed in the copy, so no
// backup ever holds a letter in plaintext. A file missing or damaged in the data folder is named
// in the manifest rather than stopping every backup.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredFile } from '../../../db/repos/backup/index.ts';
import { isSealed, openSealed, seal } from '../kernel/sealedFiles.ts';
import { ownerFolder, writeNewFile } from './durable.ts';
import { sha256Of } from './hashing.ts';
import type { ManifestBody } from './manifest.ts';

/** Where a stored file lies: attachments/ab/abcd…; its two-character folder. */
export function storedFilePath(root: string, sha256: string): string {
  return join(root, sha256.slice(0, 2), sha256);
}

/**
 * The file in its place, or — committed but not yet moved there (an upload the snapshot caught
 * between its commit and its move) — under its temporary name beside it.
 */
function findStored(root: string, sha256: string): string | null {
  const path = storedFilePath(root, sha256);
  if (existsSync(path)) return path;
  const shard = join(root, sha256.slice(0, 2));
  try {
    const temp = readdirSync(shard).find((name) => name.startsWith(`${sha256}.`) && name.endsWith('.tmp'));
    return temp ? join(shard, temp) : null;
  } catch {
    return null;
  }
}

/** The content of a stored file if it is what its name says, else null. */
export function contentOf(filesKey: Buffer, sha256: string, stored: Buffer): Buffer | null {
  try {
    const plain = openSealed(filesKey, sha256, stored);
    return sha256Of(plain) === sha256 ? plain : null;
  } catch {
    return null;
  }
}

export interface CopiedAttachments {
  held: ManifestBody['attachments'];
  absent: ManifestBody['absent'];
  /** The two-character folders written (each to be flushed). */
  folders: string[];
}

export async function copyAttachments(fromRoot: string, toRoot: string, files: readonly StoredFile[], filesKey: Buffer): Promise<CopiedAttachments> {
  const out: CopiedAttachments = { held: [], absent: [], folders: [] };
  if (files.length > 0) await ownerFolder(toRoot);
  for (const { sha256 } of files) {
    const from = findStored(fromRoot, sha256);
    if (!from) {
      out.absent.push({ sha256, reason: '数据文件夹中缺失' });
      continue;
    }
    const stored = await readFile(from);
    if (contentOf(filesKey, sha256, stored) === null) {
      out.absent.push({ sha256, reason: '数据文件夹中的文件已损坏或被改动' });
      continue;
    }
    const kept = isSealed(stored) ? stored : seal(filesKey, sha256, stored);
    const shard = join(toRoot, sha256.slice(0, 2));
    if (!out.folders.includes(shard)) {
      await ownerFolder(shard);
      out.folders.push(shard);
    }
    await writeNewFile(join(shard, sha256), kept);
    out.held.push({ sha256, bytes: kept.length, stored: sha256Of(kept) });
  }
  return out;
}
