// A document's standing: 草稿 (grey) or 已印发 (green).
import Chip from '@mui/material/Chip';
import type { DocStatus } from '../../../shared/documents/index.ts';

export function DocStatusChip({ status }: { status: DocStatus }) {
  const issued = status === '已印发';
  return <Chip size="small" label={status} color={issued ? 'success' : 'default'} variant={issued ? 'outlined' : 'filled'} sx={{ height: 22 }} />;
}

/** 更正: what a document corrects and what corrected it, as one line. */
export function correctionText(row: { replacesNumber: string | null; replacedByNumber: string | null }): string {
  const parts: string[] = [];
  if (row.replacesNumber) parts.push(`更正${row.replacesNumber}`);
  if (row.replacedByNumber) parts.push(`已被${row.replacedByNumber}更正`);
  return parts.join('；');
}
