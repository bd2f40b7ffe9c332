// 节假日设置 (系统管理员): the year's 法定节假日 (休) and 调休上班日 (班) that working-day
// deadlines follow — a year view and a list; set a date, change it, or 恢复 it to the ordinary
// rule (Monday to Friday worked).
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { CalendarDay } from '../../../shared/core/calendar.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { CalendarDayDialog } from './CalendarDayDialog.tsx';
import { CalendarDayTable } from './CalendarDayTable.tsx';
import { LAST_BUILT_IN_YEAR, calendarYears, weekdayName } from './calendarDates.ts';
import { MonthGrid } from './MonthGrid.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { useToday } from '../../app/session.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function CalendarPage() {
  const thisYear = Number(useToday().slice(0, 4));
  const years = useMemo(() => calendarYears(thisYear), [thisYear]);
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<{ date: string; day: CalendarDay | null } | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const notice = useNotice();

  // Read again by itself after a day is set or restored (a calendar write marks it stale).
  const list = useOp('calendar.list', { year });
  const days = useMemo(() => (list.data ? [...list.data].sort((a, b) => a.date.localeCompare(b.date)) : null), [list.data]);
  const error = list.error ? messageOf(list.error) : null;

  const byDate = useMemo(() => new Map((days ?? []).map((d) => [d.date, d])), [days]);
  const offCount = days?.filter((d) => d.kind === '休').length ?? 0;
  const workCount = days?.filter((d) => d.kind === '班').length ?? 0;

  const restore = (day: CalendarDay) =>
    setConfirm({
      title: '恢复普通规则',
      message: `恢复后，${day.date}（${weekdayName(day.date)}）不再是${day.kind === '休' ? '放假日' : '调休上班日'}，按普通规则计算：周一至周五上班，周六、周日休息。`,
      confirmLabel: '恢复',
      run: () => api.call('calendar.set', { date: day.date, kind: null }),
    });

  return (
    <Box sx={{ overflow: 'auto' }}>
      <PageHeader title="节假日设置">
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ date: '', day: null })}>
          设置日期
        </Button>
      </PageHeader>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        按工作日计算的时限（拟办、审批、反馈、函询回复等）按本页的安排跳过节假日。系统已内置国务院办公厅公布的2025年、2026年节假日安排；以后年度请在国务院办公厅发布当年放假通知后，在此录入放假日期（休）和调休上班日期（班）。
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1.5 }}>
        <TextField select label="年度" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }}>
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}年
            </MenuItem>
          ))}
        </TextField>
        {days ? (
          <Typography variant="body2" aria-live="polite">
            {year}年：放假 {offCount} 天，调休上班 {workCount} 天
          </Typography>
        ) : null}
      </Stack>
      <ErrorAlert error={error} />
      {days && days.length === 0 && year > LAST_BUILT_IN_YEAR ? (
        <Alert severity="warning" sx={{ mb: 1.5 }}>
          {year}年的节假日安排尚未录入。录入之前，该年度按周一至周五上班计算工作日时限。
        </Alert>
      ) : null}
      {!days && !error ? <LinearProgress aria-label="正在加载" /> : null}
      {days ? (
        <>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 1.5, mb: 2 }}>
            {MONTHS.map((m) => (
              <MonthGrid key={m} year={year} month={m} days={byDate} onPick={(date) => setEditing({ date, day: byDate.get(date) ?? null })} />
            ))}
          </Box>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            {year}年节假日和调休上班日
          </Typography>
          <CalendarDayTable
            year={year}
            days={days}
            onEdit={(day) => setEditing({ date: day.date, day })}
            onRestore={restore}
          />
        </>
      ) : null}
      {editing ? (
        <CalendarDayDialog
          initial={editing}
          years={{ from: years[0] ?? thisYear, to: years[years.length - 1] ?? thisYear }}
          onClose={() => setEditing(null)}
          onSaved={(date) => {
            setEditing(null);
            notice.show(`已设置 ${date}`);
            const savedYear = Number(date.slice(0, 4));
            if (savedYear !== year) setYear(savedYear);
          }}
        />
      ) : null}
      <ConfirmDialog
        request={confirm}
        onClose={() => setConfirm(null)}
        onDone={() => {
          setConfirm(null);
          notice.show('已恢复普通规则');
        }}
      />
      {notice.element}
    </Box>
  );
}
