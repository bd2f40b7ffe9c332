// The columns of a year's list: the unit (opening its consequence), its grade and score, the people
// with their category, post and why (a removed one struck through, with the reason), the marks, and
// 增列人员 / 移出 by role.
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import type { AwardListRow, AwardPerson } from '../../../shared/consequences/index.ts';
import { formatHundredths } from '../../../shared/integrity/index.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { consequencePath, href } from '../common/routes.ts';

export interface AwardRowSteps {
  mayAdd: boolean;
  mayRemove: boolean;
  add(row: AwardListRow): void;
  remove(row: AwardListRow, person: AwardPerson): void;
}

/** 张三（主要负责人，村党支部书记）：发布时登记的主要负责人 */
export function personText(p: AwardPerson): string {
  return `${p.personName}（${p.category}${p.post ? `，${p.post}` : ''}）：${p.basis}`;
}

function People({ row, steps }: { row: AwardListRow; steps: AwardRowSteps }) {
  if (row.persons.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack spacing={0.5} sx={{ py: 0.25 }}>
      {row.persons.map((p) => (
        <Stack key={p.id} direction="row" spacing={0.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={p.removed ? { textDecoration: 'line-through', color: 'text.secondary' } : undefined}>
            {personText(p)}
          </Typography>
          {p.removed ? (
            <Typography variant="body2" color="text.secondary">
              已移出：{p.removed.reason}
            </Typography>
          ) : steps.mayRemove && row.closed === null ? (
            <RowButton color="inherit" onClick={() => steps.remove(row, p)}>
              移出
            </RowButton>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}

export function awardColumns(steps: AwardRowSteps): GridColDef<AwardListRow>[] {
  const columns: GridColDef<AwardListRow>[] = [
    {
      field: 'unitName',
      headerName: '单位',
      width: 160,
      renderCell: (p) => (
        <Link href={href(consequencePath(p.row.consequenceId))} underline="hover" tabIndex={p.tabIndex}>
          {p.row.unitName}
        </Link>
      ),
    },
    { field: 'unitType', headerName: '单位类型', width: 100 },
    { field: 'grade', headerName: '等级与得分', width: 120, valueGetter: (_v, row) => `${row.grade}级 ${formatHundredths(row.score)}分` },
    {
      field: 'persons',
      headerName: '人员',
      flex: 1,
      minWidth: 320,
      valueGetter: (_v, row) => row.persons.map(personText).join('；'),
      renderCell: (p) => <People row={p.row} steps={steps} />,
    },
    {
      field: 'marks',
      headerName: '提示',
      width: 200,
      valueGetter: (_v, row) => [row.stale ? `与结果不符：${row.stale}` : '', row.closed ? `已关闭：${row.closed.reason}` : ''].filter(Boolean).join('；'),
      renderCell: (p) => (
        <Stack spacing={0.25}>
          {p.row.stale ? (
            <Typography variant="body2" sx={{ color: 'warning.main' }}>
              与结果不符：{p.row.stale}
            </Typography>
          ) : null}
          {p.row.closed ? (
            <Typography variant="body2" color="text.secondary">
              已关闭：{p.row.closed.reason}
            </Typography>
          ) : null}
        </Stack>
      ),
    },
    {
      field: 'actions',
      headerName: '操作',
      width: 100,
      renderCell: (p) => (steps.mayAdd && p.row.list === '不得评先评优' && p.row.closed === null ? <RowButton onClick={() => steps.add(p.row)}>增列人员</RowButton> : null),
    },
  ];
  return columns.map((c) => ({ ...c, sortable: false }));
}
