// The lines of the result behind a consequence: the rule, what a person reads, the points with
// their sign, and the records behind each as links.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatPoints, RULES, type ScoreLine } from '../../../shared/integrity/index.ts';
import { Empty } from '../../kit/Section.tsx';
import { RecordLinks, type LinePlace } from './RecordLinks.tsx';

const signed = (points: number): string => (points > 0 ? `+${formatPoints(points)}` : formatPoints(points));

interface Props {
  label: string;
  lines: readonly ScoreLine[];
  at: LinePlace;
  empty: string;
}

export function LinesTable({ label, lines, at, empty }: Props) {
  if (lines.length === 0) return <Empty>{empty}</Empty>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 600, width: 140 }}>规则</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>说明</TableCell>
          <TableCell sx={{ fontWeight: 600, width: 70 }} align="right">
            分值
          </TableCell>
          <TableCell sx={{ fontWeight: 600, width: 220 }}>依据记录</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((l) => (
          <TableRow key={l.key}>
            <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>{RULES[l.rule]}</TableCell>
            <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{l.text}</TableCell>
            <TableCell align="right" sx={{ verticalAlign: 'top', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {signed(l.points)}
            </TableCell>
            <TableCell sx={{ verticalAlign: 'top' }}>
              <RecordLinks records={l.records} at={at} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
