// The backup domain's settings: how long the daily automatic backups are kept, and an optional
// second place they are copied to.
import { z } from '../kernel/zod.ts';
import { setting } from '../kernel/settings.ts';
import { isAbsoluteFolder } from './names.ts';

const BACKUP = '备份';

export const backupSettings = {
  /** Optional in the input (older callers send the other settings only). */
  backupKeepDays: setting({
    schema: z.int({ error: '自动备份保留天数应为整数' }).min(1, '自动备份保留天数为1到365天').max(365, '自动备份保留天数为1到365天').optional(),
    default: 14,
    label: '自动备份保留天数',
    hint: '每天自动备份一次（保存在数据文件夹的 backups 中）；早于该天数的自动备份会被删除，手动备份和恢复前的备份不会（1到365）',
    kind: 'number',
    group: BACKUP,
  }),
  backupSecondFolder: setting({
    schema: z
      .string({ error: '第二备份位置应为文字' })
      .trim()
      .max(1000, '第二备份位置的路径太长（至多1000个字符）')
      .refine((v) => v === '' || (!/[\u0000-\u001f]/.test(v) && isAbsoluteFolder(v)), '第二备份位置请填写完整的文件夹路径（如 D:\\廉情备份），或留空')
      .optional(),
    default: '',
    label: '第二备份位置',
    hint: '可选：每天的自动备份同时复制到这个文件夹（如另一块硬盘，填写完整路径）；留空则不复制',
    kind: 'text',
    group: BACKUP,
  }),
};
