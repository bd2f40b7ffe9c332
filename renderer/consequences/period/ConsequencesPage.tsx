// 预警闭环 (#/consequences?year=2026&quarter=3): every consequence a published period's result called
// for — the period's publication, the counts per kind, the year's 预警建议书 batch, and the list
// (filtered, searched and paged by the service, its place kept in the address) with what each made
// and the steps the person may take. A row opens the consequence.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { PAGE_SIZE_OPTIONS } from '../../kit/ledger/ledgerParams.ts';
import { ListGrid } from '../../kit/ListGrid.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { useConsequenceActions } from '../actions/useConsequenceActions.tsx';
import { awardsPath, href, useConsequenceNav } from '../common/routes.ts';
import { AdviceSection } from './AdviceSection.tsx';
import { consequenceColumns } from './consequenceColumns.tsx';
import { PeriodFilters } from './PeriodFilters.tsx';
import { usePeriodParams } from './periodParams.ts';
import { PeriodSummary } from './PeriodSummary.tsx';

/** Rows as tall as what they hold (flags and links take lines), their cells padded. */
const GRID_SX = { '& .MuiDataGrid-cell': { py: 0.75, display: 'flex', alignItems: 'center' } } as const;

export function ConsequencesPage() {
  const { user } = useSession();
  const place = usePeriodParams();
  const { params, year, quarter, filter, kind, q } = place;
  const nav = useConsequenceNav();
  const notice = useNotice();
  const actions = useConsequenceActions((message) => notice.show(message));
  const answer = useOp(
    'consequences.period',
    { year, quarter, filter, kind: kind || undefined, q, page: params.query.page, pageSize: params.query.pageSize },
    { keepPrevious: true },
  );
  const view = answer.data;
  const total = view?.total ?? 0;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, overflow: 'auto' }}>
      <PageHeader title="预警闭环">
        {canCall(user.role, 'consequences.awardList') ? (
          <Button variant="outlined" startIcon={<EmojiEventsOutlined />} href={href(awardsPath(quarter === 0 ? year : year - 1))}>
            评先评优名单
          </Button>
        ) : null}
      </PageHeader>
      <PeriodFilters place={place} />
      <ErrorAlert error={answer.error ? messageOf(answer.error) : actions.error} />
      {view && view.year === year && view.quarter === quarter ? (
        <PeriodSummary view={view} onFilter={(k, f) => params.update({ kind: k, filter: f === '全部' ? undefined : f })} />
      ) : null}
      {quarter === 0 && view?.publication ? (
        <Box sx={{ mb: 1.5 }}>
          <AdviceSection year={year} onIssued={(message) => notice.show(message)} />
        </Box>
      ) : null}
      <Box sx={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 480, ...GRID_SX }}>
        <ListGrid<ConsequenceRow>
          label="预警事项"
          columns={consequenceColumns(actions)}
          rows={view?.rows ?? []}
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
          onRowClick={(p) => nav.open(p.row.id)}
          onCellKeyDown={(p, e) => {
            if (e.key === 'Enter' && p.field !== 'actions' && p.field !== 'made') nav.open(p.row.id);
          }}
        />
      </Box>
      {actions.element}
      {notice.element}
    </Box>
  );
}
