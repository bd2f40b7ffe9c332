// At start, the attachment folder is brought in line with the records: an upload writes its
// content under a temporary name before its transaction and moves it into place after the commit,
// so a crash can leave a temporary file (the upload never committed, or committed but not moved)
// or — from an older version — content no record refers to. Such files may hold a reporter's
// letter: they are removed. A temporary file whose content is recorded but missing from its place
// is moved there instead (the crash came between the commit and the move). Temporary files younger
// than TEMP_GRACE_MS are left alone: another process sharing the data folder may be uploading.
// Content stored before the files were encrypted is sealed in place (kernel/sealedFiles.ts), once
// its hash is right: afterwards no attachment file holds its content in plaintext.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { wipeFile } from '../../../db/crypt/convert.ts';
import { OWNER_FILE } from '../../../db/ownerOnly.ts';
import { isSealed, seal } from '../kernel/sealedFiles.ts';
import { join } from 'node:path';
import { isFileRecorded } from '../../../db/repos/tips/tips.ts';
import type { ServiceContext } from '../kernel/context.ts';
import { attachmentsFolder } from '../kernel/storedFiles.ts';

const TEMP_GRACE_MS = 10 * 60 * 1000;
const STORED = /^[0-9a-f]{64}$/;
const TEMP = /^([0-9a-f]{64})\.[0-9a-f-]{36}\.tmp$/;

export interface SweepResult {
  removed: number;
  recovered: number;
  /** Plaintext content from before encryption, now sealed. */
  sealed: number;
}

/** A recorded file still in plaintext: sealed under a temporary name, flushed, moved over it; the plaintext overwritten. */
function sealInPlace(ctx: ServiceContext, path: string, sha256: string): boolean {
  const data = readFileSync(path);
  if (isSealed(data) || createHash('sha256').update(data).digest('hex') !== sha256) return false;
  const tmp = `${path}.${randomUUID()}.tmp`;
  const fd = openSync(tmp, 'wx', OWNER_FILE);
  try {
    writeSync(fd, seal(ctx.keys.files, sha256, data));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // The plaintext's bytes are overwritten through a second name before the sealed file takes its place.
  const old = `${path}.${randomUUID()}.tmp`;
  renameSync(path, old);
  renameSync(tmp, path);
  wipeFile(old);
  return true;
}

export function sweepAttachments(ctx: ServiceContext): SweepResult {
  const root = attachmentsFolder(ctx.dbFile);
  const result: SweepResult = { removed: 0, recovered: 0, sealed: 0 };
  if (!existsSync(root)) return result;
  const now = ctx.clock.now().getTime();
  for (const shard of readdirSync(root)) {
    const dir = join(root, shard);
    if (!/^[0-9a-f]{2}$/.test(shard) || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (STORED.test(name)) {
        if (!isFileRecorded(ctx.db, name)) {
          rmSync(path, { force: true });
          result.removed++;
        } else if (sealInPlace(ctx, path, name)) {
          result.sealed++;
        }
        continue;
      }
      const temp = TEMP.exec(name);
      if (!temp) continue;
      const sha256 = temp[1] as string;
      const final = join(dir, sha256);
      if (isFileRecorded(ctx.db, sha256) && !existsSync(final)) {
        renameSync(path, final);
        result.recovered++;
      } else if (now - statSync(path).mtimeMs > TEMP_GRACE_MS) {
        rmSync(path, { force: true });
        result.removed++;
      }
    }
  }
  return result;
}
