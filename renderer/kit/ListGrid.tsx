// The app's DataGrid: dense, Chinese empty/loading texts, fills the space left on the page.
import Box from '@mui/material/Box';
import { DataGrid, type DataGridProps, type GridValidRowModel } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';

// Passing localeText replaces the theme's default, so the Chinese texts are merged in here.
const LOCALE_TEXT = { ...zhCN.components.MuiDataGrid.defaultProps.localeText, noRowsLabel: '暂无数据', noResultsOverlayLabel: '没有符合条件的记录' };

export function ListGrid<R extends GridValidRowModel>(props: DataGridProps<R> & { label: string }) {
  const { label, ...rest } = props;
  return (
    <Box sx={{ flexGrow: 1, minHeight: 320, display: 'flex', flexDirection: 'column' }}>
      <DataGrid<R>
        aria-label={label}
        localeText={LOCALE_TEXT}
        disableColumnMenu={false}
        slotProps={{ loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'linear-progress' } }}
        {...rest}
        sx={{ flexGrow: 1, '& .MuiDataGrid-row': { cursor: props.onRowClick ? 'pointer' : 'default' } }}
      />
    </Box>
  );
}
