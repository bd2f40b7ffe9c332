// The labelled 年度 choice at the top of each platform page.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

interface Props {
  year: number;
  years: readonly number[];
  onChange(year: number): void;
}

export function YearSelect({ year, years, onChange }: Props) {
  return (
    <TextField select label="年度" value={year} onChange={(e) => onChange(Number(e.target.value))} sx={{ width: 120 }}>
      {years.map((y) => (
        <MenuItem key={y} value={y}>
          {y}年
        </MenuItem>
      ))}
    </TextField>
  );
}
