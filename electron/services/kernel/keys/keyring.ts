// The install's secrets. One random 256-bit master secret per database; every key the store uses
// is derived from it for one purpose only (HKDF-SHA256), so the recovery key (the master, written
// down) opens everything on another machine, and no key serves two purposes.
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export const MASTER_BYTES = 32;

export interface Keyring {
  /** SQLite3MultipleCiphers' key of the database file (and its WAL, backups and migration copies). */
  readonly database: Buffer;
  /** Authenticates each audit entry (the chain's MAC). */
  readonly audit: Buffer;
  /** Keys the stored query codes: HMAC(key, sha256(code)). */
  readonly codes: Buffer;
  /** AES-256-GCM key of the stored attachment files. */
  readonly files: Buffer;
  /** Authenticates a backup's manifest (what it holds, each file's hash): services/backup. */
  readonly backup: Buffer;
}

const PURPOSES = ['database', 'audit', 'codes', 'files', 'backup'] as const;

export function newMasterSecret(): Buffer {
  return randomBytes(MASTER_BYTES);
}

export function deriveKeyring(master: Buffer): Keyring {
  if (master.length !== MASTER_BYTES) throw new Error(`a master secret has ${MASTER_BYTES} bytes`);
  const out = {} as Record<(typeof PURPOSES)[number], Buffer>;
  for (const purpose of PURPOSES) out[purpose] = Buffer.from(hkdfSync('sha256', master, 'lianqing', `lianqing/${purpose}/v1`, 32));
  return Object.freeze(out);
}

/** HMAC-SHA256 as hex: the one keyed hash of the store (audit chain, query codes). */
export function mac(key: Buffer, ...parts: string[]): string {
  const h = createHmac('sha256', key);
  parts.forEach((part, i) => {
    if (i > 0) h.update('\n');
    h.update(part);
  });
  return h.digest('hex');
}

export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
