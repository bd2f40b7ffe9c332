// 问题线索台账: every tip, paged and sorted by the service, with the office's filters; from here
// a clerk registers a new tip, answers a 查询码 and exports the ledger. A row opens the tip.
import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { TIP_SORT_FIELDS, type TipRow } from '../../../shared/tips/ledger.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { downloadFile } from '../../kit/download.ts';
import { ListGrid } from '../../kit/ListGrid.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { useServerGrid, type ListQuery } from '../../kit/useServerGrid.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { goToNewTip, goToTip } from '../common/tipRoute.ts';
import { useReporterRight } from '../common/useReporterRight.ts';
import { useUserOptions } from '../common/useUserOptions.ts';
import { ExportLedgerDialog } from './ExportLedgerDialog.tsx';
import { LookupCodeDialog } from './LookupCodeDialog.tsx';
import { TipFilterBar } from './TipFilterBar.tsx';
import { tipColumns } from './tipColumns.tsx';
import { useTipFilters } from './useTipFilters.ts';

type SortField = (typeof TIP_SORT_FIELDS)[number];

export function TipLedger({ search }: { search: string }) {
  const { user } = useSession();
  const filters = useTipFilters(search);
  const { query } = filters;
  const reporterRight = useReporterRight();
  const { users } = useUserOptions();
  const [dialog, setDialog] = useState<'lookup' | 'export' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const notice = useNotice();

  const load = useCallback((q: ListQuery<SortField>) => api.call('tips.list', { ...q, ...query }), [query]);
  const grid = useServerGrid({
    sortFields: TIP_SORT_FIELDS,
    defaultSort: { field: 'receivedDate', sort: 'desc' },
    filterKey: JSON.stringify(query),
    load,
  });

  const exportLedger = (includeReporter: boolean): Promise<FileResult> =>
    api.call('tips.export', { ...query, sortField: grid.sort.sortField, sortDir: grid.sort.sortDir, includeReporter });

  const exportDirect = () => {
    setActionError(null);
    setExporting(true);
    exportLedger(false)
      .then((file) => {
        downloadFile(file);
        notice.show(`已生成“${file.fileName}”`);
      })
      .catch((e: unknown) => setActionError(messageOf(e)))
      .finally(() => setExporting(false));
  };

  const handlerName = useMemo(
    () => users.find((u) => u.id === filters.values.handlerUserId)?.displayName ?? null,
    [users, filters.values.handlerUserId],
  );

  return (
    <>
      <PageHeader title="问题线索台账">
        {canCall(user.role, 'tips.register') ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={goToNewTip}>
            登记信访件
          </Button>
        ) : null}
        {canCall(user.role, 'tips.lookupCode') ? (
          <Button variant="outlined" startIcon={<ManageSearchIcon />} onClick={() => setDialog('lookup')}>
            查询码查询
          </Button>
        ) : null}
        <Button
          variant="outlined"
          startIcon={<FileDownloadIcon />}
          disabled={exporting}
          onClick={() => (reporterRight ? setDialog('export') : exportDirect())}
        >
          导出台账
        </Button>
      </PageHeader>
      <TipFilterBar filters={filters} handlerName={handlerName} />
      {grid.error || actionError ? (
        <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
          {grid.error ?? actionError}
        </Alert>
      ) : null}
      <ListGrid<TipRow>
        label="问题线索台账"
        columns={tipColumns}
        {...grid.gridProps}
        onRowClick={(p) => goToTip(p.row.id)}
        onCellKeyDown={(p, e) => {
          if (e.key === 'Enter') goToTip(p.row.id);
        }}
      />
      {dialog === 'lookup' ? <LookupCodeDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? (
        <ExportLedgerDialog
          total={grid.total}
          exportLedger={exportLedger}
          onClose={() => setDialog(null)}
          onDone={(fileName) => {
            setDialog(null);
            notice.show(`已生成“${fileName}”`);
          }}
        />
      ) : null}
      {notice.element}
    </>
  );
}
