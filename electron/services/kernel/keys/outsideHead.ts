// The audit head kept outside the database (beside the key, not beside the database): the newest
// committed entry's id and MAC, written after every commit that added entries. A database copied
// back over the current one is then behind it — "数据库被回退到较早的状态" — unless the app's own
// restore moved it (restore writes the restored head here). It is only ever written forward from
// what is committed, so a crash can leave it behind the database (harmless), never ahead of it.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AuditHead } from '../../../../db/repos/core/index.ts';
import { writeFileAtomic } from './keyFile.ts';

const headSchema = z.object({ id: z.number().int().min(0), mac: z.string() });

export class OutsideHead {
  private written = -1;
  readonly path: string | null;
  /** `path` null: a store kept in memory only (tests that make their own database). */
  constructor(path: string | null) {
    this.path = path;
  }

  /** The head as kept; 'missing' when the file is not there or cannot be read; null when none is kept. */
  read(): AuditHead | 'missing' | null {
    if (this.path === null) return null;
    if (!existsSync(this.path)) return 'missing';
    try {
      const parsed = headSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return parsed.success ? parsed.data : 'missing';
    } catch {
      return 'missing';
    }
  }

  /** Records a committed head; never moves backwards within this process. */
  record(head: AuditHead | null): void {
    if (this.path === null) return;
    const next = head ?? { id: 0, mac: '' };
    if (next.id <= this.written && this.written >= 0) return;
    writeFileAtomic(this.path, `${JSON.stringify(next)}\n`);
    this.written = next.id;
  }

  /** Sets the head whatever it was (creating a store, the app's own restore). */
  reset(head: AuditHead | null): void {
    this.written = -1;
    this.record(head);
  }
}

export function headFileFor(keyFile: string): string {
  return `${keyFile.replace(/\.key$/, '')}.head`;
}
