// A crash during a backup (issue 10: "a SIGKILL loop during a backup"): a process committing units
// and making backups one after the other is killed (SIGKILL) 10 times, each time at another point
// of a backup — as it begins, once its folder exists, once the database copy is written, while the
// attachments are copied, while it is verified. After each kill: `lianqing check` passes, every
// unit reported committed is there, every backup listed (each one that was completed) still
// verifies, a partial folder is never listed, and the next start's sweep removes it.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupPlaces, sweepPartialBackups, verifyBackup } from '../../../electron/services/backup/index.ts';
import { listBackups } from '../../../electron/services/backup/places.ts';
import { partialOf } from '../../../shared/backup/index.ts';
import { keysOf, openTestStore } from '../../helpers/store.ts';
import { addTip, officeWithTips } from '../officeData.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const WRITER = join(ROOT, 'tests/backup/hosts/crash/backupWriter.ts');
const CLI = join(ROOT, 'electron/hosts/cli.ts');
const KILLS = Number(process.env.LIANQING_BACKUP_KILLS ?? 10);

/** The moments a backup is killed at, in turn: each a condition seen on the disk (never a pause). */
const MOMENTS: Array<{ what: string; reached(partial: string | null): boolean }> = [
  { what: 'as it begins', reached: () => true },
  { what: 'once its folder exists', reached: (p) => p !== null },
  { what: 'once the database copy is there', reached: (p) => p !== null && existsSync(join(p, 'lianqing.sqlite')) },
  { what: 'while the attachments are copied', reached: (p) => p !== null && existsSync(join(p, 'attachments')) },
  { what: 'while it is verified', reached: (p) => p !== null && existsSync(join(p, 'manifest.json')) },
];

function partialIn(backups: string): string | null {
  if (!existsSync(backups)) return null;
  const name = readdirSync(backups).find((n) => partialOf(n) !== null && partialOf(n)?.pid !== process.pid);
  return name ? join(backups, name) : null;
}

function partialNames(backups: string): string[] {
  return existsSync(backups) ? readdirSync(backups).filter((n) => partialOf(n) !== null) : [];
}

interface Run {
  units: Array<[number, string]>;
  backups: string[];
  swept: number;
}

/** Runs the writer until its `nth` backup has begun and the moment is reached on the disk, then kills it. */
function backupAndKill(file: string, first: number, nth: number, moment: (typeof MOMENTS)[number]): Promise<Run> {
  const backups = join(file, '..', 'backups');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WRITER, file, String(first)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { units: [], backups: [], swept: 0 };
    let begun = 0;
    let pending = '';
    let errors = '';
    let watching = false;
    const watch = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (moment.reached(partialIn(backups))) child.kill('SIGKILL');
      else setImmediate(watch);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, a, b] = line.split('\t');
        if (kind === 'unit') run.units.push([Number(a), b ?? '']);
        else if (kind === 'backup') run.backups.push(a ?? '');
        else if (kind === 'swept') run.swept = Number(a);
        else if (kind === 'begin' && ++begun === nth && !watching) {
          watching = true;
          watch();
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(run) : fail(new Error(`writer ended with ${code}: ${errors}`))));
  });
}

describe('a process killed while making a backup', () => {
  it(`loses nothing committed, keeps every complete backup verifiable and never lists a partial one, over ${KILLS} SIGKILLs`, async () => {
    // An office with attachments, some of them large, so a backup takes long enough to be cut at each step.
    const fx = await officeWithTips();
    for (let i = 0; i < 6; i++) {
      await addTip(fx.env, fx.o, `附件较多的信访件 ${i}`, [{ fileName: `扫描件${i}.txt`, data: Buffer.from(`第${i}份材料\n`.repeat(40_000)) }], i);
    }
    const file = fx.env.file;
    fx.env.ctx.db.close();
    const keys = keysOf(file);
    const places = backupPlaces(file, '');
    const committed = new Map<number, string>();
    const completed = new Set<string>();
    let partialsLeft = 0;
    const seen: string[] = [];
    try {
      for (let k = 0; k < KILLS; k++) {
        const moment = MOMENTS[k % MOMENTS.length] as (typeof MOMENTS)[number];
        const run = await backupAndKill(file, (k + 1) * 10_000, 1 + (k % 2), moment);
        // The start after a kill swept what the kill before left.
        if (k > 0) expect(run.swept, `start ${k + 1} swept the partial backups left`).toBe(partialsLeft);
        for (const [id, name] of run.units) committed.set(id, name);
        for (const folder of run.backups) completed.add(folder);

        const checked = spawnSync(process.execPath, [CLI, 'check', '--db', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
        expect(checked.status, `after kill ${k + 1} (${moment.what}):\n${checked.stdout}${checked.stderr}`).toBe(0);
        const { db } = openTestStore(file);
        const names = new Map((db.prepare('SELECT id, name FROM units').all() as Array<{ id: number; name: string }>).map((u) => [u.id, u.name]));
        db.close();
        expect([...committed].filter(([id, name]) => names.get(id) !== name), `after kill ${k + 1}`).toEqual([]);

        const listed = await listBackups(places);
        for (const folder of completed) expect(listed.map((b) => b.folder), `a completed backup is listed after kill ${k + 1}`).toContain(folder);
        for (const b of listed) {
          expect(partialOf(b.name)).toBeNull();
          const check = await verifyBackup(b.folder, keys);
          expect(check.ok ? null : check.problem, `${b.name} after kill ${k + 1} (${moment.what})`).toBeNull();
        }
        partialsLeft = partialNames(places[0]!.folder).length;
        if (partialsLeft > 0) seen.push(moment.what);
      }
      // The kills did cut backups short, at more than one step.
      expect(seen.length).toBeGreaterThanOrEqual(Math.min(KILLS, 5));
      expect(completed.size).toBeGreaterThanOrEqual(1);
      // The last kill's partial folder goes at the next start, as each one before did (serve and the desktop sweep the same way).
      // Each was written by a process now killed: removed whatever its age.
      expect(sweepPartialBackups(places, 0)).toBe(partialsLeft);
      expect(partialNames(places[0]!.folder)).toEqual([]);
    } finally {
      rmSync(fx.env.dir, { recursive: true, force: true });
    }
  }, Math.max(300_000, KILLS * 20_000));
});
