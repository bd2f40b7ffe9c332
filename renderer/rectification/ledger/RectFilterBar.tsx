// The ledger's search box and filters (also above 整改汇总); each writes the address, which the
// list follows.
import Chip from '@mui/material/Chip';
import { RECT_DUE_FILTERS, RECT_SOURCES } from '../../../shared/rectification/index.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import type { LedgerParams } from '../../kit/ledger/ledgerParams.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { SearchField } from '../../kit/SearchField.tsx';
import { UnitPicker, unitParams } from '../../registry/index.ts';
import { PersonPicker } from '../../registry/index.ts';
import { MINE_FILTERS, RECURRENCE_FILTERS, STATUS_FILTERS, rectFilterValues } from './rectFilters.ts';

type Update = LedgerParams<string>['update'];

interface Props {
  value: (key: string) => string;
  update: Update;
  /** 整改汇总 shows the filters without the search box and the person. */
  compact?: boolean;
}

/** A date filter writes a whole date or clears; a half-typed date changes nothing yet. */
const dateChange = (key: string, update: Update) => (value: string) => {
  if (value === '' || isIsoDate(value)) update({ [key]: value || undefined });
};

export function RectFilterBar({ value, update: set, compact = false }: Props) {
  const v = rectFilterValues(value);
  const [text, setText] = useSearchText(value, set);
  return (
    <>
      {compact ? null : <SearchField label="搜索编号、问题描述、整改措施" value={text} onChange={setText} width={220} />}
      <UnitPicker label="单位" value={v.unit} onChange={(unit) => set(unitParams(unit))} includeInactive width={200} />
      <ChoiceFilter label="问题来源" value={v.source} choices={RECT_SOURCES} onChange={(source) => set({ source })} width={130} />
      <ChoiceFilter label="整改状态" value={v.status} choices={STATUS_FILTERS} onChange={(status) => set({ status })} width={120} />
      <ChoiceFilter label="时限" value={v.due} choices={RECT_DUE_FILTERS} onChange={(due) => set({ due })} width={120} />
      {compact ? null : (
        <PersonPicker label="责任人" value={v.person} onChange={(p) => set({ person: p?.id, personName: p?.name })} width={160} />
      )}
      <DateInput label="整改时限起" value={v.dateFrom} onChange={dateChange('from', set)} width={170} />
      <DateInput label="整改时限止" value={v.dateTo} onChange={dateChange('to', set)} width={170} />
      <ChoiceFilter label="屡查屡犯" value={v.recurrence} choices={RECURRENCE_FILTERS} onChange={(recurrence) => set({ recurrence })} width={140} />
      <ChoiceFilter label="我联系的单位" value={v.mine} choices={MINE_FILTERS} onChange={(mine) => set({ mine })} width={150} />
      {v.documentId !== undefined ? (
        <Chip label="仅某一预警告知书的事项" onDelete={() => set({ document: undefined })} sx={{ alignSelf: 'center' }} />
      ) : null}
    </>
  );
}
