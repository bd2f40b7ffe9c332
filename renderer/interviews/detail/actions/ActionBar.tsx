// The steps the person may take on the talk or letter now — exactly what the service's `can`
// says — and the dialog of the one chosen. The step the record waits for comes first.
import { useState } from 'react';
import Button from '@mui/material/Button';
import PrintIcon from '@mui/icons-material/Print';
import type { InterviewCan, InterviewDetail } from '../../../../shared/interviews/index.ts';
import { AssessDialog } from './AssessDialog.tsx';
import { ConcludeDialog } from './ConcludeDialog.tsx';
import { EditDialog } from './EditDialog.tsx';
import { ExtensionDecideDialog, ExtensionRequestDialog } from './ExtensionDialogs.tsx';
import { MeetingDialog } from './MeetingDialog.tsx';
import { DraftNoticeButton, PrintRecordDialog } from './NoticeActions.tsx';
import { RecordDialog } from './RecordDialog.tsx';
import { ReplyDialog } from './ReplyDialog.tsx';

type DialogKey = 'record' | 'conclude' | 'reply' | 'assess' | 'meeting' | 'decideExtension' | 'requestExtension' | 'edit' | 'printRecord';

const ACTIONS: ReadonlyArray<{ key: DialogKey & keyof InterviewCan; label: string }> = [
  { key: 'record', label: '记录谈话' },
  { key: 'conclude', label: '办结' },
  { key: 'reply', label: '登记答复' },
  { key: 'assess', label: '评估' },
  { key: 'decideExtension', label: '审批延期' },
  { key: 'meeting', label: '民主生活会' },
  { key: 'requestExtension', label: '申请延期' },
  { key: 'edit', label: '修改' },
];

interface Props {
  item: InterviewDetail;
  onChanged(item: InterviewDetail, message: string): void;
  onError(message: string): void;
}

export function InterviewActionBar({ item, onChanged, onError }: Props) {
  const [open, setOpen] = useState<DialogKey | null>(null);
  const shown = ACTIONS.filter((a) => item.can[a.key]);
  const props = {
    item,
    onClose: () => setOpen(null),
    onDone: (d: InterviewDetail, message: string) => {
      setOpen(null);
      onChanged(d, message);
    },
  };
  const pending = item.extensions.find((e) => e.state === '待审批') ?? null;
  return (
    <>
      {item.can.draftNotice ? <DraftNoticeButton item={item} onError={onError} primary /> : null}
      {shown.map((a, i) => (
        <Button key={a.key} variant={i === 0 && !item.can.draftNotice ? 'contained' : 'outlined'} onClick={() => setOpen(a.key)}>
          {a.label}
        </Button>
      ))}
      {item.can.printRecord ? (
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => setOpen('printRecord')}>
          打印谈话记录
        </Button>
      ) : null}
      {open === 'record' ? <RecordDialog {...props} /> : null}
      {open === 'conclude' ? <ConcludeDialog {...props} /> : null}
      {open === 'reply' ? <ReplyDialog {...props} /> : null}
      {open === 'assess' ? <AssessDialog {...props} /> : null}
      {open === 'meeting' ? <MeetingDialog {...props} /> : null}
      {open === 'requestExtension' ? <ExtensionRequestDialog {...props} /> : null}
      {open === 'decideExtension' && pending ? <ExtensionDecideDialog {...props} extension={pending} /> : null}
      {open === 'edit' ? <EditDialog {...props} /> : null}
      {open === 'printRecord' ? <PrintRecordDialog item={item} onClose={props.onClose} /> : null}
    </>
  );
}
