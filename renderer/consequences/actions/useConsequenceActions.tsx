// The steps on a consequence, wherever it is shown (a row of the period's list, its own page): 拟制告知书
// drafts the notice and opens it in 发文登记 (edited, previewed, 印发 there — 印发 makes its items);
// 安排谈话, 登记送达 and 关闭 open their dialogs. What the service answers is shown as it says it.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { closeConsequenceInput, type ConsequenceDetail, type ConsequenceRow } from '../../../shared/consequences/index.ts';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { documentPath, useConsequenceNav } from '../common/routes.ts';
import { actionsOf, type ConsequenceAction } from './actionRules.ts';
import { DeliveryDialog } from './DeliveryDialog.tsx';
import { PlanTalkDialog } from './PlanTalkDialog.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';

export function useConsequenceActions(onDone: (message: string, detail: ConsequenceDetail | null) => void) {
  const { user } = useSession();
  const nav = useConsequenceNav();
  const [open, setOpen] = useState<{ action: ConsequenceAction; row: ConsequenceRow } | null>(null);
  const [drafting, setDrafting] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = (action: ConsequenceAction, row: ConsequenceRow) => {
    setError(null);
    if (action !== '拟制告知书') return setOpen({ action, row });
    if (drafting !== null) return;
    setDrafting(row.id);
    api.call('consequences.draftNotice', { id: row.id }).then(
      (doc) => nav.go(documentPath(doc.id)),
      (e: unknown) => {
        setDrafting(null);
        setError(messageOf(e));
      },
    );
  };

  const finished = (message: string) => (detail: ConsequenceDetail) => {
    setOpen(null);
    onDone(message, detail);
  };
  const close = () => setOpen(null);

  let element = null;
  if (open?.action === '安排谈话') element = <PlanTalkDialog row={open.row} onDone={finished('已安排廉政谈话')} onClose={close} />;
  else if (open?.action === '登记送达') element = <DeliveryDialog row={open.row} onDone={finished('已登记送达')} onClose={close} />;
  else if (open?.action === '关闭') {
    const row = open.row;
    element = (
      <ReasonDialog
        title="关闭预警事项"
        intro={`关闭“${row.unitName} ${row.periodLabel}${row.kind}”后不再跟踪；已产生的公文、整改事项和谈话均保留。`}
        label="关闭理由"
        submitLabel="关闭"
        schema={closeConsequenceInput}
        toInput={(reason) => ({ id: row.id, reason })}
        run={(input) => api.call('consequences.close', input)}
        onDone={finished('已关闭')}
        onClose={close}
      />
    );
  }

  return {
    actionsOf: (row: ConsequenceRow) => actionsOf(row, user.role),
    run,
    /** The consequence whose notice is being drafted (its button waits). */
    drafting,
    error,
    element,
  };
}

export type ConsequenceActions = ReturnType<typeof useConsequenceActions>;

/** The steps a row offers, as small buttons (a grid's row) or as the page's buttons. */
export function ActionButtons({ row, actions, small = false }: { row: ConsequenceRow; actions: ConsequenceActions; small?: boolean }) {
  const list = actions.actionsOf(row);
  if (list.length === 0) return null;
  return (
    <Stack direction="row" spacing={small ? 0.25 : 1} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {list.map((a) =>
        small ? (
          <RowButton key={a} color={a === '关闭' ? 'inherit' : 'primary'} onClick={() => actions.run(a, row)}>
            {a}
          </RowButton>
        ) : (
          <Button
            key={a}
            variant={a === '关闭' ? 'outlined' : 'contained'}
            color={a === '关闭' ? 'inherit' : 'primary'}
            disabled={actions.drafting === row.id}
            onClick={() => actions.run(a, row)}
          >
            {a}
          </Button>
        ),
      )}
    </Stack>
  );
}
