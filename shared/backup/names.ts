// What a backup folder is called and which automatic backups are past keeping — pure rules, so
// the services, the page and the tests read them the same way.
//   廉情备份-20261121-093005          手动 (立即备份, lianqing backup)
//   廉情备份-20261121-093005-自动     the daily automatic backup
//   廉情备份-20261121-093005-恢复前   the current data, copied before a restore replaced it
// A second backup within the same second gets -2, -3 … at the end. While it is written, a backup
// is a folder `<name>.partial-<process id>`: never taken for a backup, renamed when complete and
// verified, removed by the sweep when the process that wrote it is gone.
import { addDays } from '../kernel/workdays.ts';

export const BACKUP_KINDS = ['manual', 'auto', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Readonly<Record<BackupKind, string>> = { manual: '手动', auto: '自动', 'pre-restore': '恢复前' };

export const BACKUP_PREFIX = '廉情备份';

const SUFFIX: Readonly<Record<BackupKind, string>> = { manual: '', auto: '-自动', 'pre-restore': '-恢复前' };

const NAME = /^廉情备份-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(-自动|-恢复前)?(?:-([2-9]|[1-9]\d+))?$/u;
const PARTIAL = /^(.+)\.partial-(\d+)$/u;

export interface BackupName {
  kind: BackupKind;
  /** The office's date it was made, YYYY-MM-DD. */
  date: string;
  /** The office's time it was made, HH:mm:ss. */
  time: string;
}

/**
 * The name of a backup made at a moment of the office's clock (`local`: YYYY-MM-DD HH:mm:ss, see
 * secondInZone); `n` > 1 for the n-th made within that second.
 */
export function backupName(kind: BackupKind, local: string, n = 1): string {
  const digits = local.replace(/[^0-9]/g, '');
  if (digits.length !== 14) throw new Error(`a backup is named by a time like 2026-11-21 09:30:05, not ${local}`);
  return `${BACKUP_PREFIX}-${digits.slice(0, 8)}-${digits.slice(8)}${SUFFIX[kind]}${n > 1 ? `-${n}` : ''}`;
}

/** What a folder's name says about the backup in it; null for any other name (a partial one included). */
export function parseBackupName(name: string): BackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind: BackupKind = m[7] === '-自动' ? 'auto' : m[7] === '-恢复前' ? 'pre-restore' : 'manual';
  return { kind, date: `${m[1]}-${m[2]}-${m[3]}`, time: `${m[4]}:${m[5]}:${m[6]}` };
}

/** The folder a backup is written into before it is complete. */
export function partialName(name: string, pid: number): string {
  return `${name}.partial-${pid}`;
}

/** The process that was writing a partial backup, or null when the name is not one. */
export function partialOf(name: string): { name: string; pid: number } | null {
  const m = PARTIAL.exec(name);
  if (!m || parseBackupName(m[1] as string) === null) return null;
  return { name: m[1] as string, pid: Number(m[2]) };
}

/**
 * The automatic backups past keeping: made before the last `keepDays` days (today counts as the
 * first). The newest automatic backup is always kept, whatever its date (a clock set wrong must
 * not leave no backup at all). Only what is automatic by its name and by its manifest is given.
 */
export function autoBackupsPastKeeping(backups: ReadonlyArray<{ name: string; date: string }>, today: string, keepDays: number): string[] {
  const oldestKept = addDays(today, -(Math.max(1, keepDays) - 1));
  const newest = [...backups].sort((a, b) => b.name.localeCompare(a.name))[0];
  return backups.filter((b) => b.date < oldestKept && b !== newest).map((b) => b.name);
}

/**
 * A folder typed by a person: a whole path (C:\…, D:/…, \\server\share\…, /media/usb …), never
 * relative (which would land wherever the program happens to run).
 */
export function isAbsoluteFolder(path: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(path) || /^\\\\[^\\]+\\[^\\]+/.test(path) || path.startsWith('/');
}
