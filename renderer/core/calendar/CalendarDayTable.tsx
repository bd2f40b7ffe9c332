// The year's special days as a list: 日期, 星期, 类型 (休/班), 名称, with 修改 and 恢复.
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CalendarDay } from '../../../shared/core/calendar.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { weekdayName } from './calendarDates.ts';

interface Props {
  year: number;
  days: CalendarDay[];
  onEdit(day: CalendarDay): void;
  onRestore(day: CalendarDay): void;
}

export function CalendarDayTable({ year, days, onEdit, onRestore }: Props) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={`${year}年节假日和调休上班日`}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ fontWeight: 600, width: 120 }}>日期</TableCell>
            <TableCell sx={{ fontWeight: 600, width: 80 }}>星期</TableCell>
            <TableCell sx={{ fontWeight: 600, width: 90 }}>类型</TableCell>
            <TableCell sx={{ fontWeight: 600 }}>名称</TableCell>
            <TableCell sx={{ fontWeight: 600, width: 120 }}>操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {days.length === 0 ? (
            <TableRow>
              <TableCell colSpan={5}>
                <Typography color="text.secondary">{year}年尚未设置节假日和调休上班日。</Typography>
              </TableCell>
            </TableRow>
          ) : (
            days.map((d) => (
              <TableRow key={d.date} hover>
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{d.date}</TableCell>
                <TableCell>{weekdayName(d.date)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    label={d.kind}
                    color={d.kind === '休' ? 'error' : 'primary'}
                    variant="outlined"
                    sx={{ height: 22, minWidth: 32 }}
                  />
                </TableCell>
                <TableCell>{d.name}</TableCell>
                <TableCell>
                  <RowButton onClick={() => onEdit(d)}>修改</RowButton>
                  <RowButton onClick={() => onRestore(d)} color="error">
                    恢复
                  </RowButton>
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
