// 年度 and 期间 pickers of the inputs pages (全年 or a quarter), both labelled.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { PageParams } from './periodParams.ts';

export function PeriodPickers({ p, thisYear }: { p: PageParams; thisYear: number }) {
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(p.year)) years.push(p.year);
  return (
    <>
      <TextField select label="年度" value={p.year} onChange={(e) => p.set({ year: e.target.value })} sx={{ width: 110 }}>
        {years.map((y) => (
          <MenuItem key={y} value={y}>
            {y}年
          </MenuItem>
        ))}
      </TextField>
      <TextField select label="期间" value={p.quarter} onChange={(e) => p.set({ quarter: e.target.value })} sx={{ width: 120 }}>
        <MenuItem value={0}>全年</MenuItem>
        {[1, 2, 3, 4].map((q) => (
          <MenuItem key={q} value={q}>
            第{q}季度
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
