// A deadline's standing as a small label: red 逾期, orange 即将到期, nothing when on time.
import Chip from '@mui/material/Chip';
import type { DueState } from '../../../shared/tips/enums.ts';

export function DueChip({ state }: { state: DueState | null }) {
  if (state !== '逾期' && state !== '即将到期') return null;
  return <Chip size="small" label={state} color={state === '逾期' ? 'error' : 'warning'} sx={{ height: 22, fontWeight: 600 }} />;
}
