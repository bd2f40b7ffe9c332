// 激励加分 (#/index/bonuses): bonus entries with their points from the year's scheme, paged and
// filtered in the store; 登记 and 作废 (with a reason) for those who enter the index's inputs.
import { useState } from 'react';
import Button from '@mui/material/Button';
import type { BonusRow } from '../../../shared/integrity/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession, useToday } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { RowButton } from '../../kit/RowButton.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { IndexTabs } from '../IndexTabs.tsx';
import { BonusDialog } from './BonusDialog.tsx';
import { RecordFilters } from './RecordFilters.tsx';
import { PAGE_SIZE, RecordTable, type RecordColumn } from './RecordTable.tsx';
import { useRecordParams } from './recordParams.ts';
import { bonusKinds, useSchemeInForce } from './schemeChoices.ts';
import { WithdrawDialog } from './WithdrawDialog.tsx';

const COLUMNS: ReadonlyArray<RecordColumn<BonusRow>> = [
  { header: '加分日期', cell: (r) => r.date, width: 110 },
  { header: '单位', cell: (r) => r.unitName, width: 160 },
  { header: '加分项', cell: (r) => r.kindName, width: 160 },
  { header: '分值', cell: (r) => `+${r.points}`, width: 60 },
  { header: '加分事由', cell: (r) => r.summary },
  { header: '佐证材料', cell: (r) => r.evidence, width: 180 },
  { header: '登记人', cell: (r) => `${r.enteredByName} ${r.enteredAt.slice(0, 10)}`, width: 150 },
];

export function BonusesPage() {
  const { user } = useSession();
  const canWrite = canCall(user.role, 'integrity.addBonus');
  const thisYear = Number(useToday().slice(0, 4));
  const { params, update } = useRecordParams();
  const kinds = bonusKinds(useSchemeInForce(params.year ?? thisYear));
  const list = useOp(
    'integrity.bonuses',
    {
      page: params.page, pageSize: PAGE_SIZE, sortDir: 'desc', year: params.year, unitId: params.unitId, kindKey: params.key,
      q: params.q, includeWithdrawn: params.includeWithdrawn || params.id !== undefined, id: params.id,
    },
    { keepPrevious: true },
  );
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<BonusRow | null>(null);
  const notice = useNotice();

  return (
    <>
      <PageHeader title="激励加分">
        {canWrite ? (
          <Button variant="contained" onClick={() => setAdding(true)}>
            登记
          </Button>
        ) : null}
      </PageHeader>
      <IndexTabs />
      <RecordFilters params={params} update={update} choice={{ label: '加分项', options: kinds }} withdrawable searchLabel="搜索事由、佐证或单位" />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <RecordTable
        label="激励加分列表"
        columns={COLUMNS}
        rows={list.data?.rows ?? []}
        total={list.data?.total ?? 0}
        page={params.page}
        onPage={(page) => update({ page, id: params.id })}
        highlight={params.id}
        empty={list.isLoading ? '正在读取…' : '没有符合条件的激励加分'}
        actions={(r) =>
          canWrite ? (
            <RowButton color="error" onClick={() => setWithdrawing(r)}>
              作废
            </RowButton>
          ) : null
        }
      />
      {adding ? (
        <BonusDialog
          onClose={() => setAdding(false)}
          onSaved={(row) => {
            setAdding(false);
            notice.show(`已登记：${row.unitName} ${row.kindName}`);
          }}
        />
      ) : null}
      {withdrawing ? (
        <WithdrawDialog
          what={`${withdrawing.unitName} ${withdrawing.date} ${withdrawing.kindName}`}
          run={(reason) => api.call('integrity.withdrawBonus', { id: withdrawing.id, version: withdrawing.version, reason })}
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
