// The app's DataGrid: dense, Chinese empty/loading texts, fills the space left on the page.
import Box from '@mui/material/Box';
import { DataGrid, type DataGridProps, type GridValidRowModel } from '@mui/x-data-grid';
import { zhCN } from '@mui/x-data-grid/locales';

// Passing localeText replaces the theme's default, so the Chinese texts are merged in here.
// A total not counted to the end (rowCount -1, estimatedRowCount the count so far) reads 共 1000+.
const LOCALE_TEXT = {
  ...zhCN.components.MuiDataGrid.defaultProps.localeText,
  noRowsLabel: '暂无数据',
  noResultsOverlayLabel: '没有符合条件的记录',
  paginationDisplayedRows: ({ from, to, count, estimated }: { from: number; to: number; count: number; estimated: number | undefined }) =>
    `${from}–${to} 共 ${count !== -1 ? count : `${Math.max(estimated ?? 0, to)}+`}`,
};

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
