// #/schemes — the yearly scoring schemes: every version grouped by year (newest first) with its
// status, note, who made and enabled it and when, and how many publications used it; 新建方案
// for 案件监督管理室 and 系统管理员 opens the new draft's editor.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SchemeRow } from '../../../shared/integrity/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession, useToday } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { Empty, Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { NewSchemeDialog } from './NewSchemeDialog.tsx';

const COLUMNS: ReadonlyArray<Column<SchemeRow>> = [
  { header: '版本', cell: (r) => <Link href={`#/schemes/${r.id}`}>第{r.version}版</Link>, width: 80 },
  { header: '状态', cell: (r) => r.status, width: 70 },
  { header: '说明', cell: (r) => r.note || '—' },
  { header: '创建人/时间', cell: (r) => `${r.createdByName} ${formatTimestamp(r.createdAt)}`, width: 200 },
  { header: '启用人/时间', cell: (r) => (r.enabledAt ? `${r.enabledByName ?? ''} ${formatTimestamp(r.enabledAt)}` : '—'), width: 200 },
  { header: '已用于发布', cell: (r) => `${r.publications}次`, width: 90 },
];

/** The versions by year, newest year first (the service lists them so). */
function byYear(rows: readonly SchemeRow[]): Array<[number, SchemeRow[]]> {
  const groups = new Map<number, SchemeRow[]>();
  for (const r of rows) groups.set(r.year, [...(groups.get(r.year) ?? []), r]);
  return [...groups];
}

export function SchemesPage() {
  const { user } = useSession();
  const today = useToday();
  const navigate = useNavigate();
  const query = useOp('integrity.schemes', {});
  const [creating, setCreating] = useState(false);
  const editor = canCall(user.role, 'integrity.createScheme');
  const groups = byYear(query.data ?? []);
  return (
    <>
      <PageHeader title="评分方案">
        {editor ? (
          <Button variant="contained" onClick={() => setCreating(true)}>
            新建方案
          </Button>
        ) : null}
      </PageHeader>
      <ErrorAlert error={query.error} />
      {query.isPending ? <LinearProgress aria-label="正在加载评分方案" /> : null}
      {query.data && groups.length === 0 ? <Empty>尚无评分方案。{editor ? '请点击“新建方案”，从默认方案开始。' : ''}</Empty> : null}
      <Stack spacing={2}>
        {groups.map(([year, rows]) => {
          const inForce = rows.find((r) => r.status === '已启用');
          return (
            <Section
              key={year}
              title={`${year}年度`}
              actions={
                <Typography variant="body2" color="text.secondary">
                  {inForce ? `计算使用第${inForce.version}版` : '尚无启用的版本'}
                </Typography>
              }
            >
              <SimpleTable label={`${year}年度评分方案`} columns={COLUMNS} rows={rows} rowKey={(r) => r.id} empty="尚无版本" />
            </Section>
          );
        })}
      </Stack>
      {creating ? (
        <NewSchemeDialog
          year={Number(today.slice(0, 4))}
          onClose={() => setCreating(false)}
          onCreated={(made) => {
            setCreating(false);
            navigate(`/schemes/${made.id}`);
          }}
        />
      ) : null}
    </>
  );
}
