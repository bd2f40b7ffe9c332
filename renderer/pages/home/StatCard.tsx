// One figure on the home page, with its name and an optional note.
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

export function StatCard({ title, value, note }: { title: string; value: number; note?: string }) {
  return (
    <Paper component="section" aria-label={title} variant="outlined" sx={{ p: 2, minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {title}
      </Typography>
      <Typography sx={{ fontSize: 30, fontWeight: 600, lineHeight: 1.3, color: 'primary.main' }}>{value.toLocaleString('zh-CN')}</Typography>
      {note ? (
        <Typography variant="caption" color="text.secondary">
          {note}
        </Typography>
      ) : null}
    </Paper>
  );
}
