// The backup domain's piece of the contract: 备份与恢复 (系统管理员 only). Listing and looking
// at a backup reveal nothing of the office's records (counts and dates) and are plain reads;
// every backup and every restore is audited.
import { z } from '../kernel/zod.ts';
import { contractPiece, out, read, write } from '../kernel/contract.ts';
import { ADMIN_ONLY } from '../core/index.ts';
import { backupCreateInput, backupFolderInput, type BackupEntry, type BackupInspection, type BackupMade, type RestoreDone } from './shapes.ts';

const empty = z.strictObject({});

export const backupContract = contractPiece({
  domain: 'backup',
  ops: {
    'backup.list': read('查看备份', empty, ADMIN_ONLY, out<BackupEntry[]>()),
    'backup.create': write('立即备份', backupCreateInput, ADMIN_ONLY, out<BackupMade>()),
    /** The daily backup (the hosts call it as the system when none of today is there yet). */
    'backup.daily': write('自动备份', empty, ADMIN_ONLY, out<BackupMade>()),
    'backup.inspect': read('查看备份内容', backupFolderInput, ADMIN_ONLY, out<BackupInspection>()),
    'backup.restore': write('从备份恢复', backupFolderInput, ADMIN_ONLY, out<RestoreDone>()),
  },
  entities: { backup: '备份' },
  fields: {
    name: '备份名称',
    folder: '位置',
    kind: '类型',
    madeAt: '备份时间',
    units: '单位数',
    people: '人员数',
    tips: '信访件数',
    attachments: '附件数',
    second: '第二备份位置',
    pruned: '删除过期的自动备份',
    before: '恢复前的数据',
    result: '结果',
    problem: '原因',
    keyChanged: '更换密钥',
  },
});
