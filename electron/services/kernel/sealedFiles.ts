// Stored files at rest (attachments now; later rectification evidence): AES-256-GCM under the
// install's files key, with the file's content address (the plaintext's SHA-256, its name on disk)
// as additional data — a file swapped for another, cut short or changed fails to open.
//   'LQF1' | 12-byte IV | 16-byte tag | ciphertext
// Files written before encryption have no header: they are read as they are (their hash is
// checked by the caller) and sealed in place at the next start (sealLegacyFile).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('LQF1', 'latin1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES + TAG_BYTES;

export class SealedFileError extends Error {}

export function isSealed(stored: Buffer): boolean {
  return stored.length >= HEADER_BYTES && stored.subarray(0, MAGIC.length).equals(MAGIC);
}

export function seal(key: Buffer, sha256: string, plain: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(sha256, 'latin1'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
}

/** The content of a stored file; a legacy plaintext file is returned as it is. */
export function openSealed(key: Buffer, sha256: string, stored: Buffer): Buffer {
  if (!isSealed(stored)) return stored;
  const iv = stored.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = stored.subarray(MAGIC.length + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(sha256, 'latin1'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(stored.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new SealedFileError('stored file does not authenticate');
  }
}
