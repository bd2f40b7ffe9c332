// 审计日志 (系统管理员): every change, who made it and when, with a search box and a check
// of the log's hash chain (校验完整性).
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import type { AuditRow, AuditVerifyResult } from '../../../shared/core/admin.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { LedgerPage } from '../../kit/ledger/LedgerPage.tsx';
import { useLedger } from '../../kit/ledger/useLedger.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { auditObjectText, auditSummaryText, opLabel } from '../../../shared/audit.ts';

const AUDIT_SORT_FIELDS = ['at'] as const;

const COLUMNS: GridColDef<AuditRow>[] = [
  { field: 'at', headerName: '时间', width: 150, valueFormatter: (v: string) => formatTimestamp(v) },
  { field: 'username', headerName: '用户', width: 110, sortable: false },
  { field: 'op', headerName: '操作', width: 150, sortable: false, valueFormatter: (v: string) => opLabel(v) },
  {
    field: 'entity',
    headerName: '对象',
    width: 110,
    sortable: false,
    valueGetter: (_v, row) => auditObjectText(row),
  },
  {
    field: 'summary',
    headerName: '摘要',
    flex: 1,
    minWidth: 300,
    sortable: false,
    renderCell: (p) => {
      const text = auditSummaryText(p.row.op, p.row.summary);
      return (
        <Tooltip title={text} placement="bottom-start">
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{text}</span>
        </Tooltip>
      );
    },
  },
];

export function AuditPage() {
  const grid = useLedger({
    op: 'audit.list',
    sortFields: AUDIT_SORT_FIELDS,
    defaultSort: { field: 'at', sort: 'desc' },
    filters: (value) => ({ q: value('q') || undefined }),
    load: ({ page, pageSize, sortDir, q }) => api.call('audit.list', { page, pageSize, sortDir, q }),
  });
  const [search, setSearch] = useSearchText(grid.params.value, grid.params.update);
  const [verify, setVerify] = useState<AuditVerifyResult | { ok: false; message: string } | null>(null);
  const [verifying, setVerifying] = useState(false);

  const runVerify = () => {
    setVerifying(true);
    setVerify(null);
    api
      .call('audit.verify', {})
      .then(setVerify)
      .catch((e: unknown) => setVerify({ ok: false, message: messageOf(e) }))
      .finally(() => setVerifying(false));
  };

  const columns = useMemo(() => COLUMNS, []);
  return (
    <LedgerPage<AuditRow>
      header={
        <>
          <PageHeader title="审计日志">
            <Button variant="outlined" startIcon={<VerifiedUserOutlined />} onClick={runVerify} disabled={verifying}>
              {verifying ? '正在校验…' : '校验完整性'}
            </Button>
          </PageHeader>
          {verify ? (
            <Alert severity={verify.ok ? 'success' : 'error'} role="status" sx={{ mb: 1.5 }} onClose={() => setVerify(null)}>
              {verify.message}
            </Alert>
          ) : null}
        </>
      }
      filters={<SearchField label="搜索审计日志" value={search} onChange={setSearch} width={280} />}
      error={grid.error}
      label="审计日志"
      grid={{ columns, ...grid.gridProps }}
    />
  );
}
