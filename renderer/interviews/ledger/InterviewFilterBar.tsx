// The ledger's search box and filters; each writes the address, which the list follows.
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { CAUSE_KINDS, INTERVIEW_DUE_FILTERS, INTERVIEW_KINDS, INTERVIEW_STATUSES, INTERVIEW_OUTCOMES, TALK_TYPES } from '../../../shared/interviews/index.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import type { LedgerParams } from '../../kit/ledger/ledgerParams.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { SearchField } from '../../kit/SearchField.tsx';
import { PersonPicker, UnitPicker, unitParams } from '../../registry/index.ts';
import { MINE_FILTERS, OPEN_FILTERS, interviewFilterValues } from './interviewFilters.ts';
import { useInterviewers } from './useInterviewers.ts';

type Update = LedgerParams<string>['update'];

interface Props {
  value: (key: string) => string;
  update: Update;
}

/** A date filter writes a whole date or clears; a half-typed date changes nothing yet. */
const dateChange = (key: string, update: Update) => (value: string) => {
  if (value === '' || isIsoDate(value)) update({ [key]: value || undefined });
};

export function InterviewFilterBar({ value, update: set }: Props) {
  const v = interviewFilterValues(value);
  const [text, setText] = useSearchText(value, set);
  const { users } = useInterviewers();
  return (
    <>
      <SearchField label="搜索编号、对象、事由、地点" value={text} onChange={setText} width={220} />
      <ChoiceFilter label="类别" value={v.kind} choices={INTERVIEW_KINDS} onChange={(kind) => set({ kind })} width={100} />
      <ChoiceFilter label="谈话类别" value={v.talkType} choices={TALK_TYPES} onChange={(talkType) => set({ talkType })} width={140} />
      <ChoiceFilter label="状态" value={v.status} choices={INTERVIEW_STATUSES} onChange={(status) => set({ status })} width={110} />
      <ChoiceFilter label="未办结" value={v.open} choices={OPEN_FILTERS} onChange={(open) => set({ open })} width={110} />
      <TextField select label="谈话人" value={v.interviewer} onChange={(e) => set({ interviewer: e.target.value || undefined })} sx={{ width: 130 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
        <MenuItem value="">全部</MenuItem>
        {users.map((u) => (
          <MenuItem key={u.id} value={String(u.id)}>
            {u.displayName}
          </MenuItem>
        ))}
      </TextField>
      <PersonPicker label="对象" value={v.person} onChange={(p) => set({ person: p?.id, personName: p?.name })} width={150} />
      <UnitPicker label="单位" value={v.unit} onChange={(unit) => set(unitParams(unit))} includeInactive width={190} />
      <ChoiceFilter label="事由类型" value={v.cause} choices={CAUSE_KINDS} onChange={(cause) => set({ cause })} width={130} />
      <ChoiceFilter label="结果" value={v.outcome} choices={INTERVIEW_OUTCOMES} onChange={(outcome) => set({ outcome })} width={120} />
      <DateInput label="日期起" value={v.dateFrom} onChange={dateChange('from', set)} width={165} />
      <DateInput label="日期止" value={v.dateTo} onChange={dateChange('to', set)} width={165} />
      <ChoiceFilter label="时限状态" value={v.due} choices={INTERVIEW_DUE_FILTERS} onChange={(due) => set({ due })} width={120} />
      <ChoiceFilter label="我参加的" value={v.mine} choices={MINE_FILTERS} onChange={(mine) => set({ mine })} width={120} />
      {v.tipId !== undefined ? <Chip label="仅某一信访件的谈话函询" onDelete={() => set({ tip: undefined })} sx={{ alignSelf: 'center' }} /> : null}
      {v.rectItemId !== undefined ? (
        <Chip label="仅某一整改事项的谈话函询" onDelete={() => set({ rectItem: undefined })} sx={{ alignSelf: 'center' }} />
      ) : null}
    </>
  );
}
