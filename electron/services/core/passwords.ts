// Password hashing with scrypt at OWASP's parameters (N = 2^17, r = 8, p = 1).
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const LOG_N = 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function options(logN: number, r: number, p: number): ScryptOptions {
  return { N: 2 ** logN, r, p, maxmem: 256 * 1024 * 1024 };
}

function stored(salt: Buffer, key: Buffer): string {
  return `scrypt$${LOG_N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options(logN, r, p), (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return stored(salt, await derive(password, salt, LOG_N, R, P));
}

/** The same, blocking: only for work that must stay inside one transaction (the demo accounts). */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(16);
  return stored(salt, scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, options(LOG_N, R, P)));
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (!(logN >= 14 && logN <= 22 && r >= 1 && r <= 32 && p >= 1 && p <= 16)) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  const key = await derive(password, salt, logN, r, p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let dummy: Promise<string> | null = null;
/** A hash to verify against when the user does not exist, so timing does not tell. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('dummy-password-0');
  return dummy;
}
