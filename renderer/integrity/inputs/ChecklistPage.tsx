// 控制性检查 (#/index/checklist?year=2026&quarter=3&unitType=行政村): the grid of one unit type — its
// control items as columns, a select per cell labelled "<unit> <item>" that saves on change and
// names who entered it —, filtered by 所属乡镇, a name search and 仅显示未录入, paged; 下载模板 and
// 导入 (preview, then all or nothing).
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CHECK_RESULTS, periodLabel, type CheckResult, type ChecklistCell, type ChecklistRow } from '../../../shared/integrity/index.ts';
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
import { UnitPicker } from '../../registry/index.ts';
import { IndexTabs } from '../IndexTabs.tsx';
import { usePageParams } from './periodParams.ts';
import { pageOf, UnitPager } from './UnitPager.tsx';
import { PeriodPickers } from './PeriodPickers.tsx';
import { IndexImportDialog } from './IndexImportDialog.tsx';

const NOT_ENTERED = '未录入';

function enteredText(cell: ChecklistCell): string {
  return cell.entered ? `录入人：${cell.entered.enteredByName}，${formatTimestamp(cell.entered.enteredAt)}` : '尚未录入';
}

function ResultCell({ row, cell, itemName, canWrite, year, quarter, onSaved, onError }: {
  row: ChecklistRow; cell: ChecklistCell; itemName: string; canWrite: boolean; year: number; quarter: number;
  onSaved(text: string): void; onError(message: string): void;
}) {
  const [busy, setBusy] = useState(false);
  const save = (value: string) => {
    const result = value === NOT_ENTERED ? null : (value as CheckResult);
    setBusy(true);
    api
      .call('integrity.setChecklist', { year, quarter, unitId: row.unitId, results: [{ itemKey: cell.itemKey, result }] })
      .then(() => onSaved(`已保存：${row.unitName} ${itemName} ${value}`))
      .catch((e: unknown) => onError(messageOf(e)))
      .finally(() => setBusy(false));
  };
  const tip = enteredText(cell);
  return (
    <TableCell title={tip}>
      <TextField
        select
        size="small"
        value={cell.result ?? NOT_ENTERED}
        disabled={!canWrite || busy}
        onChange={(e) => save(e.target.value)}
        slotProps={{ htmlInput: { 'aria-label': `${row.unitName} ${itemName}` }, select: { native: true } }}
        sx={{ minWidth: 110 }}
      >
        {[...CHECK_RESULTS, NOT_ENTERED].map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </TextField>
      <Typography variant="caption" component="div" color="text.secondary" aria-label={`${row.unitName} ${itemName} 录入人`}>
        {cell.entered ? cell.entered.enteredByName : '—'}
      </Typography>
    </TableCell>
  );
}

export function ChecklistPage() {
  const p = usePageParams();
  const today = useToday();
  const { user } = useSession();
  const canWrite = canCall(user.role, 'integrity.setChecklist');
  const unitType = (UNIT_TYPES as readonly string[]).includes(p.get('unitType')) ? (p.get('unitType') as UnitType) : '行政村';
  const parentId = Number(p.get('parent')) || undefined;
  const [q, setQ] = useState(p.get('q'));
  const debounced = useDebounced(q, 300);
  const { page, pageSize } = pageOf(p);
  const onlyMissing = p.get('missing') === '1';
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notice = useNotice();

  const input = { year: p.year, quarter: p.quarter, unitType, parentId, q: debounced || undefined, onlyMissing, page, pageSize };
  const grid = useOp('integrity.checklist', input, { keepPrevious: true });
  const items = grid.data?.items ?? [];

  const template = () => {
    setError(null);
    api.call('integrity.template', { kind: '控制性检查', year: p.year, quarter: p.quarter, unitType }).then(downloadFile, (e: unknown) => setError(messageOf(e)));
  };

  return (
    <Box>
      <IndexTabs />
      <PageHeader title={`控制性检查　${periodLabel(p.year, p.quarter)}`}>
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
      <Stack direction="row" spacing={1.5} sx={{ mb: 1.5, flexWrap: 'wrap', rowGap: 1.5, alignItems: 'center' }}>
        <PeriodPickers p={p} thisYear={Number(today.slice(0, 4))} />
        <TextField select label="单位类型" value={unitType} onChange={(e) => p.set({ unitType: e.target.value })} sx={{ width: 150 }}>
          {UNIT_TYPES.map((t) => (
            <MenuItem key={t} value={t}>
              {t}
            </MenuItem>
          ))}
        </TextField>
        <UnitPicker
          label="所属乡镇"
          value={parentId ? { id: parentId, name: p.get('parentName') || `单位 ${parentId}` } : null}
          onChange={(u) => p.set({ parent: u?.id, parentName: u?.name })}
          width={200}
        />
        <SearchField label="搜索单位名称" value={q} onChange={(v) => {
          setQ(v);
          p.set({ q: v });
        }} />
        <FormControlLabel
          control={<Checkbox checked={onlyMissing} onChange={(e) => p.set({ missing: e.target.checked ? '1' : undefined })} />}
          label="仅显示未录入"
        />
      </Stack>
      <ErrorAlert error={error ?? grid.error} />
      {grid.data ? (
        <Typography variant="body2" sx={{ mb: 1 }} role="status">
          共 {grid.data.total} 个单位，其中 {grid.data.missingUnits} 个单位有未录入的控制点（评分方案 {grid.data.scheme.year}年 第{grid.data.scheme.version}版）。
        </Typography>
      ) : null}
      <TableContainer sx={{ border: 1, borderColor: 'divider' }}>
        <Table size="small" aria-label="控制性检查结果">
          <TableHead>
            <TableRow>
              <TableCell>单位名称</TableCell>
              <TableCell>所属乡镇</TableCell>
              {items.map((i) => (
                <TableCell key={i.key}>
                  {i.name}（{i.points}分）
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {(grid.data?.rows ?? []).map((row) => (
              <TableRow key={row.unitId}>
                <TableCell>{row.unitName}</TableCell>
                <TableCell>{row.parentName}</TableCell>
                {items.map((i) => {
                  const cell = row.cells.find((c) => c.itemKey === i.key);
                  return cell ? (
                    <ResultCell key={i.key} row={row} cell={cell} itemName={i.name} canWrite={canWrite} year={p.year} quarter={p.quarter}
                      onSaved={(text) => {
                        setError(null);
                        notice.show(text);
                      }}
                      onError={setError}
                    />
                  ) : (
                    <TableCell key={i.key}>—</TableCell>
                  );
                })}
              </TableRow>
            ))}
            {grid.data && grid.data.rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={items.length + 2}>没有符合条件的单位。</TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </TableContainer>
      <UnitPager p={p} total={grid.data?.total ?? 0} />
      <IndexImportDialog open={importing} kind="控制性检查" year={p.year} quarter={p.quarter} labels={items.map((i) => i.name)} onClose={() => setImporting(false)} />
      {notice.element}
    </Box>
  );
}
