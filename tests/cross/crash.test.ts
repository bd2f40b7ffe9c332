// Nothing committed is lost on a crash (issue: security and data safety §10): a process writing
// units through the dispatcher is killed (SIGKILL) 20 times at varied moments; after each kill
// every unit it reported as committed is there with its name, and `lianqing check` (integrity,
// foreign keys, schema version, audit chain) passes. `npm run soak` can run more kills.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { openTestStore } from '../helpers/store.ts';
import { tempDir } from '../helpers/services.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WRITER = join(ROOT, 'tests/cross/crash/writer.ts');
const CLI = join(ROOT, 'electron/hosts/cli.ts');
const KILLS = Number(process.env.LIANQING_CRASH_KILLS ?? 20);

/** Runs the writer until it has reported `after` commits, then kills it; resolves with what it reported. */
function writeAndKill(file: string, first: number, after: number): Promise<Array<[number, string]>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WRITER, file, String(first)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const reported: Array<[number, string]> = [];
    let pending = '';
    let errors = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [id, name] = line.split('\t');
        reported.push([Number(id), name ?? '']);
      }
      if (reported.length >= after) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(reported) : fail(new Error(`writer ended with ${code}: ${errors}`))));
  });
}

describe('a process killed while writing', () => {
  it(`loses nothing committed over ${KILLS} SIGKILLs, and lianqing check passes after each`, async () => {
    const dir = tempDir('lianqing-crash-');
    const file = join(dir, 'crash.sqlite');
    const committed = new Map<number, string>();
    try {
      for (let k = 0; k < KILLS; k++) {
        // Killed after 1 to 25 commits: the moment varies within a transaction and between them.
        for (const [id, name] of await writeAndKill(file, k * 10_000, 1 + ((k * 7) % 25))) committed.set(id, name);
        const checked = spawnSync(process.execPath, [CLI, 'check', '--db', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
        expect(checked.status, `after kill ${k + 1}:\n${checked.stdout}${checked.stderr}`).toBe(0);
        const { db } = openTestStore(file);
        const names = new Map((db.prepare('SELECT id, name FROM units').all() as Array<{ id: number; name: string }>).map((u) => [u.id, u.name]));
        db.close();
        const lost = [...committed].filter(([id, name]) => names.get(id) !== name);
        expect(lost, `after kill ${k + 1}`).toEqual([]);
      }
      expect(committed.size).toBeGreaterThanOrEqual(KILLS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, Math.max(300_000, KILLS * 5_000));
});
