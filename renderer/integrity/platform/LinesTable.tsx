// A quarter's score lines grouped by part (控制性, 主体性, 绩效, 激励性, 廉勤性, then 总分): each
// part's heading row with its subtotal, then its lines — the rule, the text a person reads, the
// points with their sign, and the records behind the line as links (drill-down).
import { Fragment } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatHundredths, PARTS, RULES, type LineDiff, type PartTotals, type ScoreLine } from '../../../shared/integrity/index.ts';
import { Empty } from '../../kit/Section.tsx';
import { signedPoints } from './indexWords.ts';
import { RecordLinks, type LineContext } from './recordLinks.tsx';

const GROUPS = [...PARTS, '总分'] as const;

interface Props {
  label: string;
  lines: readonly ScoreLine[];
  parts: PartTotals;
  at: LineContext;
}

export function LinesTable({ label, lines, parts, at }: Props) {
  if (lines.length === 0) return <Empty>没有计分明细。</Empty>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 600, width: 150 }}>规则</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>说明</TableCell>
          <TableCell sx={{ fontWeight: 600, width: 80 }} align="right">
            分值
          </TableCell>
          <TableCell sx={{ fontWeight: 600, width: 220 }}>依据记录</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {GROUPS.map((group) => {
          const own = lines.filter((l) => l.part === group);
          if (own.length === 0) return null;
          const subtotal = group === '总分' ? null : parts[group];
          return (
            <Fragment key={group}>
              <TableRow sx={{ bgcolor: 'grey.100' }}>
                <TableCell component="th" scope="rowgroup" colSpan={2} sx={{ fontWeight: 600 }}>
                  {group}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {subtotal === null ? '' : formatHundredths(subtotal)}
                </TableCell>
                <TableCell />
              </TableRow>
              {own.map((l) => (
                <TableRow key={l.key}>
                  <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>{RULES[l.rule]}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{l.text}</TableCell>
                  <TableCell align="right" sx={{ verticalAlign: 'top', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {signedPoints(l.points)}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    <RecordLinks records={l.records} at={at} />
                  </TableCell>
                </TableRow>
              ))}
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** 数据已变化: the lines whose points differ between the published result and a recomputation. */
export function DiffTable({ label, diff }: { label: string; diff: readonly LineDiff[] }) {
  if (diff.length === 0) return <Empty>各明细分值相同（差异在于参评数据或方案外的变化）。</Empty>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 600 }}>明细</TableCell>
          <TableCell sx={{ fontWeight: 600, width: 110 }} align="right">
            已发布分值
          </TableCell>
          <TableCell sx={{ fontWeight: 600, width: 110 }} align="right">
            重新计算分值
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {diff.map((d) => (
          <TableRow key={d.key}>
            <TableCell sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{d.text}</TableCell>
            <TableCell align="right">{d.before === null ? '无此项' : signedPoints(d.before)}</TableCell>
            <TableCell align="right">{d.after === null ? '无此项' : signedPoints(d.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
