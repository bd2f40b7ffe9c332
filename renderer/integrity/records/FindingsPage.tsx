// 监督发现 (#/index/findings): the supervision findings of the channels other than 信访, paged and
// filtered in the store; 登记, 修改 and 作废 (with a reason) for those who enter the index's inputs.
import { useState } from 'react';
import Button from '@mui/material/Button';
import type { FindingRow } from '../../../shared/integrity/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession, useToday } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { RowButton } from '../../kit/RowButton.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { IndexTabs } from '../IndexTabs.tsx';
import { FindingDialog } from './FindingDialog.tsx';
import { RecordFilters } from './RecordFilters.tsx';
import { PAGE_SIZE, RecordTable, type RecordColumn } from './RecordTable.tsx';
import { useRecordParams } from './recordParams.ts';
import { findingChannels, useSchemeInForce } from './schemeChoices.ts';
import { WithdrawDialog } from './WithdrawDialog.tsx';

const COLUMNS: ReadonlyArray<RecordColumn<FindingRow>> = [
  { header: '发现日期', cell: (r) => r.date, width: 110 },
  { header: '单位', cell: (r) => r.unitName, width: 160 },
  { header: '监督渠道', cell: (r) => r.channelName, width: 100 },
  { header: '来源', cell: (r) => r.source, width: 160 },
  { header: '问题内容', cell: (r) => r.summary },
  { header: '登记人', cell: (r) => `${r.enteredByName} ${r.enteredAt.slice(0, 10)}`, width: 150 },
];

export function FindingsPage() {
  const { user } = useSession();
  const canWrite = canCall(user.role, 'integrity.addFinding');
  const thisYear = Number(useToday().slice(0, 4));
  const { params, update } = useRecordParams();
  const channels = findingChannels(useSchemeInForce(params.year ?? thisYear));
  const list = useOp(
    'integrity.findings',
    {
      page: params.page, pageSize: PAGE_SIZE, sortDir: 'desc', year: params.year, unitId: params.unitId, channelKey: params.key,
      q: params.q, includeWithdrawn: params.includeWithdrawn || params.id !== undefined, id: params.id,
    },
    { keepPrevious: true },
  );
  const [editing, setEditing] = useState<{ row: FindingRow | null } | null>(null);
  const [withdrawing, setWithdrawing] = useState<FindingRow | null>(null);
  const notice = useNotice();

  return (
    <>
      <PageHeader title="监督发现问题">
        {canWrite ? (
          <Button variant="contained" onClick={() => setEditing({ row: null })}>
            登记
          </Button>
        ) : null}
      </PageHeader>
      <IndexTabs />
      <RecordFilters params={params} update={update} choice={{ label: '监督渠道', options: channels }} withdrawable searchLabel="搜索来源、内容或单位" />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <RecordTable
        label="监督发现问题列表"
        columns={COLUMNS}
        rows={list.data?.rows ?? []}
        total={list.data?.total ?? 0}
        page={params.page}
        onPage={(page) => update({ page, id: params.id })}
        highlight={params.id}
        empty={list.isLoading ? '正在读取…' : '没有符合条件的监督发现问题'}
        actions={(r) =>
          canWrite ? (
            <>
              <RowButton onClick={() => setEditing({ row: r })}>修改</RowButton>
              <RowButton color="error" onClick={() => setWithdrawing(r)}>
                作废
              </RowButton>
            </>
          ) : null
        }
      />
      {editing ? (
        <FindingDialog
          finding={editing.row}
          onClose={() => setEditing(null)}
          onSaved={(row) => {
            setEditing(null);
            notice.show(`已保存：${row.unitName} ${row.channelName} ${row.date}`);
          }}
        />
      ) : null}
      {withdrawing ? (
        <WithdrawDialog
          what={`${withdrawing.unitName} ${withdrawing.date} ${withdrawing.channelName}`}
          run={(reason) => api.call('integrity.withdrawFinding', { id: withdrawing.id, version: withdrawing.version, reason })}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            notice.show('已作废');
          }}
        />
      ) : null}
      {notice.element}
    </>
  );
}
