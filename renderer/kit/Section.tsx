// A titled part of a record's page (a tip's 基本信息, an item's 整改过程 …) and the label/value pairs most of them show.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface SectionProps {
  title: string;
  /** Buttons on the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
}

export function Section({ title, actions, children }: SectionProps) {
  const id = `section-${title}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.25, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography id={id} variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {title}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}

export type InfoItem = [label: string, value: ReactNode, wide?: boolean];

/** Label/value pairs as a description list, two to a row; wide items take the whole row. */
export function InfoList({ items }: { items: InfoItem[] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '110px 1fr 110px 1fr', columnGap: 1.5, rowGap: 1, m: 0 }}>
      {items.map(([label, value, wide]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary" sx={wide ? { gridColumnStart: 1 } : undefined}>
            {label}
          </Typography>
          <Typography
            component="dd"
            variant="body2"
            aria-label={label}
            sx={{ m: 0, gridColumn: wide ? 'span 3' : undefined, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
          >
            {value === '' || value === null || value === undefined ? '—' : value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary">
      {children}
    </Typography>
  );
}
