// How many tips the ledger's filters match: 共 93 件, or — when counting stopped at the cap — 超过
// 1000 件 with 计算总数, which asks the exact number for this list.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface Props {
  total: number;
  capped: boolean;
  loaded: boolean;
  onCountAll(): void;
}

export function TipTotal({ total, capped, loaded, onCountAll }: Props) {
  if (!loaded) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', alignSelf: 'center' }}>
      <Typography role="status" aria-label="符合条件的件数" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {capped ? `超过 ${total} 件` : `共 ${total} 件`}
      </Typography>
      {capped ? (
        <Button size="small" onClick={onCountAll}>
          计算总数
        </Button>
      ) : null}
    </Stack>
  );
}
