// How a backup is written on the page: its counts on one line, its size, its kind.
import { BACKUP_KIND_LABELS, type BackupCounts, type BackupKind } from '../../shared/backup/index.ts';

export function countsText(c: BackupCounts): string {
  return `单位 ${c.units} 个，人员 ${c.people} 名，信访件 ${c.tips} 件，附件 ${c.attachments} 个`;
}

export function sizeText(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function kindText(kind: BackupKind): string {
  return BACKUP_KIND_LABELS[kind];
}
