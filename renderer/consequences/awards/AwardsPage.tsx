// 评先评优名单 (#/awards?year=2026&list=不得评先评优): a published year's lists — 不得评先评优 (grade-C
// units and their responsible people) and 可参与优秀班子评定 (grade-A units) — searched and paged by
// the service, exported as the office keeps them (导出Excel); 增列人员 / 移出 with a reason by role;
// and 按人员查询, the answer to “may this person be commended that year?”.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { AWARD_LISTS, removeListPersonInput, type AwardList, type AwardListRow, type AwardPerson } from '../../../shared/consequences/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { downloadFile } from '../../kit/download.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { PAGE_SIZE_OPTIONS } from '../../kit/ledger/ledgerParams.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { ListGrid } from '../../kit/ListGrid.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { AddPersonDialog } from '../actions/AddPersonDialog.tsx';
import { ReasonDialog } from '../actions/ReasonDialog.tsx';
import { YearSelect } from '../common/PeriodSelects.tsx';
import { awardColumns } from './awardColumns.tsx';
import { useAwardParams } from './awardParams.ts';
import { LookupSection } from './LookupSection.tsx';

const GRID_SX = { '& .MuiDataGrid-cell': { py: 0.75, display: 'flex', alignItems: 'center' } } as const;

export function AwardsPage() {
  const { user } = useSession();
  const { params, year, years, list, q } = useAwardParams();
  const [text, type] = useSearchText(params.value, params.update);
  const notice = useNotice();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState<AwardListRow | null>(null);
  const [removing, setRemoving] = useState<{ row: AwardListRow; person: AwardPerson } | null>(null);
  const answer = useOp('consequences.awardList', { year, list, q, page: params.query.page, pageSize: params.query.pageSize }, { keepPrevious: true });
  const total = answer.data?.total ?? 0;

  const exportList = () => {
    setError(null);
    setExporting(true);
    api
      .call('consequences.exportAwardList', { year, list })
      .then((file) => {
        downloadFile(file);
        notice.show(`已生成“${file.fileName}”`);
      })
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setExporting(false));
  };

  const columns = awardColumns({
    mayAdd: canCall(user.role, 'consequences.addListPerson'),
    mayRemove: canCall(user.role, 'consequences.removeListPerson'),
    add: setAdding,
    remove: (row, person) => setRemoving({ row, person }),
  });

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, overflow: 'auto' }}>
      <PageHeader title="评先评优名单">
        {canCall(user.role, 'consequences.exportAwardList') ? (
          <Button variant="outlined" startIcon={<FileDownloadIcon />} disabled={exporting} onClick={exportList}>
            导出Excel
          </Button>
        ) : null}
      </PageHeader>
      <FilterBar>
        <YearSelect year={year} years={years} onChange={(y) => params.update({ year: y })} />
        <TextField select label="名单" value={list} onChange={(e) => params.update({ list: e.target.value as AwardList })} sx={{ width: 190 }}>
          {AWARD_LISTS.map((l) => (
            <MenuItem key={l} value={l}>
              {l}
            </MenuItem>
          ))}
        </TextField>
        <SearchField label="搜索单位或人员" value={text} onChange={type} />
      </FilterBar>
      <ErrorAlert error={answer.error ? messageOf(answer.error) : error} />
      <Box sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 400, mb: 1.5, ...GRID_SX }}>
        <ListGrid<AwardListRow>
          label={`${year}年度${list}名单`}
          columns={columns}
          rows={answer.data?.rows ?? []}
          getRowId={(r) => r.consequenceId}
          rowCount={total}
          loading={answer.isFetching}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          pageSizeOptions={PAGE_SIZE_OPTIONS}
          paginationModel={params.paginationModel}
          onPaginationModelChange={params.onPaginationModelChange}
          paginationMeta={{ hasNextPage: (params.query.page + 1) * params.query.pageSize < total }}
          disableColumnFilter
          disableColumnSorting
          disableRowSelectionOnClick
          getRowHeight={() => 'auto'}
        />
      </Box>
      <LookupSection year={year} />
      {adding ? (
        <AddPersonDialog
          detail={{ id: adding.consequenceId, unitId: adding.unitId, unitName: adding.unitName, year: adding.year }}
          onDone={() => {
            setAdding(null);
            notice.show('已增列人员');
          }}
          onClose={() => setAdding(null)}
        />
      ) : null}
      {removing ? (
        <ReasonDialog
          title="移出名单"
          intro={`将${removing.person.personName}移出${removing.row.unitName}${year}年度${removing.row.list}名单；该记录仍保留，并显示移出理由。`}
          label="移出理由"
          submitLabel="移出"
          schema={removeListPersonInput}
          toInput={(reason) => ({ entryId: removing.person.id, reason })}
          run={(input) => api.call('consequences.removeListPerson', input)}
          onDone={() => {
            setRemoving(null);
            notice.show(`已将${removing.person.personName}移出名单`);
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
      {notice.element}
    </Box>
  );
}
