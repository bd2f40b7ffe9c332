// What the backup operations take and answer: a folder typed by the administrator, a backup as
// the list shows it, what one holds (查看), what a backup or a restore did.
import { z } from '../kernel/zod.ts';
import { isAbsoluteFolder, type BackupKind } from './names.ts';

const FOLDER_PROBLEM = '请填写完整的文件夹路径（如 E:\\廉情备份 或 /media/usb），不能是相对路径';

/** A folder typed by the administrator: a whole path, one line. */
export const folderPath = z
  .string({ error: '请填写文件夹' })
  .trim()
  .min(1, '请填写文件夹')
  .max(1000, '文件夹路径太长（至多1000个字符）')
  .refine((v) => !/[\u0000-\u001f]/.test(v), '文件夹路径中不能有换行或控制字符')
  .refine(isAbsoluteFolder, FOLDER_PROBLEM);

/** 立即备份: to the data folder's backups (no folder), or into a folder typed (a USB drive). */
export const backupCreateInput = z.strictObject({
  folder: z
    .string({ error: '文件夹应为文字' })
    .trim()
    .max(1000, '文件夹路径太长（至多1000个字符）')
    .refine((v) => v === '' || (!/[\u0000-\u001f]/.test(v) && isAbsoluteFolder(v)), FOLDER_PROBLEM)
    .optional(),
});

/** A backup folder itself (廉情备份-…), to look at or restore from. */
export const backupFolderInput = z.strictObject({ folder: folderPath });

export interface BackupCounts {
  units: number;
  people: number;
  tips: number;
  /** Attachment files held (each stored once, however many tips refer to it). */
  attachments: number;
}

/** Where a listed backup lies. */
export type BackupPlace = '数据文件夹' | '第二备份位置' | '指定文件夹';

export interface BackupEntry {
  /** The backup's folder, a whole path. */
  folder: string;
  name: string;
  place: BackupPlace;
  kind: BackupKind;
  /** When it was made (ISO, UTC) and as the office's clock showed it (YYYY-MM-DD HH:mm:ss). */
  madeAt: string;
  madeAtLocal: string;
  counts: BackupCounts;
  /** Its size on disk (database copy and attachment files). */
  bytes: number;
}

/** 查看: what a backup holds and whether it verifies (each file's hash, the database, the audit trail). */
export interface BackupInspection extends BackupEntry {
  schemaVersion: number;
  /** Attachments recorded but missing or damaged in the data folder when the backup was made. */
  absent: number;
  verified: boolean;
  /** Why it does not verify (null when it does). */
  problem: string | null;
}

export interface BackupMade {
  backup: BackupEntry;
  /** The copy in 第二备份位置 (daily backups, when set): its folder, or why it could not be made. */
  second: { folder: string | null; problem: string | null } | null;
  /** Automatic backups past keeping, removed. */
  pruned: number;
}

export interface RestoreDone {
  /** The backup restored. */
  restored: BackupEntry;
  /** The current data as it was before, kept as a backup (恢复前). */
  before: BackupEntry;
}
