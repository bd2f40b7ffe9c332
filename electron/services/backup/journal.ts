// A restore's journal: written once the backup's database is staged beside the current one
// (`<db>.restoring`) and before it is renamed over it; removed once the audit head kept outside the
// database (and, restoring another database's backup, its key file) match it. A crash in between
// leaves the journal; the next start — before anything opens the database — finishes the restore
// if the rename was made (the staged copy is gone: the rename moved it), or undoes its traces if
// not. So a crash never leaves a database whose outside head or key file belongs to another.
// It holds no secret: the head (id and MAC) and where the key and head files are.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../kernel/keys/keyFile.ts';
import { OutsideHead } from '../kernel/keys/outsideHead.ts';

const journalSchema = z.strictObject({
  format: z.literal('lianqing-restore/1'),
  head: z.strictObject({ id: z.int(), mac: z.string() }).nullable(),
  /** The head file kept outside the database (null: none is kept — a test's own store). */
  headFile: z.string().nullable(),
  /** The key file to install from `<keyFile>.restoring`, when the restore changes the key. */
  keyFile: z.string().nullable(),
});
export type RestoreJournal = z.infer<typeof journalSchema>;

export function journalPath(dbFile: string): string {
  return `${dbFile}.restore.json`;
}

/** The backup's database copied beside the current one, before it takes its place. */
export function stagedPath(dbFile: string): string {
  return `${dbFile}.restoring`;
}

export function stagedKeyPath(keyFile: string): string {
  return `${keyFile}.restoring`;
}

export function writeJournal(dbFile: string, journal: Omit<RestoreJournal, 'format'>): void {
  writeFileAtomic(journalPath(dbFile), `${JSON.stringify({ format: 'lianqing-restore/1', ...journal })}\n`);
}

export function removeJournal(dbFile: string): void {
  rmSync(journalPath(dbFile), { force: true });
}

function readJournal(dbFile: string): RestoreJournal | null {
  try {
    const parsed = journalSchema.safeParse(JSON.parse(readFileSync(journalPath(dbFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The database's key and head now match it (the restore's last steps; run again after a crash). */
export function finishSwap(journal: RestoreJournal): void {
  if (journal.keyFile && existsSync(stagedKeyPath(journal.keyFile))) renameSync(stagedKeyPath(journal.keyFile), journal.keyFile);
  if (journal.headFile) new OutsideHead(journal.headFile).reset(journal.head);
}

/** Clears what a restore that did not get as far as the swap left behind. */
export function undoStaging(dbFile: string, keyFile: string | null): void {
  rmSync(stagedPath(dbFile), { force: true });
  if (keyFile) rmSync(stagedKeyPath(keyFile), { force: true });
}

/**
 * At start, before the store is opened: a restore cut short is finished or undone. Returns what
 * was done ('none' when there was nothing to do).
 */
export function resumeRestore(dbFile: string): 'none' | 'finished' | 'undone' {
  if (!existsSync(journalPath(dbFile))) {
    // A copy staged by a restore that never began to swap: not the database, removed.
    rmSync(stagedPath(dbFile), { force: true });
    return 'none';
  }
  const journal = readJournal(dbFile);
  // The journal is written after the staged copy, and the copy leaves only by the rename.
  if (journal && !existsSync(stagedPath(dbFile)) && existsSync(dbFile)) {
    finishSwap(journal);
    removeJournal(dbFile);
    return 'finished';
  }
  undoStaging(dbFile, journal?.keyFile ?? null);
  removeJournal(dbFile);
  return 'undone';
}
