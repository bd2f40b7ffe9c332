// A record's standing as a small coloured label (正常/在职/启用 green-ish, others grey or red).
import Chip from '@mui/material/Chip';

const ACTIVE = new Set(['正常', '在职', '启用']);

export function StatusChip({ status }: { status: string }) {
  return (
    <Chip
      size="small"
      label={status}
      color={ACTIVE.has(status) ? 'success' : 'default'}
      variant={ACTIVE.has(status) ? 'outlined' : 'filled'}
      sx={{ height: 22 }}
    />
  );
}
