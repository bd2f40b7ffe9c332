// The labelled 年度 and 期间 choices (期间: 第一季度 … 第四季度, 全年) at the top of the closed loop's pages.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { periodName } from './words.ts';

export function YearSelect({ year, years, onChange }: { year: number; years: readonly number[]; onChange(year: number): void }) {
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

export function QuarterSelect({ quarter, onChange }: { quarter: number; onChange(quarter: number): void }) {
  return (
    <TextField select label="期间" value={quarter} onChange={(e) => onChange(Number(e.target.value))} sx={{ width: 130 }}>
      {[1, 2, 3, 4, 0].map((q) => (
        <MenuItem key={q} value={q}>
          {periodName(q)}
        </MenuItem>
      ))}
    </TextField>
  );
}
