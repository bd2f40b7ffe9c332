// 函询抽查 (#/interviews/spot-checks): the batches drawn (interviews.spotChecks), newest first; one
// chosen shows its drawn 函询 with the result of each check. 抽取 draws a new batch (the seed is
// made and recorded by the service); 登记核实结果 records one check. The batch shown stays in the
// address.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CasinoOutlined from '@mui/icons-material/CasinoOutlined';
import type { SpotCheckBatchView, SpotCheckItemView } from '../../../shared/interviews/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { RowButton } from '../../kit/RowButton.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { pickId } from '../../kit/ledger/ledgerParams.ts';
import { interviewPath, useInterviewNav } from '../ledger/interviewRoute.ts';
import { DrawDialog } from './DrawDialog.tsx';
import { ResultDialog } from './ResultDialog.tsx';

export function SpotChecksPage() {
  const { user } = useSession();
  const nav = useInterviewNav();
  const notice = useNotice();
  const [params, setParams] = useSearchParams();
  const [drawing, setDrawing] = useState(false);
  const [checking, setChecking] = useState<SpotCheckItemView | null>(null);
  const query = useOp('interviews.spotChecks', {});
  const batches = query.data ?? [];
  const chosenId = pickId(params.get('batch') ?? '');
  const chosen = batches.find((b) => b.id === chosenId) ?? null;
  const choose = (id: number) => setParams({ batch: String(id) }, { replace: true });
  const mayWrite = canCall(user.role, 'interviews.recordSpotCheck');

  const batchColumns: Column<SpotCheckBatchView>[] = [
    { header: '抽取时间', cell: (b) => formatTimestamp(b.drawnAt), width: 150 },
    { header: '办结日期', cell: (b) => `${b.from} 至 ${b.to}`, width: 200 },
    { header: '抽查比例', cell: (b) => `${b.sharePercent}%`, width: 80 },
    { header: '总数', cell: (b) => b.population, width: 60 },
    { header: '抽取数', cell: (b) => b.drawn, width: 70 },
    { header: '已核实', cell: (b) => `${b.done}/${b.drawn}`, width: 70 },
    { header: '抽取人', cell: (b) => b.drawnByName, width: 90 },
    {
      header: '操作',
      cell: (b) => (b.id === chosen?.id ? <Chip size="small" label="正在查看" /> : <RowButton onClick={() => choose(b.id)}>查看抽中的函询</RowButton>),
      width: 130,
    },
  ];
  const itemColumns: Column<SpotCheckItemView>[] = [
    { header: '编号', cell: (i) => <Link href={`#${interviewPath(i.interviewId)}`} underline="hover">{i.number}</Link>, width: 120 },
    { header: '函询对象', cell: (i) => i.personName, width: 90 },
    { header: '单位', cell: (i) => i.unitName },
    { header: '办结日期', cell: (i) => i.concludedDate, width: 100 },
    { header: '核实结果', cell: (i) => i.result ?? '未核实', width: 80 },
    { header: '核实日期', cell: (i) => i.resultDate ?? '', width: 100 },
    { header: '核实情况', cell: (i) => i.note ?? '' },
    ...(mayWrite
      ? [{ header: '操作', cell: (i: SpotCheckItemView) => <RowButton onClick={() => setChecking(i)}>登记核实结果</RowButton>, width: 120 }]
      : []),
  ];

  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <PageHeader title="函询抽查">
        {canCall(user.role, 'interviews.drawSpotCheck') ? (
          <Button variant="contained" startIcon={<CasinoOutlined />} onClick={() => setDrawing(true)}>
            抽取
          </Button>
        ) : null}
        <Button startIcon={<ArrowBackIcon />} onClick={() => nav.toLedger()}>
          返回谈话函询登记
        </Button>
      </PageHeader>
      <ErrorAlert error={query.error} />
      {query.isFetching ? <LinearProgress aria-label="正在加载抽查批次" /> : null}
      <Paper component="section" aria-label="抽查批次" variant="outlined" sx={{ p: 1.5, mb: 2 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          抽查批次
        </Typography>
        <SimpleTable label="抽查批次" columns={batchColumns} rows={batches} rowKey={(b) => b.id} empty="尚未抽取。点击“抽取”，按办结日期抽取了结的函询进行核实。" />
      </Paper>
      {chosen ? (
        <Paper component="section" aria-label="抽中的函询" variant="outlined" sx={{ p: 1.5 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            抽中的函询
            <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: 14 }}>
              办结日期 {chosen.from} 至 {chosen.to}，共 {chosen.population} 件，抽取 {chosen.drawn} 件（{chosen.sharePercent}%），已核实 {chosen.done} 件
            </Typography>
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            随机种子：{chosen.seed}（抽取时生成并记录，可据此复核抽取结果）
          </Typography>
          <SimpleTable label="抽中的函询" columns={itemColumns} rows={chosen.items} rowKey={(i) => i.id} empty="该期间没有以了结办结的函询，未抽中。" />
        </Paper>
      ) : null}
      {drawing ? (
        <DrawDialog
          onDrawn={(batch) => {
            setDrawing(false);
            choose(batch.id);
            notice.show(`已抽取 ${batch.drawn} 件（共 ${batch.population} 件）`);
          }}
          onClose={() => setDrawing(false)}
        />
      ) : null}
      {checking ? (
        <ResultDialog
          item={checking}
          onDone={() => {
            setChecking(null);
            notice.show('核实结果已登记');
          }}
          onClose={() => setChecking(null)}
        />
      ) : null}
      {notice.element}
    </Box>
  );
}
