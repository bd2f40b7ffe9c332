// 预警事项 on a unit's 廉情指数 page: what the unit's published quarters and year called for — each
// consequence with its period, why, where it stands, its deadline and what it made, opening its page.
import Link from '@mui/material/Link';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import { periodLabel } from '../../../shared/integrity/index.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { ClosedText, Flags, OverdueChip, StateChip } from '../common/Chips.tsx';
import { MadeLinks } from '../common/MadeLinks.tsx';
import { consequencePath, consequencesPath, href } from '../common/routes.ts';

const COLUMNS: Column<ConsequenceRow>[] = [
  { header: '期间', cell: (r) => periodLabel(r.year, r.quarter), width: 120 },
  { header: '事项', cell: (r) => <Link href={href(consequencePath(r.id))}>{r.kind}</Link>, width: 130 },
  { header: '依据', cell: (r) => r.basis },
  {
    header: '状态',
    cell: (r) => (
      <Stack direction="row" spacing={0.5}>
        <StateChip state={r.state} />
        {r.overdue ? <OverdueChip /> : null}
      </Stack>
    ),
    width: 130,
  },
  { header: '期限', cell: (r) => r.dueDate ?? '—', width: 100 },
  { header: '办理情况', cell: (r) => <MadeLinks row={r} />, width: 170 },
  {
    header: '提示',
    cell: (r) => (
      <>
        <Flags row={r} />
        <ClosedText row={r} />
      </>
    ),
  },
];

export function UnitConsequences({ unitId, year }: { unitId: number; year: number }) {
  const { user } = useSession();
  const may = canCall(user.role, 'consequences.ofUnit');
  const rows = useOp('consequences.ofUnit', { unitId, year }, { enabled: may && unitId > 0 });
  if (!may) return null;
  return (
    <Section title="预警事项" actions={<Link href={href(consequencesPath(year, 0))}>查看{year}年度预警闭环</Link>}>
      <ErrorAlert error={rows.error} sx={{}} />
      {rows.isFetching && !rows.data ? <LinearProgress aria-label="正在读取预警事项" /> : null}
      {rows.data ? <SimpleTable label="预警事项" columns={COLUMNS} rows={rows.data} rowKey={(r) => r.id} empty={`${year}年度没有已发布结果产生的预警事项。`} /> : null}
    </Section>
  );
}
