// 谈话函询登记: every talk and inquiry letter, paged and sorted by the service, with the office's
// filters kept in the address (its columns' order and visibility per user, 列设置); from here a
// talk or a letter is registered, the register exported as the office keeps it (导出Excel, the
// current filters and sort), and the agenda, the counts and the spot checks opened. A row opens it.
import { useState } from 'react';
import Button from '@mui/material/Button';
import AddIcon from '@mui/icons-material/Add';
import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { INTERVIEW_SORT_FIELDS, type InterviewKind, type InterviewRow } from '../../../shared/interviews/index.ts';
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
import { InterviewCreateDialog } from '../create/InterviewCreateDialog.tsx';
import { interviewColumns } from './interviewColumns.tsx';
import { InterviewFilterBar } from './InterviewFilterBar.tsx';
import { interviewQuery } from './interviewFilters.ts';
import { useInterviewNav } from './interviewRoute.ts';

export function InterviewLedger() {
  const { user } = useSession();
  const nav = useInterviewNav();
  const notice = useNotice();
  const [exporting, setExporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [columnsOpen, setColumnsOpen] = useState(false);
  const [creating, setCreating] = useState<InterviewKind | null>(null);
  const columnPrefs = useColumnPrefs('interviews.ledger', interviewColumns);

  const grid = useLedger({
    op: 'interviews.list',
    sortFields: INTERVIEW_SORT_FIELDS,
    defaultSort: { field: 'ledgerDate', sort: 'desc' },
    filters: interviewQuery,
    load: (input) => api.call('interviews.list', input),
  });

  const exportLedger = () => {
    setActionError(null);
    setExporting(true);
    api
      .call('interviews.export', { ...grid.filter, sortField: grid.sort.sortField, sortDir: grid.sort.sortDir })
      .then((file) => {
        downloadFile(file);
        notice.show(`已生成“${file.fileName}”`);
      })
      .catch((e: unknown) => setActionError(messageOf(e)))
      .finally(() => setExporting(false));
  };

  const mayCreate = canCall(user.role, 'interviews.create');
  return (
    <LedgerPage<InterviewRow>
      header={
        <PageHeader title="谈话函询登记">
          {mayCreate ? (
            <>
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating('谈话')}>
                登记谈话
              </Button>
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating('函询')}>
                登记函询
              </Button>
            </>
          ) : null}
          <Button variant="outlined" startIcon={<FileDownloadIcon />} disabled={exporting} onClick={exportLedger}>
            导出Excel
          </Button>
          <Button variant="outlined" startIcon={<CalendarMonthOutlined />} onClick={nav.agenda}>
            谈话日程
          </Button>
          <Button variant="outlined" startIcon={<BarChartOutlined />} onClick={nav.stats}>
            统计
          </Button>
          {canCall(user.role, 'interviews.spotChecks') ? (
            <Button variant="outlined" startIcon={<FactCheckOutlined />} onClick={nav.spotChecks}>
              函询抽查
            </Button>
          ) : null}
          <Button variant="outlined" startIcon={<ViewColumnIcon />} onClick={() => setColumnsOpen(true)}>
            列设置
          </Button>
        </PageHeader>
      }
      filters={<InterviewFilterBar value={grid.params.value} update={grid.params.update} />}
      error={grid.error ?? actionError}
      label="谈话函询登记"
      grid={{
        ...grid.gridProps,
        ...columnPrefs.gridProps,
        loading: grid.gridProps.loading || !columnPrefs.ready,
        onRowClick: (p) => nav.open((p.row as InterviewRow).id),
        onCellKeyDown: (p, e) => {
          if (e.key === 'Enter') nav.open((p.row as InterviewRow).id);
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
      {creating ? <InterviewCreateDialog kind={creating} onClose={() => setCreating(null)} /> : null}
      {notice.element}
    </LedgerPage>
  );
}
