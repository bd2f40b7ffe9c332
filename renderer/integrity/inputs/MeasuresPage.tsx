// 调查和成本 (#/index/measures?kind=满意度调查&year=2026&quarter=3): tabs 满意度调查 / 行政成本, the
// units of the period with their figures (paged), 编辑 per unit, 下载模板 and 导入 (the same dialog
// as the checklist's).
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { formatHundredths, periodLabel, type MeasureRow } from '../../../shared/integrity/index.ts';
import { UNIT_TYPES, type UnitType } from '../../../shared/registry/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { useSession, useToday } from '../../app/session.ts';
import { canCall } from '../../app/permissions.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useNotice } from '../../kit/useNotice.tsx';
import { downloadFile } from '../../kit/download.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { IndexTabs } from '../IndexTabs.tsx';
import { usePageParams } from './periodParams.ts';
import { pageOf, UnitPager } from './UnitPager.tsx';
import { PeriodPickers } from './PeriodPickers.tsx';
import { IndexImportDialog } from './IndexImportDialog.tsx';
import { MeasureDialog, type FigureColumn } from './MeasureDialog.tsx';

const KINDS = ['满意度调查', '行政成本'] as const;
type Kind = (typeof KINDS)[number];

export function MeasuresPage() {
  const p = usePageParams();
  const today = useToday();
  const { user } = useSession();
  const canWrite = canCall(user.role, 'integrity.setMeasure');
  const kind: Kind = p.get('kind') === '行政成本' ? '行政成本' : '满意度调查';
  const unitType = (UNIT_TYPES as readonly string[]).includes(p.get('unitType')) ? (p.get('unitType') as UnitType) : undefined;
  const [q, setQ] = useState(p.get('q'));
  const debounced = useDebounced(q, 300);
  const { page, pageSize } = pageOf(p);
  const [editing, setEditing] = useState<MeasureRow | null>(null);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notice = useNotice();

  const list = useOp('integrity.measures', { kind, year: p.year, quarter: p.quarter, unitType, q: debounced || undefined, page, pageSize }, { keepPrevious: true });
  const scheme = useOp('integrity.schemes', { year: p.year });
  const inForce = scheme.data?.find((s) => s.status === '已启用');
  const detail = useOp('integrity.scheme', { id: inForce?.id ?? 0 }, { enabled: inForce !== undefined });
  const content = detail.data?.content;
  const columns: FigureColumn[] = !content
    ? []
    : kind === '满意度调查'
      ? content.participation.surveys.map((s) => ({ key: s.key, label: `${s.name}满意率（%）` }))
      : [
          { key: 'costPerCapita', label: `${content.performance.costName}（元）` },
          { key: 'savingRate', label: `${content.performance.savingName}（%）` },
        ];

  const template = () => {
    setError(null);
    api.call('integrity.template', { kind, year: p.year, quarter: p.quarter, unitType }).then(downloadFile, (e: unknown) => setError(messageOf(e)));
  };

  return (
    <Box>
      <IndexTabs />
      <PageHeader title={`调查和成本　${periodLabel(p.year, p.quarter)}`}>
        {canWrite ? (
          <>
            <Button variant="outlined" onClick={template}>
              下载模板
            </Button>
            <Button variant="contained" onClick={() => setImporting(true)}>
              导入
            </Button>
          </>
        ) : null}
      </PageHeader>
      <Tabs value={kind} onChange={(_, v: Kind) => p.set({ kind: v })} aria-label="数据类别" sx={{ mb: 1.5 }}>
        {KINDS.map((k) => (
          <Tab key={k} value={k} label={k} />
        ))}
      </Tabs>
      <Stack direction="row" spacing={1.5} sx={{ mb: 1.5, flexWrap: 'wrap', rowGap: 1.5 }}>
        <PeriodPickers p={p} thisYear={Number(today.slice(0, 4))} />
        <TextField select label="单位类型" value={unitType ?? ''} onChange={(e) => p.set({ unitType: e.target.value })} sx={{ width: 150 }}>
          <MenuItem value="">全部</MenuItem>
          {UNIT_TYPES.map((t) => (
            <MenuItem key={t} value={t}>
              {t}
            </MenuItem>
          ))}
        </TextField>
        <SearchField label="搜索单位名称" value={q} onChange={(v) => {
          setQ(v);
          p.set({ q: v });
        }} />
      </Stack>
      <ErrorAlert error={error ?? list.error ?? scheme.error ?? detail.error} />
      <TableContainer sx={{ border: 1, borderColor: 'divider' }}>
        <Table size="small" aria-label={`${kind}数据`}>
          <TableHead>
            <TableRow>
              <TableCell>单位名称</TableCell>
              <TableCell>单位类型</TableCell>
              {columns.map((c) => (
                <TableCell key={c.key} align="right">
                  {c.label}
                </TableCell>
              ))}
              <TableCell>录入</TableCell>
              {canWrite ? <TableCell>操作</TableCell> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {(list.data?.rows ?? []).map((row) => (
              <TableRow key={row.unitId}>
                <TableCell>{row.unitName}</TableCell>
                <TableCell>{row.unitType}</TableCell>
                {columns.map((c) => {
                  const v = row.values[c.key];
                  return (
                    <TableCell key={c.key} align="right">
                      {v === null || v === undefined ? '未录入' : formatHundredths(v)}
                    </TableCell>
                  );
                })}
                <TableCell>
                  {row.entered.enteredByName ? `${row.entered.enteredByName} ${formatTimestamp(row.entered.enteredAt)}${row.importId ? '（导入）' : ''}` : '—'}
                </TableCell>
                {canWrite ? (
                  <TableCell>
                    <Button size="small" onClick={() => setEditing(row)} aria-label={`编辑 ${row.unitName}`} disabled={columns.length === 0}>
                      编辑
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
            {list.data && list.data.rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={columns.length + 4}>没有符合条件的单位。</TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </TableContainer>
      <UnitPager p={p} total={list.data?.total ?? 0} />
      {editing ? (
        <MeasureDialog kind={kind} year={p.year} quarter={p.quarter} row={editing} columns={columns} onClose={(saved) => {
          setEditing(null);
          if (saved) notice.show('已保存');
        }} />
      ) : null}
      <IndexImportDialog open={importing} kind={kind} year={p.year} quarter={p.quarter} labels={columns.map((c) => c.label)} onClose={() => setImporting(false)} />
      {notice.element}
    </Box>
  );
}
