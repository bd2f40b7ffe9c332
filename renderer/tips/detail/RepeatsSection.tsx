// 重复件: the tips of the same matter shown together — the original and its repeats — with
// 关联为重复件 (this tip repeats an earlier one) and 取消关联.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import type { TipDetail } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { Link as RouterLink } from 'react-router';
import { tipPath, useTipNav } from '../common/tipRoute.ts';
import { TipStatusChip } from '../common/TipChips.tsx';
import { LinkRepeatDialog } from './LinkRepeatDialog.tsx';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

type GroupRow = TipDetail['repeats'][number];

interface Props {
  tip: TipDetail;
  onChanged(tip: TipDetail, message: string): void;
}

export function RepeatsSection({ tip, onChanged }: Props) {
  const { user } = useSession();
  const nav = useTipNav();
  const [linking, setLinking] = useState(false);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const canLink = canCall(user.role, 'tips.linkRepeat') && tip.status !== '已归档';
  const isRepeat = tip.repeatOf !== null;

  const unlink = () =>
    setConfirm({
      title: '取消关联',
      message: `确定取消 ${tip.number} 与原件 ${tip.repeatOfNumber ?? ''} 的重复件关联吗？取消后本件作为独立的信访件统计。`,
      confirmLabel: '取消关联',
      run: () => api.call('tips.unlinkRepeat', { id: tip.id, version: tip.version }).then((d) => onChanged(d, '已取消重复件关联')),
    });

  const columns: Column<GroupRow>[] = [
    {
      header: '编号',
      cell: (r) => (r.id === tip.id ? <b>{r.number}（本件）</b> : <Link component={RouterLink} to={tipPath(r.id)} state={nav.carry}>{r.number}</Link>),
      width: 170,
    },
    { header: '类型', cell: (r) => (r.isOriginal ? '原件' : '重复件'), width: 70 },
    { header: '收件日期', cell: (r) => r.receivedDate, width: 100 },
    { header: '问题摘要', cell: (r) => r.summary },
    { header: '办理状态', cell: (r) => <TipStatusChip status={r.status} />, width: 100 },
  ];

  const actions = canLink ? (
    isRepeat ? (
      <Button size="small" onClick={unlink}>
        取消关联
      </Button>
    ) : tip.repeatCount === 0 ? (
      <Button size="small" variant="outlined" onClick={() => setLinking(true)}>
        关联为重复件
      </Button>
    ) : null
  ) : null;

  return (
    <Section title="重复件" actions={actions}>
      <SimpleTable label="重复件" columns={columns} rows={tip.repeats} rowKey={(r) => r.id} empty="本件没有重复件。" />
      {linking ? (
        <LinkRepeatDialog
          tip={tip}
          onClose={() => setLinking(false)}
          onDone={(d, message) => {
            setLinking(false);
            onChanged(d, message);
          }}
        />
      ) : null}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} onDone={() => setConfirm(null)} />
    </Section>
  );
}
