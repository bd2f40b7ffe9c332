// The look: sober, dense, 政务 blue with a deep red for the title bar; Chinese texts for MUI,
// the data grid and the date pickers. Only system fonts (the app runs offline).
import { createTheme } from '@mui/material/styles';
import { zhCN as coreZhCN } from '@mui/material/locale';
import { zhCN as gridZhCN } from '@mui/x-data-grid/locales';
import { zhCN as pickersZhCN } from '@mui/x-date-pickers/locales';
import type {} from '@mui/x-data-grid/themeAugmentation';

export const TITLE_BAR_RED = '#8e1b1b';

const FONT_STACK = [
  '"Microsoft YaHei"',
  '"微软雅黑"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'system-ui',
  'sans-serif',
].join(',');

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#1f4e79' },
      secondary: { main: TITLE_BAR_RED },
      // Status colours dark enough for 4.5:1 text contrast on white and on the page's grey
      // (WCAG AA; the deadline and stage chips use them as text and as fills under white text).
      error: { main: '#c62828' },
      warning: { main: '#a84300' },
      info: { main: '#01579b' },
      success: { main: '#2e7d32' },
      background: { default: '#f3f4f6' },
    },
    typography: {
      fontFamily: FONT_STACK,
      fontSize: 14,
      button: { textTransform: 'none', fontWeight: 500 },
    },
    shape: { borderRadius: 4 },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiAutocomplete: { defaultProps: { size: 'small' } },
      MuiPaper: { defaultProps: { elevation: 0 } },
      MuiDataGrid: {
        defaultProps: { density: 'compact' },
        styleOverrides: {
          root: { backgroundColor: '#fff' },
          columnHeaders: { fontWeight: 600 },
        },
      },
    },
  },
  coreZhCN,
  gridZhCN,
  pickersZhCN,
);
