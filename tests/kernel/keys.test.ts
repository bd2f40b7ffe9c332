// The install's secrets (electron/services/kernel/keys): the recovery key a person writes down and
// types back, the key file outside the data folder, the keys derived from the master secret, and
// the store opened with a recovery key typed at the command line instead of the key file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/services.ts';
import { openDatabase } from '../../db/open.ts';
import { deriveKeyring, mac, MASTER_BYTES, newMasterSecret, sameMac } from '../../electron/services/kernel/keys/keyring.ts';
import { fileProtector, KeyFileError, readKeyFile, unwrapSecret, writeKeyFile, type KeyProtector } from '../../electron/services/kernel/keys/keyFile.ts';
import { formatRecoveryKey, parseRecoveryKey, RecoveryKeyError } from '../../electron/services/kernel/keys/recoveryKey.ts';
import { loadMaster, openStore, StoreError } from '../../electron/services/kernel/keys/store.ts';

/** The moment the tests' key files say they were written (fixed: nothing here reads the wall clock). */
const WRITTEN = new Date('2026-11-21T04:00:00Z');

/** A fixed master secret: the figures below are the same at every run. */
const MASTER = Buffer.from(Array.from({ length: MASTER_BYTES }, (_, i) => (i * 37 + 11) % 256));
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The desktop's keystore as the tests stand it in: the secret wrapped with a marker. */
const keystore: KeyProtector = {
  kind: 'safeStorage',
  protect: (secret) => Buffer.from(`wrapped:${secret.toString('base64')}`),
  unprotect: (wrapped) => {
    const text = wrapped.toString('utf8');
    if (!text.startsWith('wrapped:')) throw new Error('not ours');
    return Buffer.from(text.slice('wrapped:'.length), 'base64');
  },
};

let dir: string;
beforeEach(() => {
  dir = tempDir('lianqing-keys-');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the recovery key', () => {
  it('writes the master in groups of five and reads it back, with or without hyphens, in any case', () => {
    for (const master of [MASTER, newMasterSecret(), Buffer.alloc(MASTER_BYTES), Buffer.alloc(MASTER_BYTES, 0xff)]) {
      const key = formatRecoveryKey(master);
      expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){10}$/);
      expect(parseRecoveryKey(key)).toEqual(master);
      expect(parseRecoveryKey(key.replace(/-/g, ''))).toEqual(master);
      expect(parseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toEqual(master);
      expect(parseRecoveryKey(`  ${key.replace(/-/g, ' - ')}\n`)).toEqual(master);
    }
  });

  it('forgives the look-alikes: O for 0, I and L for 1', () => {
    const key = formatRecoveryKey(Buffer.alloc(MASTER_BYTES)); // mostly zeros
    const withOnes = formatRecoveryKey(MASTER);
    expect(key).toContain('0');
    expect(withOnes).toContain('1');
    expect(parseRecoveryKey(key.replace(/0/g, 'O'))).toEqual(Buffer.alloc(MASTER_BYTES));
    expect(parseRecoveryKey(key.replace(/0/g, 'o'))).toEqual(Buffer.alloc(MASTER_BYTES));
    expect(parseRecoveryKey(withOnes.replace(/1/g, 'I'))).toEqual(MASTER);
    expect(parseRecoveryKey(withOnes.replace(/1/g, 'l'))).toEqual(MASTER);
    expect(parseRecoveryKey(withOnes.replace(/1/g, 'L'))).toEqual(MASTER);
  });

  it('catches a mistyped character anywhere, and two characters swapped, by its check', () => {
    const key = formatRecoveryKey(MASTER).replace(/-/g, '');
    // Every position, the last too (its spare bits must be zeros), each typed as the next character.
    for (let i = 0; i < key.length; i++) {
      const next = ALPHABET[(ALPHABET.indexOf(key[i] as string) + 1) % ALPHABET.length] as string;
      const typo = `${key.slice(0, i)}${next}${key.slice(i + 1)}`;
      expect(() => parseRecoveryKey(typo), `position ${i}`).toThrow(new RecoveryKeyError('恢复密钥有误（校验不符），请逐个字符核对。'));
    }
    for (let i = 0; i < key.length - 1; i++) {
      if (key[i] === key[i + 1]) continue;
      const swapped = `${key.slice(0, i)}${key[i + 1]}${key[i]}${key.slice(i + 2)}`;
      expect(() => parseRecoveryKey(swapped), `swap at ${i}`).toThrow(RecoveryKeyError);
    }
  });

  it('says what is wrong with a key of the wrong length or with a character it does not use', () => {
    const key = formatRecoveryKey(MASTER);
    expect(() => parseRecoveryKey(key.slice(0, -1))).toThrow('恢复密钥应为 55 个字符（不计连字符），输入的是 54 个，请核对。');
    expect(() => parseRecoveryKey(`${key}X`)).toThrow('输入的是 56 个');
    expect(() => parseRecoveryKey('')).toThrow('输入的是 0 个');
    expect(() => parseRecoveryKey(`U${key.slice(1)}`)).toThrow('恢复密钥中有无效的字符“U”，请核对。');
  });
});

describe('the keys derived from the master secret', () => {
  it('gives each purpose its own 32-byte key, the same for the same master and different for another', () => {
    const keys = deriveKeyring(MASTER);
    const all = [keys.database, keys.audit, keys.codes, keys.files];
    for (const key of all) expect(key).toHaveLength(32);
    expect(new Set(all.map((k) => k.toString('hex'))).size).toBe(4);
    for (const key of all) expect(key.equals(MASTER)).toBe(false);
    expect(deriveKeyring(Buffer.from(MASTER))).toEqual(keys);
    const other = deriveKeyring(newMasterSecret());
    expect(other.database.equals(keys.database)).toBe(false);
    expect(other.audit.equals(keys.audit)).toBe(false);
    expect(Object.isFrozen(keys)).toBe(true);
    expect(() => deriveKeyring(Buffer.alloc(16))).toThrow('a master secret has 32 bytes');
  });

  it('MACs with one key and not another; parts are kept apart', () => {
    const { audit, codes } = deriveKeyring(MASTER);
    const m = mac(audit, 'a', 'b');
    expect(m).toMatch(/^[0-9a-f]{64}$/);
    expect(sameMac(m, mac(audit, 'a', 'b'))).toBe(true);
    expect(sameMac(m, mac(codes, 'a', 'b'))).toBe(false);
    expect(sameMac(m, mac(audit, 'ab'))).toBe(false);
    expect(sameMac(m, m.slice(1))).toBe(false);
  });
});

describe('the key file', () => {
  it('is readable by its user only (0600, on POSIX), in a folder of its own (0700), and reads back as written', () => {
    const path = join(dir, 'keys', 'nested', 'lianqing.sqlite-abc.key');
    writeKeyFile(path, MASTER, fileProtector, '/data/lianqing.sqlite', new Date('2026-11-21T04:00:00Z'), true);
    // Windows keeps others out of the user's profile by its own rights; modes exist on POSIX.
    if (process.platform !== 'win32') {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'keys', 'nested')).mode & 0o777).toBe(0o700);
    }
    const content = readKeyFile(path);
    expect(content).toMatchObject({ format: 'lianqing-key/1', protection: 'file', database: '/data/lianqing.sqlite', created: '2026-11-21T04:00:00.000Z', recoveryPending: true });
    expect(unwrapSecret(content, fileProtector, path)).toEqual(MASTER);
  });

  it('wrapped by the keystore, keeps no plain secret, and opens only through it', () => {
    const path = join(dir, 'desktop.key');
    writeKeyFile(path, MASTER, keystore, '/data/lianqing.sqlite', WRITTEN, true);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(MASTER.toString('base64'));
    expect(text).not.toContain(MASTER.toString('hex'));
    const content = readKeyFile(path);
    expect(content.protection).toBe('safeStorage');
    expect(unwrapSecret(content, keystore, path)).toEqual(MASTER);
    expect(() => unwrapSecret(content, fileProtector, path)).toThrow(
      new KeyFileError(`密钥文件 ${path} 由桌面版在本机的系统密钥库中保管：请用桌面程序执行该命令（Lianqing --cli …），或用 --recovery-key 给出恢复密钥。`),
    );
    // A file the keystore did not wrap, given to the desktop.
    const plain = join(dir, 'plain.key');
    writeKeyFile(plain, MASTER, fileProtector, '/data/x.sqlite', WRITTEN, false);
    expect(() => unwrapSecret(readKeyFile(plain), keystore, plain)).toThrow('不是由系统密钥库保管的');
  });

  it('names the way out when it is corrupt, malformed, cannot be unwrapped or holds a key of the wrong length', () => {
    const path = join(dir, 'broken.key');
    writeFileSync(path, '{"format": "lianqing-key/1", "protec');
    expect(() => readKeyFile(path)).toThrow(new KeyFileError(`密钥文件已损坏，无法读取：${path}。如有恢复密钥，可用它恢复（lianqing recover）。`));
    writeFileSync(path, JSON.stringify({ format: 'lianqing-key/2', protection: 'file', secret: 'x' }));
    expect(() => readKeyFile(path)).toThrow(`密钥文件格式不对：${path}。如有恢复密钥，可用它恢复（lianqing recover）。`);
    expect(() => readKeyFile(join(dir, 'none.key'))).toThrow(`无法读取密钥文件 ${join(dir, 'none.key')}`);

    writeKeyFile(path, MASTER, keystore, '/data/x.sqlite', WRITTEN, false);
    const content = readKeyFile(path);
    const anotherAccount: KeyProtector = { ...keystore, unprotect: () => { throw new Error('DPAPI: the data is invalid'); } };
    expect(() => unwrapSecret(content, anotherAccount, path)).toThrow('（是否换了电脑或 Windows 账号？）。请用恢复密钥恢复（lianqing recover）。');
    writeKeyFile(path, MASTER.subarray(0, 16), fileProtector, '/data/x.sqlite', WRITTEN, false);
    expect(() => unwrapSecret(readKeyFile(path), fileProtector, path)).toThrow('中的密钥长度不对，文件可能已损坏');
  });
});

describe('the store opened with a recovery key typed at the command line', () => {
  /** An encrypted database with its key file written by the keystore (as the desktop makes it). */
  function desktopStore(): { file: string; keyFile: string } {
    const file = join(dir, 'data', 'lianqing.sqlite');
    const keyFile = join(dir, 'data-keys', 'lianqing.key');
    mkdirSync(join(dir, 'data'), { recursive: true });
    openStore({ dbFile: file, keyFile, protector: keystore, create: true, now: () => WRITTEN }).db.close();
    return { file, keyFile };
  }

  it('opens the database without unwrapping the key file, and leaves the file as it was', () => {
    const { file, keyFile } = desktopStore();
    const master = loadMaster(file, keyFile, keystore);
    const before = readFileSync(keyFile, 'utf8');
    const opened = openStore({ dbFile: file, keyFile, protector: fileProtector, create: false, master: parseRecoveryKey(formatRecoveryKey(master)), now: () => WRITTEN });
    expect(opened.keys).toEqual(deriveKeyring(master));
    expect((opened.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n).toBe(0);
    opened.db.close();
    expect(readFileSync(keyFile, 'utf8')).toBe(before);
    // Without it, the command line's own protector cannot read the desktop's file.
    expect(() => openStore({ dbFile: file, keyFile, protector: fileProtector, create: false, now: () => WRITTEN })).toThrow(StoreError);
  });

  it('refuses another database’s recovery key, a plaintext database, and a PC without the key file, changing nothing', () => {
    const { file, keyFile } = desktopStore();
    const bytes = readFileSync(file);
    expect(() => openStore({ dbFile: file, keyFile, protector: fileProtector, create: false, master: newMasterSecret(), now: () => WRITTEN })).toThrow('密钥与这个数据库不符');
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const elsewhere = join(dir, 'elsewhere.key');
    expect(() => openStore({ dbFile: file, keyFile: elsewhere, protector: fileProtector, create: false, master: MASTER, now: () => WRITTEN })).toThrow(
      `这台电脑上没有数据库 ${file} 的密钥文件（应在 ${elsewhere}）：请先用恢复密钥建立它（lianqing recover --db ${file} --recovery-key <恢复密钥>）。数据库未做任何改动。`,
    );

    const plain = join(dir, 'plain.sqlite');
    openDatabase(plain).db.close();
    expect(() => openStore({ dbFile: plain, keyFile, protector: fileProtector, create: false, master: MASTER, now: () => WRITTEN })).toThrow(`数据库 ${plain} 尚未加密，不需要恢复密钥。`);
    expect(() => openStore({ dbFile: join(dir, 'none.sqlite'), keyFile, protector: fileProtector, create: true, master: MASTER, now: () => WRITTEN })).toThrow('数据库文件不存在');
  });

  it('without a key file or a recovery key, says how to recover and touches nothing', () => {
    const { file } = desktopStore();
    const missing = join(dir, 'missing.key');
    expect(() => loadMaster(file, missing, fileProtector)).toThrow(`找不到数据库 ${file} 的密钥文件（应在 ${missing}）。数据库未做任何改动。`);
    expect(() => loadMaster(file, missing, fileProtector)).toThrow(`lianqing recover --db ${file} --recovery-key <恢复密钥>`);
  });
});
