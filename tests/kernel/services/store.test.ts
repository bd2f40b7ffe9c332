// The encrypted store as the hosts open it (electron/services/kernel/keys/store.ts): encrypted on
// disk, refused — untouched — with a wrong or missing key, an older plaintext database converted
// with nothing left in plaintext, a rolled-back database caught, and the recovery key.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import { migrate } from '../../../db/migrate.ts';
import { MIGRATIONS } from '../../../db/migrations/index.ts';
import { fileKind } from '../../../db/crypt/cipher.ts';
import { verifyAuditChain } from '../../../db/repos/core/audit.ts';
import { keyFileFor } from '../../../electron/hosts/paths.ts';
import { createServiceContext, memoryStore } from '../../../electron/services/kernel/context.ts';
import { readKeyFile } from '../../../electron/services/kernel/keys/keyFile.ts';
import { headFileFor } from '../../../electron/services/kernel/keys/outsideHead.ts';
import { parseRecoveryKey } from '../../../electron/services/kernel/keys/recoveryKey.ts';
import { StoreError } from '../../../electron/services/kernel/keys/store.ts';
import { fileProtector } from '../../../electron/services/kernel/keys/keyFile.ts';
import { loadMaster, recoverKeyFile } from '../../../electron/services/kernel/keys/store.ts';
import { dispatch } from '../../../electron/services/dispatch.ts';
import { makeEnv, ok, send, setupAdmin, tempDir, TestClock, type TestEnv } from '../../helpers/services.ts';
import { makeStoreEnv, openTestStore } from '../../helpers/store.ts';
import { TEST_NOW } from '../../helpers/testDate.ts';
import { namedTip, office, registryPeople } from '../../helpers/tips.ts';
import { undo0011, undo0012, undo0013, undo0014, undo0015 } from '../../helpers/undoMigrations.ts';

const MARKER = 'PLAINTEXT-MARKER-9d2b';
const envs: TestEnv[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const e of envs.splice(0)) e.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every file under a folder that holds the marker, as UTF-8 or UTF-16LE bytes. */
function filesWithMarker(dir: string, marker = MARKER): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (needles.some((n) => readFileSync(path).includes(n))) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A tip whose summary and content carry the marker, registered through the real operation. */
async function markedTip(env: TestEnv, token: string, anonymous = false) {
  const [p] = registryPeople(env, 1);
  const input = namedTip([p!], { summary: `反映问题 ${MARKER}`, content: `举报内容 ${MARKER}` });
  return ok(env, 'tips.register', anonymous ? { ...input, mode: '匿名', reporter: undefined } : input, token);
}

/** A plaintext database (as an older version kept it) with an office and a marked tip, in a folder of its own. */
async function plaintextOffice(): Promise<{ dir: string; file: string }> {
  const env = makeEnv();
  const o = await office(env);
  await markedTip(env, o.clerk);
  const dir = tempDir('lianqing-convert-');
  dirs.push(dir);
  const file = join(dir, 'lianqing.sqlite');
  env.db.prepare('VACUUM INTO ?').run(file);
  env.close();
  return { dir, file };
}

describe('a new store', () => {
  it('is encrypted: no marker in the database or its WAL; the key file is owner-only, outside the data folder', async () => {
    const env = makeStoreEnv();
    envs.push(env);
    const o = await office(env);
    await markedTip(env, o.clerk);
    expect(fileKind(env.file)).toBe('encrypted');
    expect(existsSync(`${env.file}-wal`)).toBe(true);
    expect(filesWithMarker(env.dir)).toEqual([]);
    const keyFile = keyFileFor(env.file);
    expect(relative(env.dir, keyFile).startsWith('..')).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(keyFile)).mode & 0o777).toBe(0o700);
      expect(statSync(env.file).mode & 0o777).toBe(0o600);
    }
    // The marker is there for whoever holds the key.
    expect(JSON.stringify(env.db.prepare('SELECT summary FROM tips').all())).toContain(MARKER);
  });
});

describe('a migration copy of an encrypted database', () => {
  it('is encrypted too (VACUUM INTO through the keyed connection), opens with the key, holds no marker', async () => {
    const env = makeStoreEnv();
    envs.push(env);
    const o = await office(env);
    await markedTip(env, o.clerk);
    // One more migration than the app has, applied as an upgrade would apply it.
    const extra = { version: MIGRATIONS.length + 1, name: 'test: one more', up: (db: typeof env.db) => db.exec('CREATE TABLE test_extra (x)') };
    const report = migrate(env.db, { file: env.file, now: () => env.clock.now(), migrations: [...MIGRATIONS, extra] });
    const copy = report.backupPath as string;
    expect(fileKind(copy)).toBe('encrypted');
    expect(filesWithMarker(env.dir)).toEqual([]);
    const opened = openDatabase(copy, { key: env.ctx.keys.database, readonly: true }).db;
    expect(JSON.stringify(opened.prepare('SELECT summary FROM tips').all())).toContain(MARKER);
    opened.close();
    env.db.exec('DROP TABLE test_extra');
    env.db.pragma(`user_version = ${MIGRATIONS.length}`);
  });
});

describe('a wrong or missing key', () => {
  it('is refused with a message saying what to do, the database untouched, and never a new empty database', async () => {
    const env = makeStoreEnv();
    envs.push(env);
    await setupAdmin(env);
    env.db.close();
    const before = sha256(env.file);
    const keyFile = keyFileFor(env.file);

    // Another database's key in its place.
    const other = makeStoreEnv();
    envs.push(other);
    const saved = readFileSync(keyFile);
    copyFileSync(keyFileFor(other.file), keyFile);
    expect(() => openTestStore(env.file)).toThrow(/密钥与这个数据库不符.*数据库未做任何改动/);
    expect(sha256(env.file)).toBe(before);

    // No key file: refused, for opening and for creating alike.
    rmSync(keyFile);
    for (const create of [false, true]) {
      expect(() => openTestStore(env.file, create)).toThrow(StoreError);
      expect(() => openTestStore(env.file, create)).toThrow(/找不到数据库 .* 的密钥文件.*recover/);
    }
    expect(sha256(env.file)).toBe(before);
    expect(existsSync(keyFile)).toBe(false);

    // The key kept but the database gone: no new empty database in its place.
    writeFileSync(keyFile, saved);
    const moved = `${env.file}.moved`;
    copyFileSync(env.file, moved);
    rmSync(env.file);
    expect(() => openTestStore(env.file, true)).toThrow(/数据库文件不见了.*不会在原处新建空库/);
    expect(existsSync(env.file)).toBe(false);
    copyFileSync(moved, env.file);
    openTestStore(env.file).db.close();
  });
});

describe('an older plaintext database', () => {
  it('is converted on opening: a verified encrypted backup first, the same rows, the audit chain keyed, query codes kept working, no plaintext left', async () => {
    // As version 9 left it: plaintext, audit entries without MACs, query codes as a bare hash.
    const env = makeEnv();
    const o = await office(env);
    const named = await markedTip(env, o.clerk);
    const anonymous = await markedTip(env, o.clerk, true);
    const code = anonymous.queryCode as string;
    env.db.prepare('UPDATE tips SET query_code_hash = ? WHERE id = ?').run(createHash('sha256').update(`lianqing-query-code:${code.replace(/-/g, '')}`).digest('hex'), anonymous.id);
    const head = (env.db.prepare("SELECT value FROM meta WHERE key = 'audit_head'").get() as { value: string }).value;
    env.db.prepare("UPDATE meta SET value = ? WHERE key = 'audit_head'").run(head.split(':').slice(0, 2).join(':'));
    env.db.exec('ALTER TABLE audit DROP COLUMN mac');
    // Nor the tables of 0011 (公文), 0012 (整改) and 0013 (谈话函询).
    undo0015(env.db);
    undo0014(env.db);
    undo0013(env.db);
    undo0012(env.db);
    undo0011(env.db);
    env.db.pragma('user_version = 9');
    const counts = (db: typeof env.db) =>
      Object.fromEntries((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
    const before = counts(env.db);
    const dir = tempDir('lianqing-convert-');
    dirs.push(dir);
    const file = join(dir, 'lianqing.sqlite');
    env.db.prepare('VACUUM INTO ?').run(file);
    env.close();
    // And a migration copy from an earlier upgrade, in plaintext too.
    copyFileSync(file, `${file}.v8-20260101T000000.bak`);
    expect(filesWithMarker(dir).sort()).toEqual(['lianqing.sqlite', 'lianqing.sqlite.v8-20260101T000000.bak']);

    const store = openTestStore(file);
    try {
      expect(store.converted).not.toBeNull();
      expect(fileKind(file)).toBe('encrypted');
      expect(filesWithMarker(dir)).toEqual([]);
      const backup = store.converted?.backupPath as string;
      expect(existsSync(backup)).toBe(true);
      expect(fileKind(backup)).toBe('encrypted');
      expect(readdirSync(dir).filter((n) => n.includes('.converting'))).toEqual([]);
      // The same rows (the schema brought up to date on the way), the trail keyed and whole.
      const after = counts(store.db);
      for (const [table, n] of Object.entries(before)) expect(after[table], table).toBe(n);
      expect(verifyAuditChain(store.db, store.keys.audit, store.outsideHead.read())).toMatchObject({ ok: true });
      expect(readKeyFile(store.keyFile).recoveryPending).toBe(true);
      // The backup opens with the same key and holds the same.
      const copy = openDatabase(backup, { key: store.keys.database, readonly: true }).db;
      expect(counts(copy)).toEqual(after);
      copy.close();

      // The code handed out before still answers; the named tip still reads.
      const ctx = createServiceContext(store, new TestClock());
      const login = await dispatch(ctx, { op: 'auth.login', input: { username: 'clerk', password: 'Passw0rd!x' }, session: null });
      if (!login.ok) throw new Error(login.error.message);
      const token = (login.value as { token: string }).token;
      expect(await dispatch(ctx, { op: 'tips.lookupCode', input: { code }, session: token })).toMatchObject({ ok: true, value: { status: '已受理' } });
      expect(await dispatch(ctx, { op: 'tips.get', input: { id: named.id }, session: token })).toMatchObject({ ok: true, value: { summary: `反映问题 ${MARKER}` } });
    } finally {
      store.db.close();
    }
    expect(filesWithMarker(dir)).toEqual([]);
  });

  it('cut off by a crash is done again at the next opening, the original kept meanwhile', async () => {
    const { dir, file } = await plaintextOffice();
    // What a crash in the middle left: the half-made copy (plaintext, before its encryption), and
    // the key file the conversion wrote first.
    copyFileSync(file, `${file}.converting`);
    const store0 = openTestStore(join(dir, 'other.sqlite'), true);
    store0.db.close();
    copyFileSync(keyFileFor(join(dir, 'other.sqlite')), keyFileFor(file));
    const master = loadMaster(file, keyFileFor(file), fileProtector);

    const store = openTestStore(file);
    store.db.close();
    expect(loadMaster(file, keyFileFor(file), fileProtector).equals(master)).toBe(true);
    expect(existsSync(`${file}.converting`)).toBe(false);
    expect(filesWithMarker(dir)).toEqual([]);
  });
});

describe('a conversion cut off between its two renames', () => {
  it('puts the original back at the next opening and converts it; an encrypted database replaced by a plaintext copy is refused', async () => {
    const { dir, file } = await plaintextOffice();
    const plaintextCopy = join(dir, 'copy-kept-by-someone.bin');
    copyFileSync(file, plaintextCopy);
    // The original set aside, the new file not yet in its place, the key file written.
    copyFileSync(file, `${file}.converting`);
    copyFileSync(file, `${file}.plaintext-old`);
    rmSync(file);
    const other = openTestStore(join(dir, 'other.sqlite'), true);
    other.db.close();
    copyFileSync(keyFileFor(join(dir, 'other.sqlite')), keyFileFor(file));

    const store = openTestStore(file);
    expect(store.converted).not.toBeNull();
    expect(JSON.stringify(store.db.prepare('SELECT summary FROM tips').all())).toContain(MARKER);
    store.db.close();
    expect(readdirSync(dir).filter((n) => n.startsWith('lianqing.sqlite') && !n.endsWith('.bak')).sort()).toEqual(['lianqing.sqlite']);

    // Later someone puts a plaintext copy in its place: not converted, refused.
    copyFileSync(plaintextCopy, file);
    rmSync(plaintextCopy);
    expect(() => openTestStore(file)).toThrow(/已加密使用过.*换成了旧的副本/);
    expect(fileKind(file)).toBe('plaintext');
  });
});

describe('a database rolled back to an older copy', () => {
  it('is refused at opening, untouched, and reported by the verification; the current one opens', async () => {
    const env = makeStoreEnv();
    envs.push(env);
    const admin = await setupAdmin(env);
    await ok(env, 'units.create', { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 10, leaderName: '' }, admin);
    env.db.pragma('wal_checkpoint(TRUNCATE)');
    const older = `${env.file}.older`;
    copyFileSync(env.file, older);
    await ok(env, 'units.create', { name: '青山乡', type: '镇（街道）', parentId: null, headcount: 10, leaderName: '' }, admin);
    env.db.close();
    const current = `${env.file}.current`;
    copyFileSync(env.file, current);
    copyFileSync(older, env.file);
    const before = sha256(env.file);
    expect(() => openTestStore(env.file)).toThrow(/数据库被回退到较早的状态/);
    expect(sha256(env.file)).toBe(before);
    copyFileSync(current, env.file);
    const store = openTestStore(env.file);
    expect(verifyAuditChain(store.db, store.keys.audit, store.outsideHead.read())).toMatchObject({ ok: true });
    store.db.close();
    // The head file itself gone: said plainly.
    rmSync(headFileFor(keyFileFor(env.file)));
    expect(() => openTestStore(env.file)).toThrow(/审计日志头.*不见了/);
  });
});

describe('the recovery key', () => {
  it('is shown to an administrator (audited, never the key) until one confirms keeping it, and opens the data on another machine', async () => {
    const env = makeStoreEnv();
    envs.push(env);
    const o = await office(env);
    expect(await ok(env, 'recovery.status', {}, o.admin)).toEqual({ pending: true });
    expect(await send(env, 'recovery.reveal', {}, o.leader)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const { recoveryKey } = await ok(env, 'recovery.reveal', {}, o.admin);
    expect(parseRecoveryKey(recoveryKey).equals(loadMaster(env.file, keyFileFor(env.file), fileProtector))).toBe(true);
    const trail = JSON.stringify(env.db.prepare("SELECT * FROM audit WHERE entity IN ('recovery-key', 'refusal')").all());
    expect(trail).toContain('recovery.reveal');
    expect(trail).not.toContain(recoveryKey.slice(0, 11));
    expect(await ok(env, 'recovery.confirmKept', {}, o.admin)).toEqual({ pending: false });
    expect(await ok(env, 'recovery.status', {}, o.admin)).toEqual({ pending: false });
    expect(await send(env, 'recovery.reveal', {}, o.admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(readFileSync(keyFileFor(env.file), 'utf8')).toContain('"recoveryPending": false');

    // Another machine: the database and no key file. A wrong key is refused and writes nothing.
    env.db.close();
    const elsewhere = tempDir('lianqing-elsewhere-');
    dirs.push(elsewhere);
    const moved = join(elsewhere, 'lianqing.sqlite');
    copyFileSync(env.file, moved);
    const keyFile = join(elsewhere, 'keys', 'lianqing.key');
    const wrong = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
    expect(() => recoverKeyFile(moved, keyFile, fileProtector, wrong, TEST_NOW)).toThrow(/恢复密钥有误/);
    expect(existsSync(keyFile)).toBe(false);
    recoverKeyFile(moved, keyFile, fileProtector, recoveryKey.toLowerCase(), TEST_NOW);
    const master = loadMaster(moved, keyFile, fileProtector);
    expect(master.equals(parseRecoveryKey(recoveryKey))).toBe(true);
  });

  it('is not kept for a store held in memory (the tests\' own databases): nothing pending', async () => {
    const env = makeEnv();
    envs.push(env);
    expect(memoryStore(env.db, env.file).recovery.pending()).toBe(false);
  });
});
