// The row above the period's list: 年度, 期间, 办理情况, 事项类型 and the unit search, all kept in the
// address (a new choice goes back to the first page).
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { CONSEQUENCE_FILTERS, type ConsequenceFilter } from '../../../shared/consequences/index.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { SearchField } from '../../kit/SearchField.tsx';
import { QuarterSelect, YearSelect } from '../common/PeriodSelects.tsx';
import { kindsOf, type usePeriodParams } from './periodParams.ts';

export function PeriodFilters({ place }: { place: ReturnType<typeof usePeriodParams> }) {
  const { params, year, years, quarter, filter, kind } = place;
  const [text, type] = useSearchText(params.value, params.update);
  return (
    <FilterBar>
      <YearSelect year={year} years={years} onChange={(y) => params.update({ year: y })} />
      {/* Another period has other kinds: a kind it does not have is dropped. */}
      <QuarterSelect quarter={quarter} onChange={(q) => params.update({ quarter: q, kind: kind !== '' && kindsOf(q).includes(kind) ? kind : undefined })} />
      <TextField
        select
        label="办理情况"
        value={filter}
        onChange={(e) => params.update({ filter: e.target.value === '全部' ? undefined : (e.target.value as ConsequenceFilter) })}
        sx={{ width: 140 }}
      >
        {CONSEQUENCE_FILTERS.map((f) => (
          <MenuItem key={f} value={f}>
            {f}
          </MenuItem>
        ))}
      </TextField>
      <ChoiceFilter label="事项类型" value={kind} choices={kindsOf(quarter)} onChange={(k) => params.update({ kind: k || undefined })} width={170} />
      <SearchField label="搜索单位名称" value={text} onChange={type} />
    </FilterBar>
  );
}
