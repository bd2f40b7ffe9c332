// Test helpers: a real SQLite file in a temp folder, the real services, a settable clock.
import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open.ts';
import type { Db } from '../../db/types.ts';
import { insertUser } from '../../db/repos/core/users.ts';
import type { OpInput, OpName, OpOutput } from '../../shared/api.ts';
import type { Role } from '../../shared/core/roles.ts';
import type { ApiResponse } from '../../shared/kernel/errors.ts';
import { createServiceContext, memoryStore, type ServiceContext, type StoreHandle } from '../../electron/services/kernel/context.ts';
import { dispatch } from '../../electron/services/dispatch.ts';
import { hashPassword } from '../../electron/services/core/passwords.ts';
import { TEST_NOW } from './testDate.ts';
import { iterateAuditTexts } from '../../db/repos/core/audit.ts';
import { unlabelledAuditKeys } from '../../shared/audit.ts';

/** A clock the test sets: by default the tests' "now" (TEST_NOW, see testDate.ts). */
export class TestClock {
  private t: number;
  constructor(iso: string = TEST_NOW.toISOString()) {
    this.t = new Date(iso).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  advanceMinutes(minutes: number): void {
    this.t += minutes * 60_000;
  }
}

export interface TestEnv {
  dir: string;
  file: string;
  db: Db;
  ctx: ServiceContext;
  clock: TestClock;
  sleeps: number[];
  close(): void;
}

export function tempDir(prefix = 'lianqing-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A fresh database and the real services. The clock starts at the tests' "now" (TEST_NOW),
 * or at `at` for a suite written about particular calendar dates (the 2026 holidays, a year's
 * statistics): those pin their own day and so hold on whatever day the suite runs.
 */
export function makeEnv(at?: string): TestEnv {
  const dir = tempDir();
  const file = join(dir, 'test.sqlite');
  const { db } = openDatabase(file);
  return envOver(memoryStore(db, file), dir, new TestClock(at));
}

/**
 * The services over a store the test opened, with the clock given and the pauses counted. Closing
 * removes the folder (and `alsoRemove`) — after checking that every audit entry is labelled, when
 * the test left the database open (one that closed it, to copy or replace its file, checked what
 * it needed).
 */
export function envOver(store: StoreHandle, dir: string, clock: TestClock, alsoRemove: readonly string[] = []): TestEnv {
  const ctx = createServiceContext(store, clock);
  const sleeps: number[] = [];
  ctx.sleep = async (ms) => {
    sleeps.push(ms);
  };
  return {
    dir,
    file: store.dbFile,
    // The context's connection: a restore (backup.restore) replaces it.
    get db() {
      return ctx.db;
    },
    ctx,
    clock,
    sleeps,
    close() {
      const db = ctx.db;
      const unlabelled = db.open ? unlabelledEntries(db) : [];
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
      for (const f of alsoRemove) rmSync(f, { force: true });
      if (unlabelled.length > 0) throw new Error(`audit entries with keys no piece of the contract names:\n${unlabelled.join('\n')}`);
    },
  };
}

/**
 * Every audit entry of a database, walked as the audit page shows it: an operation, entity or
 * summary field that no domain's piece names would reach a person as a raw key. Each test
 * database is checked when it is closed, so every entry the suites produce is walked.
 */
export function unlabelledEntries(db: Db): string[] {
  const out = new Set<string>();
  for (const e of iterateAuditTexts(db)) for (const key of unlabelledAuditKeys(e)) out.add(`${e.op} ${e.entity}: ${key}`);
  return [...out];
}

export async function send(env: TestEnv, op: string, input: unknown, session: string | null = null): Promise<ApiResponse<unknown>> {
  return dispatch(env.ctx, { op, input, session });
}

/** Calls an operation and returns its value, failing the test with the message otherwise. */
export async function ok<K extends OpName>(env: TestEnv, op: K, input: OpInput<K>, session: string | null): Promise<OpOutput<K>> {
  const result = await dispatch(env.ctx, { op, input, session });
  if (!result.ok) throw new Error(`${op} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OpOutput<K>;
}

export const PASSWORD = 'Passw0rd!x';

/** The first administrator through the real set-up operation; returns the session token. */
export async function setupAdmin(env: TestEnv, loadDemo = false): Promise<string> {
  const result = await ok(env, 'auth.setupAdmin', { username: 'admin', displayName: '管理员', password: PASSWORD, loadDemo }, null);
  return result.token;
}

let cachedHash: Promise<string> | null = null;

/** A user of the given role (inserted directly, password PASSWORD), signed in. */
export async function userWithRole(env: TestEnv, role: Role, username: string): Promise<string> {
  cachedHash ??= hashPassword(PASSWORD);
  insertUser(env.db, { username, displayName: `测试${role}`, role, passwordHash: await cachedHash, mustChangePassword: false }, env.clock.now().toISOString());
  const login = await ok(env, 'auth.login', { username, password: PASSWORD }, null);
  return login.token;
}

/** A fingerprint of everything stored: row counts of every table and the audit head. */
export function fingerprint(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
  const counts = tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]);
  const head = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'").get() as { value: string } | undefined;
  const versions = db.prepare('SELECT (SELECT total(version) FROM units) + (SELECT total(version) FROM people) + (SELECT total(version) FROM users) AS v').get() as { v: number };
  return JSON.stringify({ counts, head: head?.value ?? null, versions: versions.v });
}

/**
 * The fingerprint of everything but the refusals the audit trail records (a refused attempt
 * writes exactly that, in a transaction of its own): the audit counted without them, no head.
 */
export function fingerprintBesidesRefusals(db: Db): string {
  const f = JSON.parse(fingerprint(db)) as { counts: Array<[string, number]>; head: unknown; versions: number };
  const refusals = (db.prepare("SELECT count(*) AS n FROM audit WHERE entity = 'refusal'").get() as { n: number }).n;
  return JSON.stringify({ ...f, head: null, counts: f.counts.map(([t, n]) => [t, t === 'audit' ? n - refusals : n]) });
}

/**
 * For each test of the suite: a fresh database (clock at `at`, see makeEnv) with its first
 * administrator signed in, handed to `use`; closed (and its audit entries checked) afterwards.
 */
export function eachWithAdmin(use: (env: TestEnv, admin: string) => void, at?: string): void {
  let env: TestEnv | null = null;
  beforeEach(async () => {
    env = makeEnv(at);
    use(env, await setupAdmin(env));
  });
  afterEach(() => env?.close());
}
