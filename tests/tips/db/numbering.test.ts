// Tip numbers under concurrent use: several processes register into one file at once; every
// number is given once, in order, without gaps.
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openTestStore } from '../../helpers/store.ts';
import { tempDir } from '../../helpers/services.ts';

function run(file: string, count: number, label: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'workers', 'registerTips.ts'), file, String(count), label], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`worker ${label} exited ${code}: ${err}`))));
  });
}

describe('tip numbering', () => {
  it('gives every number once and in order when four processes register at the same time', async () => {
    const dir = tempDir();
    const file = join(dir, 'shared.sqlite');
    openTestStore(file, true).db.close();
    try {
      const results = await Promise.all(['A', 'B', 'C', 'D'].map((l) => run(file, 40, l)));
      const all = results.flat();
      expect(all).toHaveLength(160);
      expect(new Set(all).size).toBe(160);
      for (const r of results) expect([...r].sort()).toEqual(r); // each process saw its numbers rise
      const { db } = openTestStore(file);
      const rows = db.prepare('SELECT number, seq FROM tips ORDER BY id').all() as Array<{ number: string; seq: number }>;
      db.close();
      const year = rows[0]!.number.slice(3, 7);
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 160 }, (_, i) => i + 1));
      expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 160 }, (_, i) => `XF-${year}-${String(i + 1).padStart(4, '0')}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
