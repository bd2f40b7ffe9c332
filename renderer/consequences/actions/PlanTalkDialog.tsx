// 安排廉政谈话 for a grade-C unit: the unit's registered 主要负责人 is the 谈话对象 when there is exactly
// one (else a visible warning and the person chosen by hand), 计划日期 by default the talk's due date,
// the time, place, how it is held (本委: two or more 谈话人), the recorder. On react-hook-form with the
// contract's schema (planTalkInput); each problem shows at its field, the service's too.
import { Controller, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { planTalkInput, type ConsequenceDetail, type ConsequenceRow } from '../../../shared/consequences/index.ts';
import { HOLDERS, type Holder } from '../../../shared/interviews/index.ts';
import type { UserOption } from '../../../shared/core/index.ts';
import type { PersonRow } from '../../../shared/registry/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { useToday } from '../../app/session.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { PersonPicker, type PickedPerson } from '../../registry/index.ts';
import { useOfficeUsers } from '../common/useOfficeUsers.ts';

const LIMITS = limitsOf(planTalkInput);

/** The form's fields, named as the operation's (so a field's problem clears as it is changed). */
interface Draft {
  personId: PickedPerson | null;
  post: string;
  plannedDate: string;
  plannedTime: string;
  place: string;
  holder: Holder;
  interviewerIds: UserOption[];
  holderNames: string;
  recorderUserId: string;
}

function toInput(id: number, d: Draft) {
  return {
    id,
    personId: d.personId?.id,
    post: d.post,
    plannedDate: d.plannedDate,
    plannedTime: d.plannedTime.trim() === '' ? null : d.plannedTime,
    place: d.place,
    holder: d.holder,
    interviewerIds: d.holder === '本委' ? d.interviewerIds.map((u) => u.id) : [],
    holderNames: d.holder === '本委' ? '' : d.holderNames,
    recorderUserId: d.recorderUserId ? Number(d.recorderUserId) : null,
  };
}

const HOLDER_HINT: Record<Holder, string> = {
  本委: '由本委谈话人谈话，至少2人',
  委托谈话: '委托其所在党组织主要负责人谈话，填写受托人姓名、职务',
  上级纪委: '由上级纪委谈话，填写谈话人姓名',
};

interface Props {
  row: ConsequenceRow;
  onDone(detail: ConsequenceDetail): void;
  onClose(): void;
}

/** Reads the unit's registered 主要负责人 first, then shows the form with them. */
export function PlanTalkDialog({ row, onDone, onClose }: Props) {
  const leaders = useOp('people.list', { unitId: row.unitId, category: '主要负责人', status: '在职', page: 0, pageSize: 10, sortField: 'name', sortDir: 'asc' });
  if (!leaders.data && !leaders.error) {
    return (
      <FormDialog open title="安排廉政谈话" submitLabel="安排" busy onSubmit={() => undefined} onClose={onClose}>
        <LinearProgress aria-label="正在读取单位主要负责人" />
      </FormDialog>
    );
  }
  return <PlanTalkForm row={row} leaders={leaders.data?.rows ?? null} leadersError={leaders.error ? messageOf(leaders.error) : null} onDone={onDone} onClose={onClose} />;
}

function leaderWarning(unitName: string, leaders: readonly PersonRow[] | null): string | null {
  if (leaders === null) return null;
  if (leaders.length === 0) return `${unitName}在人员名册中没有登记在职的主要负责人，请选择谈话对象。`;
  if (leaders.length > 1) return `${unitName}登记了${leaders.length}名主要负责人（${leaders.map((p) => p.name).join('、')}），请确认谈话对象。`;
  return null;
}

function PlanTalkForm({ row, leaders, leadersError, onDone, onClose }: Props & { leaders: readonly PersonRow[] | null; leadersError: string | null }) {
  const { users, error: usersError } = useOfficeUsers();
  const today = useToday();
  // The talk's due date; once that has passed, today.
  const planned = row.dueDate !== null && row.dueDate >= today ? row.dueDate : today;
  const only = leaders?.length === 1 ? leaders[0] : undefined;
  const form = useSchemaForm(
    planTalkInput,
    {
      personId: only ? { id: only.id, name: only.name, post: only.post, unitName: only.unitName } : null,
      post: only?.post ?? '',
      plannedDate: planned,
      plannedTime: '',
      place: '',
      holder: '本委',
      interviewerIds: [],
      holderNames: '',
      recorderUserId: '',
    } satisfies Draft,
    (d: Draft) => toInput(row.id, d),
  );
  const { busy, problem, save } = useSave(onDone);
  const { message, fields } = shownProblems(form.formState.errors, problem);
  const holder = useWatch({ control: form.control, name: 'holder' });
  const submit = form.handleSubmit((input) => save(api.call('consequences.planTalk', input)));
  const warning = leaderWarning(row.unitName, leaders);

  return (
    <FormDialog
      open
      title="安排廉政谈话"
      submitLabel="安排"
      busy={busy}
      error={message ?? usersError ?? leadersError}
      dirty={form.formState.isDirty}
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="md"
    >
      <Alert severity="info">
        {row.unitName}：{row.basis}。谈话期限 {row.dueDate ?? '—'}。
      </Alert>
      {warning ? (
        <Alert severity="warning" role="alert">
          {warning}
        </Alert>
      ) : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={form.control}
          name="personId"
          render={({ field }) => (
            <PersonPicker
              label="谈话对象"
              value={field.value}
              onChange={(p) => {
                // 职务 follows the person chosen unless it was typed otherwise.
                const post = form.getValues('post');
                if (post === '' || post === (field.value?.post ?? '')) form.setValue('post', p?.post ?? '');
                field.onChange(p);
              }}
              error={fields['personId']}
              helperText={only ? '默认为单位登记的主要负责人，可更换' : '输入姓名中的文字查找'}
            />
          )}
        />
        <FormTextInput control={form.control} name="post" label="职务" problem={fields['post']} maxChars={LIMITS['post']} hint="默认取人员名册中的职务，可修改" />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={form.control}
          name="plannedDate"
          render={({ field }) => <DateInput label="计划日期" value={field.value} onChange={field.onChange} problem={fields['plannedDate']} required hint={planned === row.dueDate ? '默认为谈话期限' : '谈话期限已过，默认为今天'} />}
        />
        <FormTextInput control={form.control} name="plannedTime" label="计划时间" problem={fields['plannedTime']} hint="如 09:30" placeholder="09:30" />
        <FormTextInput control={form.control} name="place" label="地点" problem={fields['place']} maxChars={LIMITS['place']} />
      </Stack>
      <Controller
        control={form.control}
        name="holder"
        render={({ field }) => <ChoiceField label="谈话方式" value={field.value} choices={HOLDERS} onChange={field.onChange} error={fields['holder']} />}
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
                <TextField {...params} label="谈话人" required error={Boolean(fields['interviewerIds'])} helperText={fields['interviewerIds'] ?? HOLDER_HINT.本委} />
              )}
            />
          )}
        />
      ) : (
        <FormTextInput
          control={form.control}
          name="holderNames"
          label="受托人或上级谈话人"
          required
          problem={fields['holderNames']}
          maxChars={LIMITS['holderNames']}
          hint={HOLDER_HINT[holder]}
        />
      )}
      <FormTextInput
        control={form.control}
        name="recorderUserId"
        select
        label="记录人"
        problem={fields['recorderUserId']}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">（暂不指定）</MenuItem>
        {users.map((u) => (
          <MenuItem key={u.id} value={String(u.id)}>
            {u.displayName}
          </MenuItem>
        ))}
      </FormTextInput>
    </FormDialog>
  );
}
