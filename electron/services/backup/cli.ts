// `lianqing backup`: a backup now, through the dispatcher like every other host (the same checks,
// the same audit entry as 立即备份 on the page).
import { BACKUP_KIND_LABELS, type BackupEntry } from '../../../shared/backup/index.ts';
import type { CliCommand } from '../kernel/cli.ts';

/** What a backup holds, on one line. */
export function countsLine(b: Pick<BackupEntry, 'counts'>): string {
  const c = b.counts;
  return `单位 ${c.units} 个，人员 ${c.people} 名，信访件 ${c.tips} 件，附件 ${c.attachments} 个`;
}

export function sizeText(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const backupCommand: CliCommand = {
  words: ['backup'],
  usage: `  backup  --db PATH [--to FOLDER]                备份数据库和附件（加密，写完后校验）：默认存入数据文件夹的 backups，
                                                或存入 --to 指定的文件夹（如U盘，须为已存在的文件夹的完整路径）`,
  options: { to: { type: 'string' } },
  clock: true,
  async run(cli) {
    const to = cli.options.to;
    if (typeof to === 'boolean') return cli.fail('--to 应为文件夹路径。', 2);
    const started = performance.now();
    const made = await cli.call('backup.create', to === undefined ? {} : { folder: to });
    const b = made.backup;
    cli.out(`已备份（${BACKUP_KIND_LABELS[b.kind]}，写完后已校验）：${b.folder}\n`);
    cli.out(`备份时间 ${b.madeAtLocal}；${countsLine(b)}；大小 ${sizeText(b.bytes)}；用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒\n`);
  },
};

export const backupCommands: readonly CliCommand[] = [backupCommand];
