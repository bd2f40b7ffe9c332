// The backup domain's page: 备份与恢复 (系统管理员), loaded when first opened.
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const backupPages: readonly PageDef[] = [
  {
    id: 'backup',
    title: '备份与恢复',
    op: 'backup.create',
    order: 95,
    icon: <BackupOutlined fontSize="small" />,
    routes: [{ path: 'backup', load: () => import('./BackupPage.tsx').then((m) => m.BackupPage) }],
  },
];
