// A 通知's fields as the clerk fills them in — 标题, 主送机关, 正文, 附件, 成文日期, 抄送机关 —
// react-hook-form checked by the contract's schema, for a new draft and for editing one. The
// service's answers on saving are shown at the fields (its paths are fields.title …).
import type { FormEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Controller } from 'react-hook-form';
import { noticeFieldsInput, type DocDetail, type NoticeFields } from '../../../shared/documents/index.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { LeaveGuard } from '../../kit/forms/LeaveGuard.tsx';
import { limitsOf, maxCharsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';

const LIMITS = limitsOf(noticeFieldsInput);
const ATTACHMENT_MAX = maxCharsOf(noticeFieldsInput.shape.attachments.unwrap().element);

interface NoticeDraft {
  title: string;
  recipients: string;
  body: string;
  attachments: string[];
  date: string;
  copyTo: string;
}

export function noticeDraftOf(fields: NoticeFields): NoticeDraft {
  return { ...fields, attachments: [...fields.attachments] };
}

/** The service names a draft's fields under `fields.`: shown at the form's own. */
function withoutPrefix(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]));
}

export interface NoticeFormState {
  busy: boolean;
  dirty: boolean;
}

interface Props {
  initial: NoticeDraft;
  /** Saves the fields (creates the draft or updates it). */
  save(fields: NoticeFields): Promise<DocDetail>;
  onSaved(doc: DocDetail): void;
  /** The buttons under the fields (the submit button 保存草稿 among them). */
  actions(state: NoticeFormState): ReactNode;
  autoFocus?: boolean;
}

export function NoticeForm({ initial, save: saveFields, onSaved, actions, autoFocus }: Props) {
  const form = useSchemaForm(noticeFieldsInput, initial, (d: NoticeDraft) => d);
  const { busy, problem, save } = useSave((doc: DocDetail) => {
    if (doc.kind === 'notice') form.reset(noticeDraftOf(doc.fields));
    onSaved(doc);
  });
  const { message, fields: f } = shownProblems(form.formState.errors, problem ? { ...problem, fields: withoutPrefix(problem.fields) } : null);
  const attachments = form.watch('attachments');

  const setAttachments = (next: string[]) => {
    form.setValue('attachments', next, { shouldDirty: true });
    if (form.formState.isSubmitted) void form.trigger();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    void form.handleSubmit((fields) => save(saveFields(fields)))();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="通知">
      <Stack spacing={2}>
        <ErrorAlert error={message} sx={{}} />
        <FormTextInput control={form.control} name="title" label="标题" required autoFocus={autoFocus} problem={f.title} hint="如：关于开展2026年度廉政教育的通知" maxChars={LIMITS.title} />
        <FormTextInput control={form.control} name="recipients" label="主送机关" required problem={f.recipients} hint="如：各乡镇纪委，县直各单位" maxChars={LIMITS.recipients} />
        <FormTextInput
          control={form.control}
          name="body"
          label="正文"
          required
          multiline
          minRows={10}
          problem={f.body}
          hint="每段一行；以“一、”“（一）”开头的行为标题"
          maxChars={LIMITS.body}
        />
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
          <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
            附件
          </Typography>
          <Stack spacing={1.5}>
            {attachments.map((_, i) => (
              <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <FormTextInput control={form.control} name={`attachments.${i}`} label={`附件${i + 1}名称`} required problem={f[`attachments.${i}`]} maxChars={ATTACHMENT_MAX} size="small" />
                <Tooltip title={`删除附件${i + 1}`}>
                  <IconButton aria-label={`删除附件${i + 1}`} onClick={() => setAttachments(attachments.filter((__, j) => j !== i))}>
                    <DeleteOutlineIcon />
                  </IconButton>
                </Tooltip>
              </Stack>
            ))}
            {f.attachments ? <ErrorAlert error={f.attachments} sx={{}} /> : null}
            <div>
              <Button startIcon={<AddIcon />} onClick={() => setAttachments([...attachments, ''])}>
                添加附件
              </Button>
            </div>
          </Stack>
        </Box>
        <Controller
          control={form.control}
          name="date"
          render={({ field }) => <DateInput label="成文日期" value={field.value} onChange={field.onChange} problem={f.date} required width={220} />}
        />
        <FormTextInput control={form.control} name="copyTo" label="抄送机关" problem={f.copyTo} hint="一行，多个机关以顿号或逗号分隔；无则留空" maxChars={LIMITS.copyTo} />
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {actions({ busy, dirty: form.formState.isDirty })}
        </Stack>
      </Stack>
      <LeaveGuard dirty={form.formState.isDirty && !busy} what="通知" />
    </form>
  );
}
