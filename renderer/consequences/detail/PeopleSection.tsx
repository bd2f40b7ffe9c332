// The people on a unit's 不得评先评优 list: name, category, post, why (发布时登记 / the reason typed),
// who added them and when; a removed one stays, marked with its reason. 增列人员 and 移出 by role.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import { removeListPersonInput, type AwardPerson, type ConsequenceDetail } from '../../../shared/consequences/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { ReasonDialog } from '../actions/ReasonDialog.tsx';
import { AddPersonDialog } from '../actions/AddPersonDialog.tsx';

interface Props {
  detail: ConsequenceDetail;
  onChanged(detail: ConsequenceDetail, message: string): void;
}

/** 姓名 (已移出：理由 …) as one line. */
export function removedText(p: AwardPerson): string {
  return p.removed ? `已移出（${p.removed.byName}，${formatTimestamp(p.removed.at)}）：${p.removed.reason}` : '';
}

export function PeopleSection({ detail, onChanged }: Props) {
  const { user } = useSession();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AwardPerson | null>(null);
  const open = detail.closed === null;
  const mayAdd = open && detail.kind === '不得评先评优' && canCall(user.role, 'consequences.addListPerson');
  const mayRemove = open && canCall(user.role, 'consequences.removeListPerson');

  const columns: Column<AwardPerson>[] = [
    {
      header: '姓名',
      cell: (p) => (
        <Typography variant="body2" component="span" sx={p.removed ? { textDecoration: 'line-through' } : undefined}>
          {p.personName}
        </Typography>
      ),
      width: 90,
    },
    { header: '身份类别', cell: (p) => p.category, width: 90 },
    { header: '职务', cell: (p) => p.post || '—', width: 140 },
    { header: '列入依据', cell: (p) => p.basis },
    { header: '列入', cell: (p) => `${p.addedByName} ${formatTimestamp(p.addedAt)}`, width: 170 },
    { header: '移出', cell: (p) => removedText(p) || (mayRemove ? <RowButton onClick={() => setRemoving(p)}>移出</RowButton> : '—'), width: 200 },
  ];

  return (
    <Section
      title="名单人员"
      actions={
        mayAdd ? (
          <Button variant="outlined" startIcon={<PersonAddOutlined />} onClick={() => setAdding(true)}>
            增列人员
          </Button>
        ) : null
      }
    >
      <SimpleTable label="名单人员" columns={columns} rows={detail.people} rowKey={(p) => p.id} empty="名单上没有人员。" />
      {adding ? (
        <AddPersonDialog
          detail={detail}
          onDone={(d) => {
            setAdding(false);
            onChanged(d, '已增列人员');
          }}
          onClose={() => setAdding(false)}
        />
      ) : null}
      {removing ? (
        <ReasonDialog
          title="移出名单"
          intro={`将${removing.personName}移出${detail.year}年度${detail.kind}名单；该记录仍保留，并显示移出理由。`}
          label="移出理由"
          submitLabel="移出"
          schema={removeListPersonInput}
          toInput={(reason) => ({ entryId: removing.id, reason })}
          run={(input) => api.call('consequences.removeListPerson', input)}
          onDone={(d) => {
            setRemoving(null);
            onChanged(d, `已将${removing.personName}移出名单`);
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </Section>
  );
}
