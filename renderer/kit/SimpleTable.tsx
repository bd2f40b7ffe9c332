// A small read-only table inside a section (办理过程, 延期记录, 整改措施, 佐证材料 …).
import type { ReactNode } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Empty } from './Section.tsx';

export interface Column<T> {
  header: string;
  cell(row: T): ReactNode;
  /** A fixed width keeps short values (dates, names) on one line; other columns wrap. */
  width?: number;
}

interface Props<T> {
  label: string;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey(row: T): string | number;
  empty: string;
}

export function SimpleTable<T>({ label, columns, rows, rowKey, empty }: Props<T>) {
  if (rows.length === 0) return <Empty>{empty}</Empty>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.header} sx={{ fontWeight: 600, width: c.width, whiteSpace: 'nowrap' }}>
              {c.header}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={rowKey(r)}>
            {columns.map((c) => (
              <TableCell key={c.header} sx={{ verticalAlign: 'top', whiteSpace: c.width ? 'nowrap' : 'pre-wrap', wordBreak: 'break-word' }}>
                {c.cell(r)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
