// The row of search box and filters above a list.
import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';

export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ mb: 1.5, flexWrap: 'wrap', rowGap: 1.5, alignItems: 'flex-start' }} role="search">
      {children}
    </Stack>
  );
}
