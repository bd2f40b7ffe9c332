// 修改 a talk or letter not yet held or sent: the person and post, the cause's text, when and where,
// and who holds it. The kind, the type and the record the cause names stay; sent with the version read.
import { Controller, useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { HOLDERS, interviewUpdateInput, type Holder, type InterviewDetail } from '../../../../shared/interviews/index.ts';
import { api } from '../../../api/client.ts';
import { useToday } from '../../../app/session.ts';
import { FormDialog } from '../../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../../kit/forms/limits.ts';
import { useSave } from '../../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../../kit/forms/useSchemaForm.ts';
import { PersonPicker, type PickedPerson } from '../../../registry/index.ts';
import { ChoiceControl, DateControl, type StepDialogProps } from '../fields.tsx';
import { InterviewersField, RecorderField, type StaffPick } from './StaffFields.tsx';

interface Draft {
  person: PickedPerson | null;
  post: string;
  causeText: string;
  plannedDate: string;
  plannedTime: string;
  place: string;
  holder: Holder;
  interviewers: StaffPick[];
  holderNames: string;
  recorderUserId: number | null;
}

const LIMITS = limitsOf(interviewUpdateInput);

export function EditDialog({ item, onDone, onClose }: StepDialogProps) {
  const today = useToday();
  const talk = item.kind === '谈话';
  const form = useSchemaForm<Draft, typeof interviewUpdateInput>(interviewUpdateInput,
    {
      person: { id: item.personId, name: item.personName, post: item.post, unitName: item.unitName },
      post: item.post,
      causeText: item.cause.text,
      plannedDate: item.plannedDate ?? '',
      plannedTime: item.plannedTime ?? '',
      place: item.place,
      holder: item.holder,
      interviewers: item.interviewers,
      holderNames: item.holderNames,
      recorderUserId: item.recorder?.id ?? null,
    } satisfies Draft,
    (d: Draft) => ({
      id: item.id,
      version: item.version,
      personId: d.person?.id,
      post: d.post,
      cause: { kind: item.cause.kind, tipId: item.cause.tipId, rectItemId: item.cause.rectItemId, documentId: item.cause.documentId, text: d.causeText },
      plannedDate: d.plannedDate.trim() === '' ? null : d.plannedDate,
      plannedTime: d.plannedTime.trim() === '' ? null : d.plannedTime,
      place: d.place,
      holder: d.holder,
      interviewerIds: d.holder === '本委' ? d.interviewers.map((u) => u.id) : [],
      holderNames: d.holder === '本委' ? '' : d.holderNames,
      recorderUserId: d.recorderUserId,
    }),
  );
  const holder = useWatch({ control: form.control, name: 'holder' });
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, '已保存修改'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.update', input)));
  const typedCause = item.cause.kind === '廉情指数' || item.cause.kind === '其他';

  return (
    <FormDialog open title={talk ? '修改谈话' : '修改函询'} busy={busy} error={message} dirty={form.formState.isDirty} maxWidth="md" onSubmit={() => void submit()} onClose={onClose}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, alignItems: 'start' }}>
        <Controller
          control={form.control}
          name="person"
          render={({ field }) => (
            <PersonPicker
              label="谈话（函询）对象"
              value={field.value}
              onChange={(p) => {
                field.onChange(p);
                if (p) form.setValue('post', p.post ?? '');
              }}
              error={f.personId}
            />
          )}
        />
        <FormTextInput control={form.control} name="post" label="职务" problem={f.post} maxChars={LIMITS.post} />
      </Box>
      {typedCause ? null : (
        <Typography variant="body2">
          事由：{item.cause.label}
        </Typography>
      )}
      <FormTextInput
        control={form.control}
        name="causeText"
        label={typedCause ? '事由' : '事由补充说明'}
        required={typedCause}
        multiline
        minRows={2}
        problem={f['cause.text'] ?? f.cause}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: '220px 160px 1fr', gap: 1.5, alignItems: 'start' }}>
        <DateControl control={form.control} name="plannedDate" label="计划日期" problem={f.plannedDate} min={today} required={talk} />
        <FormTextInput control={form.control} name="plannedTime" label="计划时间" placeholder="09:30" problem={f.plannedTime} />
        <FormTextInput control={form.control} name="place" label="地点" problem={f.place} maxChars={LIMITS.place} />
      </Box>
      {talk ? (
        <>
          <ChoiceControl control={form.control} name="holder" label="谈话方式" choices={HOLDERS} problem={f.holder} />
          {holder === '本委' ? (
            <Controller
              control={form.control}
              name="interviewers"
              render={({ field }) => <InterviewersField value={field.value} onChange={field.onChange} problem={f.interviewerIds ?? f['interviewerIds.0']} />}
            />
          ) : (
            <FormTextInput
              control={form.control}
              name="holderNames"
              label={holder === '委托谈话' ? '受托谈话人（姓名、职务）' : '上级纪委谈话人'}
              required
              problem={f.holderNames}
              maxChars={LIMITS.holderNames}
            />
          )}
          <Controller control={form.control} name="recorderUserId" render={({ field }) => <RecorderField value={field.value} onChange={field.onChange} problem={f.recorderUserId} />} />
        </>
      ) : null}
    </FormDialog>
  );
}
