// The platform's filters, kept in the address: 年度, 单位类型, 所属乡镇 (the registry's units of
// type 镇（街道）), 颜色 (units with that colour in some quarter) and a search by name.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { COLOURS } from '../../../shared/integrity/index.ts';
import { UNIT_TYPES } from '../../../shared/registry/index.ts';
import { useOp } from '../../api/query.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { pickChoice, pickId } from '../../kit/ledger/ledgerParams.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { SearchField } from '../../kit/SearchField.tsx';
import { YearSelect } from './YearSelect.tsx';

type Update = (changes: Record<string, string | number | undefined>) => void;

/** The grid's filters read back from the address (what is not a valid choice is left out). */
export function gridFilters(value: (key: string) => string) {
  const filter = {
    unitType: pickChoice(UNIT_TYPES, value('type')) || undefined,
    parentId: pickId(value('town')),
    colour: pickChoice(COLOURS, value('colour')) || undefined,
    q: value('q') || undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Partial<typeof filter>;
}

const TOWN_TYPES = ['镇（街道）'] as const;

interface Props {
  year: number;
  years: readonly number[];
  onYear(year: number): void;
  value: (key: string) => string;
  update: Update;
}

export function GridFilters({ year, years, onYear, value, update }: Props) {
  const [text, setText] = useSearchText(value, update);
  const towns = useOp('units.options', { types: [...TOWN_TYPES], limit: 50, includeInactive: true });
  const town = value('town');
  const knownTown = (towns.data ?? []).some((t) => String(t.id) === town) ? town : '';
  return (
    <>
      <YearSelect year={year} years={years} onChange={onYear} />
      <ChoiceFilter label="单位类型" value={pickChoice(UNIT_TYPES, value('type'))} choices={UNIT_TYPES} onChange={(type) => update({ type })} width={140} />
      <TextField
        select
        label="所属乡镇"
        value={knownTown}
        onChange={(e) => update({ town: e.target.value || undefined })}
        sx={{ width: 160 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">全部</MenuItem>
        {(towns.data ?? []).map((t) => (
          <MenuItem key={t.id} value={String(t.id)}>
            {t.name}
          </MenuItem>
        ))}
      </TextField>
      <ChoiceFilter label="颜色" value={pickChoice(COLOURS, value('colour'))} choices={COLOURS} onChange={(colour) => update({ colour })} width={110} />
      <SearchField label="搜索单位名称" value={text} onChange={setText} width={200} />
    </>
  );
}
