// The database cipher: SQLite3MultipleCiphers' ChaCha20-Poly1305 (every page encrypted and
// authenticated), keyed with a 256-bit random key derived from the install's master secret. The
// key is not a password: no stretching is needed (kdf_iter 1; the default 64,007 rounds would
// cost 25 ms per open for nothing). These settings are part of the file format: never change them.
import { openSync, readSync, closeSync, existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../types.ts';

export const CIPHER_SETTINGS = ['cipher = chacha20', 'kdf_iter = 1'] as const;

export class WrongKeyError extends Error {
  constructor(file: string) {
    super(`无法用当前的密钥打开数据库 ${file}：密钥与这个数据库不符，或文件已损坏。数据库未做任何改动。如是在另一台电脑上，请用恢复密钥（lianqing recover）。`);
    this.name = 'WrongKeyError';
  }
}

/** Sets the cipher and key on a connection just opened, and proves the key by reading the schema. */
export function applyKey(db: Db, key: Buffer, file: string): void {
  if (key.length !== 32) throw new Error('a database key has 32 bytes');
  for (const setting of CIPHER_SETTINGS) db.pragma(setting);
  db.pragma(`hexkey = '${key.toString('hex')}'`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError(file);
    throw error;
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What a file on disk is: absent (or empty), a plaintext SQLite database, or something else (encrypted). */
export function fileKind(file: string): 'absent' | 'plaintext' | 'encrypted' {
  if (!existsSync(file) || statSync(file).size === 0) return 'absent';
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(SQLITE_HEADER) ? 'plaintext' : 'encrypted';
}

/**
 * Encrypts a plaintext database file in place with the key (SQLite3MultipleCiphers' rekey, which
 * needs a rollback journal, not WAL) and checks that it took: the file no longer reads as SQLite.
 * Nothing else may have the file open.
 */
export function encryptInPlace(file: string, key: Buffer): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    for (const setting of CIPHER_SETTINGS) db.pragma(setting);
    db.pragma(`hexrekey = '${key.toString('hex')}'`);
  } finally {
    db.close();
  }
  if (fileKind(file) !== 'encrypted') throw new Error(`encryption did not take: ${file}`);
}
