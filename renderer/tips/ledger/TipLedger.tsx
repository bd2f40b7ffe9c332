// 问题线索台账: every tip, paged and sorted by the service, with the office's filters; from here
// a clerk registers a new tip, answers a 查询码 and exports the ledger. A row opens the tip.
import { useMemo, useState } from 'react';
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
import { LedgerPage } from '../../kit/ledger/LedgerPage.tsx';
import { useLedger } from '../../kit/ledger/useLedger.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { useTipNav } from '../common/tipRoute.ts';
import { useReporterRight } from '../common/useReporterRight.ts';
import { useUserOptions } from '../common/useUserOptions.ts';
import { ExportLedgerDialog } from './ExportLedgerDialog.tsx';
import { LookupCodeDialog } from './LookupCodeDialog.tsx';
import { TipFilterBar } from './TipFilterBar.tsx';
import { tipColumns } from './tipColumns.tsx';
import { useColumnPrefs } from '../../kit/ledger/useColumnPrefs.ts';
import { ColumnSettingsDialog } from '../../kit/ledger/ColumnSettingsDialog.tsx';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { tipQuery } from './useTipFilters.ts';
import { TipTotal } from './TipTotal.tsx';
import { ExportProgressBar } from './ExportProgressBar.tsx';
import { useExportJob } from './useExportJob.ts';
import Box from '@mui/material/Box';

export function TipLedger() {
  const { user } = useSession();
  const reporterRight = useReporterRight();
  const { users } = useUserOptions();
  const nav = useTipNav();
  const [dialog, setDialog] = useState<'lookup' | 'export' | 'columns' | null>(null);
  const columnPrefs = useColumnPrefs('tips.ledger', tipColumns);
  const [exporting, setExporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const notice = useNotice();

  const grid = useLedger({
    op: 'tips.list',
    sortFields: TIP_SORT_FIELDS,
    defaultSort: { field: 'receivedDate', sort: 'desc' },
    filters: tipQuery,
    load: (input) => api.call('tips.list', input),
  });
  const { exactTotal: _exact, ...query } = grid.filter;

  const job = useExportJob();
  const exportLedger = (includeReporter: boolean): Promise<FileResult> =>
    job.run({ ...query, sortField: grid.sort.sortField, sortDir: grid.sort.sortDir, includeReporter });

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

  const handlerName = useMemo(() => users.find((u) => u.id === query.handlerUserId)?.displayName ?? null, [users, query.handlerUserId]);

  return (
    <LedgerPage<TipRow>
      header={
      <PageHeader title="问题线索台账">
        {canCall(user.role, 'tips.register') ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={nav.newTip}>
            登记信访件
          </Button>
        ) : null}
        {canCall(user.role, 'tips.lookupCode') ? (
          <Button variant="outlined" startIcon={<ManageSearchIcon />} onClick={() => setDialog('lookup')}>
            查询码查询
          </Button>
        ) : null}
        <Button variant="outlined" startIcon={<ViewColumnIcon />} onClick={() => setDialog('columns')}>
          列设置
        </Button>
        <Button
          variant="outlined"
          startIcon={<FileDownloadIcon />}
          disabled={exporting}
          onClick={() => (reporterRight ? setDialog('export') : exportDirect())}
        >
          导出台账
        </Button>
      </PageHeader>
      }
      filters={
        <>
          <TipFilterBar params={grid.params} handlerName={handlerName} />
          <TipTotal total={grid.total} capped={grid.totalCapped} loaded={grid.loaded} onCountAll={grid.countAll} />
          {job.progress && dialog !== 'export' ? <Box sx={{ flexBasis: '100%' }}><ExportProgressBar progress={job.progress} /></Box> : null}
        </>
      }
      error={grid.error ?? actionError}
      label="问题线索台账"
      grid={{
        ...grid.gridProps,
        ...columnPrefs.gridProps,
        loading: grid.gridProps.loading || !columnPrefs.ready,
        onRowClick: (p) => nav.openTip((p.row as TipRow).id),
        onCellKeyDown: (p, e) => {
          if (e.key === 'Enter') nav.openTip((p.row as TipRow).id);
        },
      }}
    >
      {dialog === 'lookup' ? <LookupCodeDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'columns' ? (
        <ColumnSettingsDialog
          columns={columnPrefs.arranged}
          defaults={columnPrefs.defaults}
          headerOf={columnPrefs.headerOf}
          onSave={async (columns) => {
            await columnPrefs.save(columns);
            notice.show('列设置已保存');
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'export' ? (
        <ExportLedgerDialog
          total={grid.total}
          totalCapped={grid.totalCapped}
          progress={job.progress}
          exportLedger={exportLedger}
          onClose={() => setDialog(null)}
          onDone={(fileName) => {
            setDialog(null);
            notice.show(`已生成“${fileName}”`);
          }}
        />
      ) : null}
      {notice.element}
    </LedgerPage>
  );
}
