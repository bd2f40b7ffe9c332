// The cost of encryption (npm run bench, its last section; BENCH_ONLY=encryption runs only it):
// the bench's database, made encrypted the way the app makes an office's database encrypted, and
// the same operations timed on both, side by side.
//   - plaintext: a compact copy of the bench's file (VACUUM INTO), opened as before the encrypted
//     store (db/open.ts without a key; keys in memory, no head kept outside);
//   - encrypted: a byte-for-byte copy of that copy, opened through openStore (kernel/keys/store.ts)
//     with a key file in the bench's folder — which converts it as it converts an office's
//     plaintext database (db/crypt/convert.ts: VACUUM INTO, rekey, seal, verify, an encrypted
//     backup), and then keeps the audit head outside the database after every audited commit.
// Both copies are the same pages in the same order, each with its own connection. SQLite's page
// cache (16 MB per connection, the module's default) holds pages decrypted: only pages read from
// the file pay for the cipher.
// Runs alternate between the two, so both see the same operating-system cache.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import type { Db } from '../db/types.ts';
import { insertUser } from '../db/repos/core/users.ts';
import { createServiceContext, memoryStore, type Clock, type ServiceContext } from '../electron/services/kernel/context.ts';
import { fileProtector } from '../electron/services/kernel/keys/keyFile.ts';
import { openStore } from '../electron/services/kernel/keys/store.ts';
import { dispatch } from '../electron/services/dispatch.ts';
import { hashPassword } from '../electron/services/core/passwords.ts';
import type { OpName } from '../shared/api.ts';
import { bareTips, bareUnits, bareWhere, prepareBare } from './bare.ts';
import { fmt, median, megabytes, padEnd, padStart } from './format.ts';
import { rosterUpload } from './roster.ts';

export interface EncryptionBenchOptions {
  /** The bench's database (plaintext), fully built, and its file. */
  source: Db;
  sourceFile: string;
  /** The bench's own temporary folder: the copies, the key file and the backup go there. */
  dir: string;
  clock: Clock;
  /** BENCH_TODAY: the registered tips are received that day. */
  today: string;
  /** Runs per read operation (each side). */
  runs: number;
  /** The bench built tips (BENCH_TIPS > 0): the tip operations are compared too. */
  tips: boolean;
  /** The bench administrator's user name and password (on the source database). */
  admin: { username: string; password: string };
}

interface Side {
  name: 'plaintext' | 'encrypted';
  file: string;
  ctx: ServiceContext;
  admin: string;
  clerk: string;
  /** Opens the file as its kind of store is opened, reads a first page and closes it. */
  reopen(): void;
  /** The same through db/open.ts alone, the key given (no key file, no head outside). */
  reopenWithKey(): void;
}

const LABEL = 62;
function header(): void {
  console.log(padEnd('operation', LABEL) + padStart('plaintext ms', 13) + padStart('encrypted ms', 14) + padStart('enc/plain', 11) + padStart('runs', 6));
}
function line(label: string, plainMs: number, encryptedMs: number, runs: number): void {
  console.log(padEnd(label, LABEL) + padStart(fmt(plainMs), 13) + padStart(fmt(encryptedMs), 14) + padStart(`${(encryptedMs / plainMs).toFixed(2)}×`, 11) + padStart(String(runs), 6));
}

async function call(side: Side, op: OpName, input: unknown, session: string): Promise<unknown> {
  const r = await dispatch(side.ctx, { op, input, session });
  if (!r.ok) throw new Error(`${side.name} ${op}: ${r.error.message}`);
  return r.value;
}

async function signIn(ctx: ServiceContext, username: string, password: string): Promise<string> {
  const r = await dispatch(ctx, { op: 'auth.login', input: { username, password } });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { token: string }).token;
}

/**
 * Times `work` on both sides, `runs` times each after one untimed run each, alternating which side
 * goes first; prints the medians and their ratio.
 */
async function compare(sides: readonly [Side, Side], label: string, runs: number, work: (side: Side) => Promise<unknown> | unknown): Promise<void> {
  for (const side of sides) await work(side);
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const at of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = performance.now();
      await work(sides[at] as Side);
      times[at]?.push(performance.now() - start);
    }
  }
  line(label, median(times[0]), median(times[1]), runs);
}

/**
 * Times writes that cannot be repeated as the same work (an import of new rows): round r does
 * `work(side, r)` on both sides, the first round plaintext first, the second encrypted first;
 * prints the mean of each side's rounds.
 */
async function rounds(sides: readonly [Side, Side], label: string, count: number, work: (side: Side, round: number) => Promise<unknown>): Promise<void> {
  const ms: [number[], number[]] = [[], []];
  for (let round = 0; round < count; round++) {
    for (const at of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = performance.now();
      await work(sides[at] as Side, round);
      ms[at]?.push(performance.now() - start);
    }
  }
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  line(label, mean(ms[0]), mean(ms[1]), count);
}

function fileBytes(file: string): number {
  return statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
}

export async function encryptionFigures(o: EncryptionBenchOptions): Promise<void> {
  const now = o.clock.now().toISOString();
  const passwordHash = await hashPassword(o.admin.password);
  insertUser(o.source, { username: 'enc-clerk', displayName: '加密对比', role: '信访室', passwordHash, mustChangePassword: false }, now);
  o.source.pragma('wal_checkpoint(TRUNCATE)');
  const sourceBytes = fileBytes(o.sourceFile);

  const plainFile = join(o.dir, 'plaintext.sqlite');
  const encFile = join(o.dir, 'encrypted.sqlite');
  const keyFile = join(o.dir, 'keys', 'encrypted.key');
  mkdirSync(join(o.dir, 'keys'), { recursive: true, mode: 0o700 });
  o.source.prepare('VACUUM INTO ?').run(plainFile);
  copyFileSync(plainFile, encFile);
  const plainBytes = statSync(plainFile).size;

  // The app's own conversion of a plaintext database (a new key file, then db/crypt/convert.ts).
  // It also keys the copy's query codes again (they were keyed in memory by the bench's own
  // context): harmless here, nothing looks a code up.
  const convertStart = performance.now();
  const encrypted = openStore({ dbFile: encFile, keyFile, protector: fileProtector, create: false, now: o.clock.now });
  const convertMs = performance.now() - convertStart;
  if (!encrypted.converted) throw new Error('the encrypted copy was not converted');
  const encBytes = statSync(encFile).size;
  const backupBytes = statSync(encrypted.converted.backupPath).size;

  // Every audited commit of the encrypted store writes the head outside the database: timed apart.
  let headMs = 0;
  let headWrites = 0;
  const record = encrypted.outsideHead.record.bind(encrypted.outsideHead);
  encrypted.outsideHead.record = (head) => {
    const start = performance.now();
    record(head);
    headMs += performance.now() - start;
    headWrites += 1;
  };

  const plain = openDatabase(plainFile, { now: o.clock.now });
  const firstPage = (db: Db) => prepareBare(db, o.tips ? bareTips(bareWhere([]), 't.received_date DESC, t.id DESC', 25) : bareUnits(bareWhere([]), 'u.sort_key, u.name, u.id', 25))();
  const reopen = (file: string, key?: Buffer) => () => {
    const { db } = openDatabase(file, { now: o.clock.now, ...(key ? { key } : {}) });
    firstPage(db);
    db.close();
  };
  const makeSide = async (name: Side['name'], file: string, ctx: ServiceContext, reopenStore: () => void, reopenWithKey: () => void): Promise<Side> => ({
    name, file, ctx, reopen: reopenStore, reopenWithKey,
    admin: await signIn(ctx, o.admin.username, o.admin.password),
    clerk: await signIn(ctx, 'enc-clerk', o.admin.password),
  });
  const sides = [
    await makeSide('plaintext', plainFile, createServiceContext(memoryStore(plain.db, plainFile), o.clock), reopen(plainFile), reopen(plainFile)),
    await makeSide('encrypted', encFile, createServiceContext(encrypted, o.clock), () => {
      const { db } = openStore({ dbFile: encFile, keyFile, protector: fileProtector, create: false, now: o.clock.now });
      firstPage(db);
      db.close();
    }, reopen(encFile, encrypted.keys.database)),
  ] as const;

  console.log('');
  console.log('encryption: the same database plaintext and encrypted (SQLite3MultipleCiphers ChaCha20-Poly1305, kdf_iter 1), the same operations through dispatch()');
  console.log(
    `file sizes: plaintext ${megabytes(plainBytes)} (a compact copy; the bench's own file ${megabytes(sourceBytes)}), ` +
      `encrypted ${megabytes(encBytes)} (${(((encBytes - plainBytes) / plainBytes) * 100).toFixed(1)}% more), its encrypted backup ${megabytes(backupBytes)}`,
  );
  console.log(
    `conversion of the plaintext copy by openStore (VACUUM INTO, rekey, audit chain sealed, integrity and row counts verified, ` +
      `encrypted backup written and checked, put in place): ${fmt(convertMs / 1000)} s for ${encrypted.converted.rows} rows in ${encrypted.converted.tables} tables`,
  );
  header();

  await compare(sides, 'open the store (key file, open, key, head check, first page)', o.runs, (side) => side.reopen());
  await compare(sides, 'open the file, key given (db/open.ts, first page)', o.runs, (side) => side.reopenWithKey());
  if (o.tips) {
    const rareName = (o.source.prepare('SELECT name FROM tip_people WHERE length(name) = 3 ORDER BY tip_id LIMIT 1 OFFSET ?').get(Math.floor(countOf(o.source, 'tips') * 0.4)) as { name: string } | undefined)?.name ?? '王';
    await compare(sides, 'tips.list first page (25, newest first)', o.runs, (s) => call(s, 'tips.list', { pageSize: 25 }, s.admin));
    await compare(sides, 'tips.list page 1000', o.runs, (s) => call(s, 'tips.list', { pageSize: 25, page: 1000 }, s.admin));
    await compare(sides, 'tips.list filter 承办中 + 初步核实', o.runs, (s) => call(s, 'tips.list', { pageSize: 25, status: '承办中', disposal: '初步核实' }, s.admin));
    await compare(sides, 'tips.list filter 逾期', o.runs, (s) => call(s, 'tips.list', { pageSize: 25, due: '逾期' }, s.admin));
    await compare(sides, 'tips.list search 2 chars, common "补贴"', o.runs, (s) => call(s, 'tips.list', { pageSize: 25, q: '补贴' }, s.admin));
    await compare(sides, `tips.list search a name "${rareName}"`, o.runs, (s) => call(s, 'tips.list', { pageSize: 25, q: rareName }, s.admin));
    await compare(sides, 'tips.list search "村", exact total (计算总数)', o.runs, (s) => call(s, 'tips.list', { pageSize: 25, q: '村', exactTotal: true }, s.admin));
    await compare(sides, 'tips.dashboard (信访室)', o.runs, (s) => call(s, 'tips.dashboard', {}, s.clerk));
  }
  const unit = (o.source.prepare('SELECT name FROM units ORDER BY id LIMIT 1 OFFSET ?').get(Math.floor(countOf(o.source, 'units') / 3)) as { name: string }).name;
  const person = (o.source.prepare('SELECT name FROM people ORDER BY id LIMIT 1 OFFSET ?').get(Math.floor(countOf(o.source, 'people') / 2)) as { name: string }).name;
  await compare(sides, `units.list search 2 chars "${unit.slice(0, 2)}"`, o.runs, (s) => call(s, 'units.list', { pageSize: 25, q: unit.slice(0, 2) }, s.admin));
  await compare(sides, `people.list search 2 chars "${person.slice(0, 2)}"`, o.runs, (s) => call(s, 'people.list', { pageSize: 25, q: person.slice(0, 2) }, s.admin));
  await compare(sides, 'people.list page 1000 (by name)', o.runs, (s) => call(s, 'people.list', { pageSize: 25, page: 1000 }, s.admin));
  await compare(sides, 'home.summary', o.runs, (s) => call(s, 'home.summary', {}, s.admin));
  if (o.tips) {
    // Every page of the table read from the file (a new connection: nothing in its page cache) —
    // the cipher's throughput.
    const scan = (s: Side) => {
      const { db } = openDatabase(s.file, { now: o.clock.now, ...(s.name === 'encrypted' ? { key: encrypted.keys.database } : {}) });
      try {
        return db.prepare("SELECT count(*) AS n FROM tips WHERE instr(content, '龘') > 0").get();
      } finally {
        db.close();
      }
    };
    const tipsBytes = (o.source.prepare("SELECT sum(pgsize) AS n FROM dbstat WHERE name = 'tips'").get() as { n: number | null } | undefined)?.n;
    await compare(sides, `whole tips table read, new connection (${tipsBytes ? megabytes(tipsBytes) : 'bare SQL'}, no index)`, 5, scan);
  }

  // Writes: each commit in WAL with synchronous=FULL (an fsync per commit on both sides).
  if (o.tips) {
    const people = o.source.prepare('SELECT id, name FROM people ORDER BY id LIMIT 200').all() as Array<{ id: number; name: string }>;
    const registered: [number[], number[]] = [[], []];
    const withoutHead: number[] = [];
    headMs = 0;
    headWrites = 0;
    for (let i = 0; i < people.length; i++) {
      const p = people[i] as { id: number; name: string };
      const input = {
        receivedDate: o.today,
        channel: '来信',
        mode: '实名',
        reporter: { name: '张三丰', phone: '13812345678', idNumber: '', address: '临江县城关镇解放路18号' },
        people: [{ personId: p.id, name: p.name }],
        categories: ['廉洁纪律'],
        summary: `反映${p.name}违规发放集体土地征收补偿款问题（第${i + 1}件）`,
        content: '举报人反映，该村在土地征收补偿款发放过程中虚报冒领补偿款，优亲厚友，群众意见很大。',
      };
      for (const at of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const side = sides[at] as Side;
        const head = headMs;
        const start = performance.now();
        await call(side, 'tips.register', input, side.clerk);
        registered[at]?.push(performance.now() - start);
        if (at === 1) withoutHead.push(performance.now() - start - (headMs - head));
      }
    }
    line(`tips.register (${people.length} calls, median per call)`, median(registered[0]), median(registered[1]), people.length);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    line(`tips.register (${people.length} calls, all of them)`, sum(registered[0]), sum(registered[1]), 1);
    console.log(
      `  of the encrypted store's time: the audit head kept outside the database, ${fmt(headMs / Math.max(1, headWrites))} ms per commit ` +
        `(${headWrites} writes of a small file, fsynced); without it ${fmt(median(withoutHead))} ms per call (${(median(withoutHead) / median(registered[0])).toFixed(2)}× plaintext)`,
    );
  }
  // A roster of 20,000 new people, twice on each side (a unit of its own per round), the import's
  // code warmed on both sides first with a small roster, untimed.
  const rows = 20_000;
  const importUnits = ['加密对比导入单位甲', '加密对比导入单位乙'];
  const rosters = await Promise.all(importUnits.map((name) => rosterUpload(name, rows)));
  const warm = await rosterUpload('加密对比预热单位', 200);
  for (const s of sides) {
    for (const name of [...importUnits, '加密对比预热单位']) await call(s, 'units.create', { name, type: '机关部门', parentId: null, headcount: null, leaderName: '' }, s.admin);
    await call(s, 'people.importCommit', { ...warm, markMissingLeft: false }, s.admin);
  }
  await rounds(sides, `people.importCommit ${rows} new rows (one call; mean)`, rosters.length, (s, round) =>
    call(s, 'people.importCommit', { ...(rosters[round] as { fileName: string; dataBase64: string }), markMissingLeft: false }, s.admin));
  if (o.tips) {
    const dateFrom = (o.source.prepare('SELECT received_date AS d FROM tips ORDER BY received_date DESC LIMIT 1 OFFSET 9999').get() as { d: string } | undefined)?.d ?? o.today;
    await compare(sides, `tips.export (received since ${dateFrom}) to .xlsx`, 3, (s) => call(s, 'tips.export', { dateFrom }, s.admin));
  }

  for (const s of sides) s.ctx.db.close();
}

function countOf(db: Db, table: 'tips' | 'units' | 'people'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
