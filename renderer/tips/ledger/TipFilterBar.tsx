// The ledger's search box and filters; each writes the address, which the list follows.
import Chip from '@mui/material/Chip';
import { DISPOSALS, TIP_CATEGORIES, TIP_CHANNELS, TIP_STATUSES } from '../../../shared/tips/enums.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import type { LedgerParams } from '../../kit/ledger/ledgerParams.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { SearchField } from '../../kit/SearchField.tsx';
import { UnitPicker, unitParams } from '../../registry/index.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { DUE_FILTERS, REPEAT_FILTERS, tipFilterValues } from './useTipFilters.ts';
import { MINE_FILTERS } from '../../../shared/tips/ledger.ts';

interface Props {
  params: LedgerParams<string>;
  /** The name of the 承办人 a link filtered by (e.g. 我承办的), shown as a removable chip. */
  handlerName: string | null;
}

/** A date filter writes a whole date or clears; a half-typed date changes nothing yet. */
const dateChange = (key: string, update: LedgerParams<string>['update']) => (value: string) => {
  if (value === '' || isIsoDate(value)) update({ [key]: value || undefined });
};

export function TipFilterBar({ params, handlerName }: Props) {
  const v = tipFilterValues(params);
  const set = params.update;
  const [text, setText] = useSearchText(params.value, set);
  return (
    <>
      <SearchField label="搜索编号、姓名、摘要" value={text} onChange={setText} width={220} />
      <ChoiceFilter label="我的" value={v.mine} choices={MINE_FILTERS} onChange={(mine) => set({ mine })} width={120} />
      <ChoiceFilter label="来源渠道" value={v.channel} choices={TIP_CHANNELS} onChange={(channel) => set({ channel })} width={140} />
      <ChoiceFilter label="问题类别" value={v.category} choices={TIP_CATEGORIES} onChange={(category) => set({ category })} width={150} />
      <ChoiceFilter label="办理状态" value={v.status} choices={TIP_STATUSES} onChange={(status) => set({ status })} width={120} />
      <ChoiceFilter label="处置方式" value={v.disposal} choices={DISPOSALS} onChange={(disposal) => set({ disposal })} width={120} />
      <UnitPicker label="被反映单位" value={v.unit} onChange={(unit) => set(unitParams(unit))} includeInactive width={220} />
      <ChoiceFilter label="时限状态" value={v.due} choices={DUE_FILTERS} onChange={(due) => set({ due })} width={120} />
      <ChoiceFilter label="重复件" value={v.repeat} choices={REPEAT_FILTERS} onChange={(repeat) => set({ repeat })} width={120} />
      <DateInput label="收件日期起" value={v.dateFrom} onChange={dateChange('from', set)} width={170} />
      <DateInput label="收件日期止" value={v.dateTo} onChange={dateChange('to', set)} width={170} />
      {v.handlerUserId !== undefined ? <Chip label={`承办人：${handlerName ?? '（指定）'}`} onDelete={() => set({ handler: undefined })} sx={{ alignSelf: 'center' }} /> : null}
    </>
  );
}
