// The ledger's search box and filters.
import Chip from '@mui/material/Chip';
import { DISPOSALS, TIP_CATEGORIES, TIP_CHANNELS, TIP_STATUSES } from '../../../shared/tips/enums.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { UnitPicker } from '../../registry/index.ts';
import { DateInput } from '../common/DateInput.tsx';
import { DUE_FILTERS, REPEAT_FILTERS, type TipFilterState } from './useTipFilters.ts';

interface Props {
  filters: TipFilterState;
  /** The name of the 承办人 a link filtered by (e.g. 我承办的), shown as a removable chip. */
  handlerName: string | null;
}

export function TipFilterBar({ filters, handlerName }: Props) {
  const { values: v, set } = filters;
  return (
    <FilterBar>
      <SearchField label="搜索编号、姓名、摘要" value={v.text} onChange={set.setText} width={220} />
      <ChoiceFilter label="来源渠道" value={v.channel} choices={TIP_CHANNELS} onChange={set.setChannel} width={140} />
      <ChoiceFilter label="问题类别" value={v.category} choices={TIP_CATEGORIES} onChange={set.setCategory} width={150} />
      <ChoiceFilter label="办理状态" value={v.status} choices={TIP_STATUSES} onChange={set.setStatus} width={120} />
      <ChoiceFilter label="处置方式" value={v.disposal} choices={DISPOSALS} onChange={set.setDisposal} width={120} />
      <UnitPicker label="被反映单位" value={v.unit} onChange={set.setUnit} includeInactive width={220} />
      <ChoiceFilter label="时限状态" value={v.due} choices={DUE_FILTERS} onChange={set.setDue} width={120} />
      <ChoiceFilter label="重复件" value={v.repeat} choices={REPEAT_FILTERS} onChange={set.setRepeat} width={120} />
      <DateInput label="收件日期起" value={v.dateFrom} onChange={set.setDateFrom} width={170} />
      <DateInput label="收件日期止" value={v.dateTo} onChange={set.setDateTo} width={170} />
      {v.handlerUserId !== undefined ? <Chip label={`承办人：${handlerName ?? '（指定）'}`} onDelete={() => set.setHandlerUserId(undefined)} sx={{ alignSelf: 'center' }} /> : null}
    </FilterBar>
  );
}
