// The buttons of the steps the person may take now, and the dialog of the one chosen.
import { useState } from 'react';
import Button from '@mui/material/Button';
import type { TipDetail } from '../../../shared/tips/ledger.ts';
import { useSession } from '../../app/session.ts';
import { ApproveDialog } from './ApproveDialog.tsx';
import { ArchiveDialog } from './ArchiveDialog.tsx';
import { ReopenDialog } from './ReopenDialog.tsx';
import { ConcludeDialog } from './ConcludeDialog.tsx';
import { ExtensionDecideDialog } from './ExtensionDecideDialog.tsx';
import { ExtensionRequestDialog } from './ExtensionRequestDialog.tsx';
import { FeedbackDialog } from './FeedbackDialog.tsx';
import { ProposeDialog } from './ProposeDialog.tsx';
import { availableActions, pendingExtension, type TipActionKey } from './tipActions.ts';

interface Props {
  tip: TipDetail;
  onChanged(tip: TipDetail, message: string): void;
}

export function TipActionBar({ tip, onChanged }: Props) {
  const { user } = useSession();
  const [open, setOpen] = useState<TipActionKey | null>(null);
  const actions = availableActions(tip, user);
  const close = () => setOpen(null);
  const done = (d: TipDetail, message: string) => {
    setOpen(null);
    onChanged(d, message);
  };
  const props = { tip, onDone: done, onClose: close };
  const pending = pendingExtension(tip);

  return (
    <>
      {actions.map((a, i) => (
        <Button key={a.key} variant={i === 0 ? 'contained' : 'outlined'} onClick={() => setOpen(a.key)}>
          {a.label}
        </Button>
      ))}
      {open === 'propose' ? <ProposeDialog {...props} /> : null}
      {open === 'approve' ? <ApproveDialog {...props} /> : null}
      {open === 'conclude' ? <ConcludeDialog {...props} /> : null}
      {open === 'extend' ? <ExtensionRequestDialog {...props} /> : null}
      {open === 'decideExtension' && pending ? <ExtensionDecideDialog {...props} extension={pending} /> : null}
      {open === 'feedback' ? <FeedbackDialog {...props} /> : null}
      {open === 'archive' ? <ArchiveDialog {...props} /> : null}
      {open === 'reopen' ? <ReopenDialog {...props} /> : null}
    </>
  );
}
