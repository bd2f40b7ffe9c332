// While a platform page is printed (打印): the title bar, the navigation, the tabs, buttons,
// filters and paging are hidden, and the page runs its full length (the screen's frame scrolls
// inside a fixed height, which would cut the printout at one sheet).
import GlobalStyles from '@mui/material/GlobalStyles';

/** The class of what a printout leaves out (filters, buttons, paging). */
export const NO_PRINT = 'lq-no-print';
/** The class of the printed page's root. */
export const PRINT_ROOT = 'lq-index-print';

export function PrintStyles() {
  return (
    <GlobalStyles
      styles={{
        '@page': { size: 'A4 landscape', margin: '12mm' },
        '@media print': {
          '.MuiAppBar-root, .MuiDrawer-root, [role="tablist"], .MuiTabs-root, .MuiSnackbar-root': { display: 'none !important' },
          [`.${NO_PRINT}, [role="search"]`]: { display: 'none !important' },
          [`body, #root, body *:has(.${PRINT_ROOT})`]: { height: 'auto !important', overflow: 'visible !important', minHeight: '0 !important' },
          [`.${PRINT_ROOT}`]: { overflow: 'visible !important' },
          [`.${PRINT_ROOT} .MuiTableContainer-root`]: { overflow: 'visible !important', maxHeight: 'none !important' },
          [`.${PRINT_ROOT} tr`]: { breakInside: 'avoid' },
          'main > .MuiToolbar-root': { display: 'none !important' },
        },
      }}
    />
  );
}
