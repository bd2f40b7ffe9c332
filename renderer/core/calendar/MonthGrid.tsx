// One month of the holiday page's year view: a week per line starting on Monday; 休 days in
// red, 调休 班 days in blue, ordinary weekends grey. Clicking a day opens it for setting.
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { CalendarDay } from '../../../shared/core/calendar.ts';
import { isWeekend, monthDays } from './calendarDates.ts';

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];

interface Props {
  year: number;
  month: number;
  days: ReadonlyMap<string, CalendarDay>;
  onPick(date: string): void;
}

const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

function cellColors(day: CalendarDay | undefined, weekend: boolean): { bg: string; fg: string } {
  if (day?.kind === '休') return { bg: '#fde2e1', fg: '#a11a1a' };
  if (day?.kind === '班') return { bg: '#dde8f6', fg: '#1f4e79' };
  return { bg: 'transparent', fg: weekend ? '#5f6672' : 'inherit' };
}

export function MonthGrid({ year, month, days, onPick }: Props) {
  const { lead, dates } = monthDays(year, month);
  return (
    <Paper component="section" aria-label={`${year}年${month}月`} variant="outlined" sx={{ p: 1 }}>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600, textAlign: 'center', mb: 0.5 }}>
        {month}月
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: '2px', fontSize: 12, textAlign: 'center' }}>
        {HEAD.map((h, i) => (
          <Box key={h} sx={{ color: i >= 5 ? '#5f6672' : 'text.secondary', py: 0.25 }}>
            {h}
          </Box>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <Box key={`lead-${i}`} />
        ))}
        {dates.map((date) => {
          const day = days.get(date);
          const { bg, fg } = cellColors(day, isWeekend(date));
          const dayNumber = Number(date.slice(8));
          const spoken = `${month}月${dayNumber}日${day ? ` ${day.kind}${day.name ? ` ${day.name}` : ''}` : ''}`;
          return (
            <ButtonBase
              key={date}
              onClick={() => onPick(date)}
              title={day ? `${day.kind}${day.name ? `：${day.name}` : ''}` : undefined}
              sx={{
                position: 'relative',
                height: 26,
                borderRadius: 0.5,
                bgcolor: bg,
                color: fg,
                fontSize: 12,
                fontWeight: day ? 600 : 400,
                '&:hover, &.Mui-focusVisible': { outline: '1px solid', outlineColor: 'primary.main' },
              }}
            >
              {/* What is read out is the whole date and its mark; what is seen, the day and 休/班. */}
              <Box component="span" aria-hidden>
                {dayNumber}
              </Box>
              <Box component="span" sx={VISUALLY_HIDDEN}>
                {spoken}
              </Box>
              {day ? (
                <Box component="span" aria-hidden sx={{ position: 'absolute', top: 0, right: 2, fontSize: 9, lineHeight: 1.2 }}>
                  {day.kind}
                </Box>
              ) : null}
            </ButtonBase>
          );
        })}
      </Box>
    </Paper>
  );
}
