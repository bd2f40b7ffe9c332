// One figure on the home page, with its name, an optional note and an optional link to the
// list behind it; a warning figure (逾期 …) is coloured when it is not zero.
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

type Tone = 'primary' | 'error' | 'warning';

interface Props {
  title: string;
  value: number;
  note?: string;
  tone?: Tone;
  /** The list behind the figure, e.g. #/tips?due=逾期. */
  link?: { href: string; label: string };
}

export function StatCard({ title, value, note, tone = 'primary', link }: Props) {
  const color = tone === 'primary' || value > 0 ? `${tone}.main` : 'text.secondary';
  return (
    <Paper component="section" aria-label={title} variant="outlined" sx={{ p: 2, minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        {link ? (
          <Link href={link.href} variant="caption" underline="hover" sx={{ whiteSpace: 'nowrap' }}>
            {link.label}
          </Link>
        ) : null}
      </Stack>
      <Typography sx={{ fontSize: 30, fontWeight: 600, lineHeight: 1.3, color }}>{value.toLocaleString('zh-CN')}</Typography>
      {note ? (
        <Typography variant="caption" color="text.secondary">
          {note}
        </Typography>
      ) : null}
    </Paper>
  );
}
