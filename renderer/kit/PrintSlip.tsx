// A small slip printed on its own (e.g. the 查询码 handed to an anonymous reporter): while
// printing, everything else on the screen is hidden.
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import GlobalStyles from '@mui/material/GlobalStyles';

const SLIP_CLASS = 'lq-print-slip';

export function PrintSlip({ children }: { children: ReactNode }) {
  return createPortal(
    <>
      <GlobalStyles
        styles={{
          [`.${SLIP_CLASS}`]: { display: 'none' },
          '@media print': {
            [`body > *:not(.${SLIP_CLASS})`]: { display: 'none !important' },
            [`.${SLIP_CLASS}`]: { display: 'block', padding: '24mm 20mm', fontSize: '16pt', lineHeight: 1.8 },
          },
        }}
      />
      <div className={SLIP_CLASS} aria-hidden="true">
        {children}
      </div>
    </>,
    document.body,
  );
}
