// Where the master secret is kept outside the database: a key file readable by its user only
// (0600, in a folder 0700), in the user's key folder — never beside the database by default — or
// wherever --key-file / LIANQING_KEY_FILE says. On the desktop the secret inside is wrapped by the
// operating system's keystore (Electron safeStorage: DPAPI on Windows), so a copied key file opens
// nothing on another account or machine; the Node command line and the browser shell keep it
// unwrapped in the file and rely on its mode.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { MASTER_BYTES } from './keyring.ts';

/** How the secret is kept in the file. */
export interface KeyProtector {
  readonly kind: 'file' | 'safeStorage';
  protect(secret: Buffer): Buffer;
  unprotect(wrapped: Buffer): Buffer;
}

/** The Node command line and browser shell: the file's own mode protects it. */
export const fileProtector: KeyProtector = {
  kind: 'file',
  protect: (secret) => Buffer.from(secret),
  unprotect: (wrapped) => Buffer.from(wrapped),
};

const keyFileSchema = z.object({
  format: z.literal('lianqing-key/1'),
  protection: z.enum(['file', 'safeStorage']),
  secret: z.string().min(1),
  /** The database this key opens, for the person reading the folder. */
  database: z.string(),
  created: z.string(),
  /** True until an administrator has been shown the recovery key and said it is kept. */
  recoveryPending: z.boolean(),
});
export type KeyFileContent = z.infer<typeof keyFileSchema>;

export class KeyFileError extends Error {}

/** Writes a small file all at once: a temporary name, flushed, then renamed over the old one. */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

export function readKeyFile(path: string): KeyFileContent {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KeyFileError(`无法读取密钥文件 ${path}：${error instanceof Error ? error.message : String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KeyFileError(`密钥文件已损坏，无法读取：${path}。如有恢复密钥，可用它恢复（lianqing recover）。`);
  }
  const checked = keyFileSchema.safeParse(parsed);
  if (!checked.success) throw new KeyFileError(`密钥文件格式不对：${path}。如有恢复密钥，可用它恢复（lianqing recover）。`);
  return checked.data;
}

/** The master secret in a key file, unwrapped by the protector it was written with. */
export function unwrapSecret(content: KeyFileContent, protector: KeyProtector, path: string): Buffer {
  if (content.protection !== protector.kind) {
    throw new KeyFileError(
      content.protection === 'safeStorage'
        ? `密钥文件 ${path} 由桌面版在本机的系统密钥库中保管：请用桌面程序执行该命令（Lianqing --cli …），或用 --recovery-key 给出恢复密钥。`
        : `密钥文件 ${path} 不是由系统密钥库保管的，与本程序的保管方式不符。`,
    );
  }
  let secret: Buffer;
  try {
    secret = protector.unprotect(Buffer.from(content.secret, 'base64'));
  } catch {
    throw new KeyFileError(`无法用本机的系统密钥库解开密钥文件 ${path}（是否换了电脑或 Windows 账号？）。请用恢复密钥恢复（lianqing recover）。`);
  }
  if (secret.length !== MASTER_BYTES) throw new KeyFileError(`密钥文件 ${path} 中的密钥长度不对，文件可能已损坏。请用恢复密钥恢复（lianqing recover）。`);
  return secret;
}

export function writeKeyFile(path: string, secret: Buffer, protector: KeyProtector, database: string, now: Date, recoveryPending: boolean): void {
  const content: KeyFileContent = {
    format: 'lianqing-key/1',
    protection: protector.kind,
    secret: protector.protect(secret).toString('base64'),
    database,
    created: now.toISOString(),
    recoveryPending,
  };
  writeFileAtomic(path, `${JSON.stringify(content, null, 2)}\n`);
}

/** Marks the recovery key as seen and kept (the file is rewritten with the same secret). */
export function markRecoveryKept(path: string): void {
  const content = readKeyFile(path);
  writeFileAtomic(path, `${JSON.stringify({ ...content, recoveryPending: false }, null, 2)}\n`);
}

export function keyFileExists(path: string): boolean {
  return existsSync(path);
}
