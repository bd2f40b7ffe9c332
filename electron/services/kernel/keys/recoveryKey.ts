// The recovery key: the master secret written for a person — Crockford base32 in groups of five,
// with a two-byte check so that a mistyped character is caught before anything is tried.
// Reading forgives case, spaces, hyphens and the look-alikes O→0, I/L→1.
import { createHash } from 'node:crypto';
import { MASTER_BYTES } from './keyring.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_BYTES = 2;

function check(master: Buffer): Buffer {
  return createHash('sha256').update('lianqing-recovery').update(master).digest().subarray(0, CHECK_BYTES);
}

export function formatRecoveryKey(master: Buffer): string {
  const bytes = Buffer.concat([master, check(master)]);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,5}/g)?.join('-') ?? out;
}

export class RecoveryKeyError extends Error {}

/** The master secret from a typed recovery key, or a RecoveryKeyError saying what is wrong. */
export function parseRecoveryKey(typed: string): Buffer {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const expected = Math.ceil(((MASTER_BYTES + CHECK_BYTES) * 8) / 5);
  if (cleaned.length !== expected) throw new RecoveryKeyError(`恢复密钥应为 ${expected} 个字符（不计连字符），输入的是 ${cleaned.length} 个，请核对。`);
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const ch of cleaned) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) throw new RecoveryKeyError(`恢复密钥中有无效的字符“${ch}”，请核对。`);
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  const all = Buffer.from(bytes.slice(0, MASTER_BYTES + CHECK_BYTES));
  const master = all.subarray(0, MASTER_BYTES);
  // The last character's spare bits are written as zeros: a key typed with them set was mistyped
  // there (the check bytes alone would not see it, those bits carry nothing).
  if (value !== 0 || !check(master).equals(all.subarray(MASTER_BYTES))) throw new RecoveryKeyError('恢复密钥有误（校验不符），请逐个字符核对。');
  return Buffer.from(master);
}
