// 整改台账: every 整改事项, paged and sorted by the service, with the office's filters kept in the
// address (its columns' order and visibility per user, 列设置); from here an item is registered (登记整改事项), the ledger exported as the office hands
// it up (导出Excel, the current filters and sort) and summed up (汇总). A row opens the item.
import { useState } from 'react';
import Button from '@mui/material/Button';
import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import SummarizeOutlined from '@mui/icons-material/SummarizeOutlined';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { RECT_SORT_FIELDS, type RectRow } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { downloadFile } from '../../kit/download.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { ColumnSettingsDialog } from '../../kit/ledger/ColumnSettingsDialog.tsx';
import { LedgerPage } from '../../kit/ledger/LedgerPage.tsx';
import { useColumnPrefs } from '../../kit/ledger/useColumnPrefs.ts';
import { useLedger } from '../../kit/ledger/useLedger.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { useRectNav } from '../common/rectRoute.ts';
import { rectColumns, remindColumn } from './rectColumns.tsx';
import { RectFilterBar } from './RectFilterBar.tsx';
import { rectQuery } from './rectFilters.ts';

export function RectLedger() {
  const { user } = useSession();
  const nav = useRectNav();
  const notice = useNotice();
  const [exporting, setExporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [columnsOpen, setColumnsOpen] = useState(false);
  const columnPrefs = useColumnPrefs('rect.ledger', rectColumns);

  const grid = useLedger({
    op: 'rect.list',
    sortFields: RECT_SORT_FIELDS,
    defaultSort: { field: 'deadline', sort: 'asc' },
    filters: rectQuery,
    load: (input) => api.call('rect.list', input),
  });

  const exportLedger = () => {
    setActionError(null);
    setExporting(true);
    api
      .call('rect.export', { ...grid.filter, sortField: grid.sort.sortField, sortDir: grid.sort.sortDir })
      .then((file) => {
        downloadFile(file);
        notice.show(`已生成“${file.fileName}”`);
      })
      .catch((e: unknown) => setActionError(messageOf(e)))
      .finally(() => setExporting(false));
  };

  return (
    <LedgerPage<RectRow>
      header={
        <PageHeader title="整改台账">
          {canCall(user.role, 'rect.create') ? (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => nav.newItems()}>
              登记整改事项
            </Button>
          ) : null}
          <Button variant="outlined" startIcon={<FileDownloadIcon />} disabled={exporting} onClick={exportLedger}>
            导出Excel
          </Button>
          <Button variant="outlined" startIcon={<SummarizeOutlined />} onClick={nav.summary}>
            汇总
          </Button>
          <Button variant="outlined" startIcon={<ViewColumnIcon />} onClick={() => setColumnsOpen(true)}>
            列设置
          </Button>
        </PageHeader>
      }
      filters={
<RectFilterBar value={grid.params.value} update={grid.params.update} />
      }
      error={grid.error ?? actionError}
      label="整改台账"
      grid={{
        ...grid.gridProps,
        ...columnPrefs.gridProps,
        columns: grid.filter.due === '需督办' ? [...columnPrefs.gridProps.columns, remindColumn] : columnPrefs.gridProps.columns,
        loading: grid.gridProps.loading || !columnPrefs.ready,
        onRowClick: (p) => nav.openItem((p.row as RectRow).id),
        onCellKeyDown: (p, e) => {
          if (e.key === 'Enter') nav.openItem((p.row as RectRow).id);
        },
      }}
    >
      {columnsOpen ? (
        <ColumnSettingsDialog
          columns={columnPrefs.arranged}
          defaults={columnPrefs.defaults}
          headerOf={columnPrefs.headerOf}
          onSave={async (columns) => {
            await columnPrefs.save(columns);
            notice.show('列设置已保存');
          }}
          onClose={() => setColumnsOpen(false)}
        />
      ) : null}
      {notice.element}
    </LedgerPage>
  );
}
