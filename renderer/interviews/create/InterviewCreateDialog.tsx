// 登记谈话 / 登记函询 (not from a lead's plan), on react-hook-form with the contract's schema
// (interviewCreateInput): 谈话类别, the person (with 职务 from the registry unless changed), the
// cause — a record found by its number, or words —, when and where, who holds it (本委: two or
// more interviewers; 委托谈话 / 上级纪委: the names typed) and the recorder. Each problem shows at
// its field, the service's too; once saved, the new record opens.
import { Controller, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  CAUSE_KINDS, HOLDERS, interviewCreateInput, TALK_TYPES, type CauseKind, type Holder, type InterviewDetail, type InterviewKind, type TalkType,
} from '../../../shared/interviews/index.ts';
import type { UserOption } from '../../../shared/core/index.ts';
import { api } from '../../api/client.ts';
import { invalidateAfter } from '../../api/query.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { PersonPicker, type PickedPerson } from '../../registry/index.ts';
import { interviewPath } from '../ledger/interviewRoute.ts';
import { useInterviewers } from '../ledger/useInterviewers.ts';
import { RecordFinder, RECORD_KINDS, type PickedRecord, type RecordKind } from './RecordFinder.tsx';

/** What a caller may fill in beforehand (约谈提醒 from a 整改事项). */
export interface InterviewPreset {
  talkType?: TalkType;
  person?: PickedPerson | null;
  causeKind?: CauseKind;
  record?: PickedRecord | null;
  causeText?: string;
}

/** The form's fields, named as the operation's (so a field's problem clears as it is changed). */
interface Draft {
  talkType: TalkType | '';
  personId: PickedPerson | null;
  post: string;
  cause: { kind: CauseKind | ''; record: PickedRecord | null; text: string };
  plannedDate: string;
  plannedTime: string;
  place: string;
  holder: Holder;
  interviewerIds: UserOption[];
  holderNames: string;
  recorderUserId: string;
}

/** 谈话函询's talks come only from an approved plan. */
const OWN_TALK_TYPES: readonly TalkType[] = TALK_TYPES.filter((t) => t !== '谈话函询');
const HOLDER_HINT: Record<Holder, string> = {
  本委: '由本委谈话人谈话，至少2人',
  委托谈话: '委托其所在党组织主要负责人谈话，谈话在15个工作日内完成',
  上级纪委: '由上级纪委谈话，填写谈话人姓名',
};
const LIMITS = limitsOf(interviewCreateInput);

function isRecordKind(kind: CauseKind | ''): kind is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(kind);
}

function toInput(kind: InterviewKind, d: Draft) {
  const record = isRecordKind(d.cause.kind) ? d.cause.record : null;
  const talk = kind === '谈话';
  return {
    kind,
    talkType: talk ? d.talkType || null : null,
    personId: d.personId?.id,
    post: d.post,
    cause: {
      kind: d.cause.kind || undefined,
      tipId: d.cause.kind === '信访件' ? (record?.id ?? null) : null,
      rectItemId: d.cause.kind === '整改事项' ? (record?.id ?? null) : null,
      documentId: d.cause.kind === '预警告知书' ? (record?.id ?? null) : null,
      text: d.cause.text,
    },
    plannedDate: d.plannedDate || null,
    plannedTime: talk ? d.plannedTime || null : null,
    place: talk ? d.place : '',
    holder: talk ? d.holder : '本委',
    interviewerIds: talk && d.holder === '本委' ? d.interviewerIds.map((u) => u.id) : [],
    holderNames: talk && d.holder !== '本委' ? d.holderNames : '',
    recorderUserId: talk && d.recorderUserId ? Number(d.recorderUserId) : null,
  };
}

interface Props {
  kind: InterviewKind;
  preset?: InterviewPreset;
  onClose(): void;
}

export function InterviewCreateDialog({ kind, preset, onClose }: Props) {
  const navigate = useNavigate();
  const talk = kind === '谈话';
  const { users, error: usersError } = useInterviewers();
  const form = useSchemaForm(
    interviewCreateInput,
    {
      talkType: preset?.talkType ?? '',
      personId: preset?.person ?? null,
      post: preset?.person?.post ?? '',
      cause: { kind: preset?.causeKind ?? '', record: preset?.record ?? null, text: preset?.causeText ?? '' },
      plannedDate: '',
      plannedTime: '',
      place: '',
      holder: '本委',
      interviewerIds: [],
      holderNames: '',
      recorderUserId: '',
    } satisfies Draft,
    (d: Draft) => toInput(kind, d),
  );
  const { busy, problem: saveProblem, save } = useSave((created: InterviewDetail) => {
    void invalidateAfter('interviews.create');
    onClose();
    navigate(interviewPath(created.id));
  });
  const { message, fields } = shownProblems(form.formState.errors, saveProblem);
  const f = (...keys: string[]) => keys.map((k) => fields[k]).find(Boolean);
  const [causeKind, holder] = useWatch({ control: form.control, name: ['cause.kind', 'holder'] });

  const submit = form.handleSubmit((input) => save(api.call('interviews.create', input)));
  const title = talk ? '登记谈话' : '登记函询';

  return (
    <FormDialog open title={title} submitLabel="登记" busy={busy} error={message ?? usersError} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose} maxWidth="md">
      {talk ? (
        <Controller
          control={form.control}
          name="talkType"
          render={({ field }) => <ChoiceField label="谈话类别" value={field.value} choices={OWN_TALK_TYPES} onChange={field.onChange} error={f('talkType')} autoFocus />}
        />
      ) : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={form.control}
          name="personId"
          render={({ field }) => (
            <PersonPicker
              label="谈话（函询）对象"
              value={field.value}
              onChange={(p) => {
                // 职务 follows the person chosen unless it was typed otherwise.
                const post = form.getValues('post');
                if (post === '' || post === (field.value?.post ?? '')) form.setValue('post', p?.post ?? '');
                field.onChange(p);
              }}
              error={f('personId')}
              helperText="输入姓名中的文字查找"
            />
          )}
        />
        <FormTextInput control={form.control} name="post" label="职务" problem={f('post')} maxChars={LIMITS.post} hint="默认取人员名册中的职务，可修改" />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={form.control}
          name="cause.kind"
          render={({ field }) => (
            <ChoiceField
              label="事由类型"
              value={field.value}
              choices={CAUSE_KINDS}
              onChange={(kind) => {
                // A record of another kind is not kept.
                if (kind !== field.value) form.setValue('cause.record', null);
                field.onChange(kind);
              }}
              error={f('cause.kind', 'cause')}
            />
          )}
        />
        {isRecordKind(causeKind) ? (
          <Controller
            control={form.control}
            name="cause.record"
            render={({ field }) => (
              <RecordFinder
                kind={causeKind}
                value={field.value}
                onChange={field.onChange}
                error={f('cause.tipId', 'cause.rectItemId', 'cause.documentId', 'tipId', 'rectItemId', 'documentId')}
              />
            )}
          />
        ) : null}
      </Stack>
      <FormTextInput
        control={form.control}
        name="cause.text"
        label="事由"
        multiline
        minRows={2}
        required={causeKind === '廉情指数' || causeKind === '其他'}
        problem={f('cause.text')}
        maxChars={500}
        hint={isRecordKind(causeKind) ? '可补充说明，选中的记录即为事由' : undefined}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={form.control}
          name="plannedDate"
          render={({ field }) => <DateInput label="计划日期" value={field.value} onChange={field.onChange} problem={f('plannedDate')} required={talk} />}
        />
        {talk ? (
          <FormTextInput control={form.control} name="plannedTime" label="计划时间" problem={f('plannedTime')} hint="如 09:30" placeholder="09:30" />
        ) : null}
        {talk ? <FormTextInput control={form.control} name="place" label="地点" problem={f('place')} maxChars={LIMITS.place} /> : null}
      </Stack>
      {talk ? (
        <>
          <Controller
            control={form.control}
            name="holder"
            render={({ field }) => (
              <ChoiceField label="谈话方式" value={field.value} choices={HOLDERS} onChange={field.onChange} error={f('holder') ?? undefined} />
            )}
          />
          {holder === '本委' ? (
            <Controller
              control={form.control}
              name="interviewerIds"
              render={({ field }) => (
                <Autocomplete<UserOption, true>
                  multiple
                  options={users}
                  value={field.value}
                  onChange={(_, next) => field.onChange(next)}
                  getOptionLabel={(u) => u.displayName}
                  getOptionKey={(u) => u.id}
                  isOptionEqualToValue={(a, b) => a.id === b.id}
                  noOptionsText="没有可选的谈话人"
                  clearText="清除"
                  openText="展开"
                  closeText="收起"
                  renderInput={(params) => (
                    <TextField {...params} label="谈话人" required error={Boolean(f('interviewerIds'))} helperText={f('interviewerIds') ?? HOLDER_HINT.本委} />
                  )}
                />
              )}
            />
          ) : (
            <FormTextInput control={form.control} name="holderNames" label="受托人或上级谈话人" required problem={f('holderNames')} maxChars={LIMITS.holderNames}
              hint={HOLDER_HINT[holder]} />
          )}
          <FormTextInput control={form.control} name="recorderUserId" select label="记录人" problem={f('recorderUserId')}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
            <MenuItem value="">（暂不指定）</MenuItem>
            {users.map((u) => (
              <MenuItem key={u.id} value={String(u.id)}>
                {u.displayName}
              </MenuItem>
            ))}
          </FormTextInput>
        </>
      ) : null}
    </FormDialog>
  );
}
