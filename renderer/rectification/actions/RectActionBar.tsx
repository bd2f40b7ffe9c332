// The steps the person may take on the item now — exactly what the service's `can` says — and
// the dialog of the one chosen. 登记屡查屡犯 opens the registration form linked to this item.
import { useState } from 'react';
import Button from '@mui/material/Button';
import type { RectDetail } from '../../../shared/rectification/index.ts';
import { useRectNav } from '../common/rectRoute.ts';
import { AcceptanceDialog } from './AcceptanceDialog.tsx';
import { CloseDialog } from './CloseDialog.tsx';
import { EditDialog } from './EditDialog.tsx';
import { ExtensionDecideDialog } from './ExtensionDecideDialog.tsx';
import { ExtensionRequestDialog } from './ExtensionRequestDialog.tsx';
import { ProgressDialog } from './ProgressDialog.tsx';
import { VerifyDialog } from './VerifyDialog.tsx';

type DialogKey = 'progress' | 'requestAcceptance' | 'verify' | 'close' | 'decideExtension' | 'requestExtension' | 'edit';

/** The order of the buttons: the step the item waits for first. */
const ACTIONS: ReadonlyArray<{ key: DialogKey; label: string }> = [
  { key: 'verify', label: '验收' },
  { key: 'close', label: '销号' },
  { key: 'decideExtension', label: '审批延期' },
  { key: 'progress', label: '记录进展' },
  { key: 'requestAcceptance', label: '申请验收' },
  { key: 'requestExtension', label: '申请延期' },
  { key: 'edit', label: '修改' },
];

interface Props {
  item: RectDetail;
  onChanged(item: RectDetail, message: string): void;
}

export function RectActionBar({ item, onChanged }: Props) {
  const nav = useRectNav();
  const [open, setOpen] = useState<DialogKey | null>(null);
  const shown = ACTIONS.filter((a) => item.can[a.key]);
  const props = {
    item,
    onClose: () => setOpen(null),
    onDone: (d: RectDetail, message: string) => {
      setOpen(null);
      onChanged(d, message);
    },
  };
  return (
    <>
      {shown.map((a, i) => (
        <Button key={a.key} variant={i === 0 ? 'contained' : 'outlined'} onClick={() => setOpen(a.key)}>
          {a.label}
        </Button>
      ))}
      {item.can.recur ? (
        <Button variant="outlined" onClick={() => nav.newItems(item.id)}>
          登记屡查屡犯
        </Button>
      ) : null}
      {open === 'progress' ? <ProgressDialog {...props} /> : null}
      {open === 'requestAcceptance' ? <AcceptanceDialog {...props} /> : null}
      {open === 'verify' ? <VerifyDialog {...props} /> : null}
      {open === 'close' ? <CloseDialog {...props} /> : null}
      {open === 'requestExtension' ? <ExtensionRequestDialog {...props} /> : null}
      {open === 'decideExtension' ? <ExtensionDecideDialog {...props} extension={item.extensions.find((e) => e.state === '待审批') ?? null} /> : null}
      {open === 'edit' ? <EditDialog {...props} /> : null}
    </>
  );
}
