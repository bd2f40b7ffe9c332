// The store as the hosts open it (kernel/keys/store.ts): encrypted, its key file in the test run's
// key folder (LIANQING_KEY_DIR, set by vitest.config.ts and playwright.config.ts), the audit
// head kept outside the database — for tests where several processes or the command line share
// a database, which must then share its key.
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../db/types.ts';
import { applyKey } from '../../db/crypt/cipher.ts';
import { keyFileFor } from '../../electron/hosts/paths.ts';
import { fileProtector } from '../../electron/services/kernel/keys/keyFile.ts';
import { deriveKeyring, type Keyring } from '../../electron/services/kernel/keys/keyring.ts';
import { headFileFor } from '../../electron/services/kernel/keys/outsideHead.ts';
import { loadMaster, openStore, type OpenedStore } from '../../electron/services/kernel/keys/store.ts';
import { envOver, TestClock, tempDir, type TestEnv } from './services.ts';
import { TEST_NOW } from './testDate.ts';

export function openTestStore(file: string, create = false, now?: () => Date): OpenedStore {
  return openStore({ dbFile: file, keyFile: keyFileFor(file), protector: fileProtector, create, now: now ?? (() => new Date(TEST_NOW.getTime())) });
}

/**
 * The database file opened as someone holding its key would open it by hand — no migration, no
 * head check — for tests that read or tamper with it directly.
 */
export function openKeyed(file: string, readonly = false): Db {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    applyKey(db, deriveKeyring(loadMaster(file, keyFileFor(file), fileProtector)).database, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** The keys of a database made by the tests (its key file in the run's key folder). */
export function keysOf(file: string): Keyring {
  return deriveKeyring(loadMaster(file, keyFileFor(file), fileProtector));
}

/**
 * A copy of a database together with its key and outside head, as one moved by the app would be —
 * and its stored files (the demo's 佐证材料) when it goes to another folder.
 */
export function copyStore(from: string, to: string): void {
  copyFileSync(from, to);
  const key = keyFileFor(to);
  mkdirSync(dirname(key), { recursive: true });
  copyFileSync(keyFileFor(from), key);
  copyFileSync(headFileFor(keyFileFor(from)), headFileFor(key));
  const files = join(dirname(from), 'attachments');
  if (dirname(from) !== dirname(to) && existsSync(files)) cpSync(files, join(dirname(to), 'attachments'), { recursive: true });
}

/**
 * A TestEnv over the store as the hosts open it — encrypted, its key file written, its audit head
 * kept outside — for the tests of the key store itself (makeEnv keys a plaintext file in memory).
 */
export function makeStoreEnv(at?: string): TestEnv {
  const dir = tempDir('lianqing-store-');
  const clock = new TestClock(at);
  const store = openTestStore(join(dir, 'lianqing.sqlite'), true, () => clock.now());
  return envOver(store, dir, clock, [store.keyFile, headFileFor(store.keyFile)]);
}
