// 处分决定 (#/index/decisions): decisions made elsewhere, each a discipline event (source 外部决定)
// that the index counts and 人员管理 → 处理记录 lists; 登记 with the scanned decision, 下载 it (each
// download is recorded). Decisions are not edited or deleted here.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { DecisionRow } from '../../../shared/integrity/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { downloadFile } from '../../kit/download.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { RowButton } from '../../kit/RowButton.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { IndexTabs } from '../IndexTabs.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { RecordFilters } from './RecordFilters.tsx';
import { PAGE_SIZE, RecordTable, type RecordColumn } from './RecordTable.tsx';
import { useRecordParams } from './recordParams.ts';

const COLUMNS: ReadonlyArray<RecordColumn<DecisionRow>> = [
  { header: '决定日期', cell: (r) => r.decidedDate, width: 110 },
  { header: '决定机关', cell: (r) => r.body, width: 90 },
  { header: '决定文号', cell: (r) => r.documentNumber, width: 160 },
  { header: '被处理人', cell: (r) => `${r.personName}（${r.category}）`, width: 150 },
  { header: '单位', cell: (r) => r.unitName, width: 140 },
  { header: '处理结果', cell: (r) => [r.outcome, r.grade].filter(Boolean).join(' · '), width: 130 },
  { header: '情节', cell: (r) => r.circumstance, width: 60 },
  { header: '行为发生时间', cell: (r) => r.conductDate ?? '不详', width: 110 },
  { header: '事实摘要', cell: (r) => r.summary },
];

export function DecisionsPage() {
  const { user } = useSession();
  const canWrite = canCall(user.role, 'integrity.addDecision');
  const { params, update } = useRecordParams();
  const list = useOp(
    'integrity.decisions',
    { page: params.page, pageSize: PAGE_SIZE, sortDir: 'desc', year: params.year, unitId: params.unitId, q: params.q, id: params.id },
    { keepPrevious: true },
  );
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notice = useNotice();

  const download = (fileId: number) => {
    setError(null);
    api.call('integrity.decisionFile', { fileId }).then(downloadFile, (e: unknown) => setError(e instanceof Error ? e.message : '下载失败'));
  };

  return (
    <>
      <PageHeader title="处分决定">
        {canWrite ? (
          <Button variant="contained" onClick={() => setAdding(true)}>
            登记
          </Button>
        ) : null}
      </PageHeader>
      <IndexTabs />
      <Alert severity="info" sx={{ mb: 1 }}>
        登记案件审理、上级纪委、司法机关作出的处理决定（含效能问责、通报批评）。登记后计入廉勤性，并显示在人员的处理记录中；不能修改或删除，有误的请按本机关程序纠正。
      </Alert>
      <RecordFilters params={params} update={update} withdrawable={false} searchLabel="搜索文号、被处理人、摘要或单位" />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <ErrorAlert error={error} />
      <RecordTable
        label="处分决定列表"
        columns={COLUMNS}
        rows={list.data?.rows ?? []}
        total={list.data?.total ?? 0}
        page={params.page}
        onPage={(page) => update({ page, id: params.id })}
        highlight={params.id}
        empty={list.isLoading ? '正在读取…' : '没有符合条件的处分决定'}
        actions={(r) =>
          r.files.length === 0
            ? '未上传决定书'
            : r.files.map((f) => (
                <RowButton key={f.id} onClick={() => download(f.id)}>
                  下载 {f.fileName}
                </RowButton>
              ))
        }
      />
      {adding ? (
        <DecisionDialog
          onClose={() => setAdding(false)}
          onSaved={(row) => {
            setAdding(false);
            notice.show(`已登记：${row.documentNumber} ${row.personName}`);
          }}
        />
      ) : null}
      {notice.element}
    </>
  );
}
