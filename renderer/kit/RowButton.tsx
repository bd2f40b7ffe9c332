// A small text button inside a grid row; it does not also trigger the row's click.
import type { MouseEvent, ReactNode } from 'react';
import Button from '@mui/material/Button';

interface Props {
  onClick(): void;
  color?: 'primary' | 'error' | 'inherit';
  children: ReactNode;
}

export function RowButton({ onClick, color = 'primary', children }: Props) {
  return (
    <Button
      size="small"
      color={color}
      sx={{ minWidth: 0, px: 0.75, py: 0 }}
      onClick={(e: MouseEvent) => {
        e.stopPropagation();
        onClick();
      }}
    >
      {children}
    </Button>
  );
}
