// 预警告知书整改情况 (#/rectification/notices/34): the notice (文号, title, unit, 整改时限), how its
// items stand (已销号 / 未销号 / 逾期), each item with its status, progress and deadline, and the
// unit's 整改情况报告 (登记 one; download its file). 查看公文 opens the notice itself.
import { useState } from 'react';
import { useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import type { NoticeReport, RectRow } from '../../../shared/rectification/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { useOp } from '../../api/query.ts';
import { downloadFile } from '../../kit/download.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { RowButton } from '../../kit/RowButton.tsx';
import { StatCard } from '../../kit/StatCard.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { deadlineText, StatusCell } from '../common/RectChips.tsx';
import { ledgerHref, rectPath, useRectNav } from '../common/rectRoute.ts';
import { InfoList, Section, type InfoItem } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { NoticeReportDialog } from './NoticeReportDialog.tsx';

export function NoticeRectRoute() {
  const { documentId = '' } = useParams();
  const n = /^\d{1,15}$/.test(documentId) ? Number(documentId) : 0;
  return <NoticeRectPage key={n} documentId={n} />;
}

const ITEM_COLUMNS: Column<RectRow>[] = [
  { header: '编号', cell: (r) => <Link href={`#${rectPath(r.id)}`} underline="hover">{r.number}</Link>, width: 120 },
  { header: '问题描述', cell: (r) => r.problem },
  { header: '状态', cell: (r) => <StatusCell status={r.status} dueState={r.dueState} overdueDays={r.overdueDays} />, width: 170 },
  { header: '进展', cell: (r) => `${r.percent}%`, width: 60 },
  { header: '最新进展', cell: (r) => r.latestProgress || '—' },
  { header: '整改时限', cell: (r) => deadlineText(r.deadline, r.deadlineOriginal), width: 190 },
];

export function NoticeRectPage({ documentId }: { documentId: number }) {
  const { user } = useSession();
  const nav = useRectNav();
  const notice = useNotice();
  const query = useOp('rect.notice', { documentId });
  const view = query.data ?? null;
  const [reporting, setReporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = (r: NoticeReport) => {
    if (!r.file) return;
    setError(null);
    api
      .call('rect.downloadFile', { id: r.file.id })
      .then(downloadFile)
      .catch((e: unknown) => setError(messageOf(e)));
  };

  const header = (
    <PageHeader title="预警告知书整改情况">
      <Button startIcon={<DescriptionOutlined />} href={`#/documents/${documentId}`}>
        查看公文
      </Button>
      <Button startIcon={<ArrowBackIcon />} onClick={nav.backToLedger}>
        返回整改台账
      </Button>
    </PageHeader>
  );
  if (!view) {
    return (
      <>
        {header}
        {query.error ? <ErrorAlert error={query.error} sx={{}} /> : <LinearProgress aria-label="正在读取预警告知书整改情况" />}
      </>
    );
  }

  const reportColumns: Column<NoticeReport>[] = [
    { header: '报告日期', cell: (r) => r.date, width: 100 },
    { header: '报告摘要', cell: (r) => r.text },
    { header: '报告文件', cell: (r) => (r.file ? <RowButton onClick={() => download(r)}>{r.file.fileName}</RowButton> : '—') },
    { header: '登记人', cell: (r) => r.byName, width: 80 },
    { header: '登记时间', cell: (r) => formatTimestamp(r.at), width: 140 },
  ];
  // A correction's items are the original notice's (they carry on).
  const itemsOf = view.original?.id ?? documentId;
  const ledger = ledgerHref({ documentId: itemsOf });

  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      {header}
      <ErrorAlert error={error} />
      <Stack spacing={1.5} sx={{ pb: 2 }}>
        <Section title="预警告知书">
          <InfoList
            items={[
              ['文号', view.number],
              ['成文日期', view.date],
              ['标题', view.title, true],
              ['单位', view.unitName],
              ['整改时限', view.deadline],
              ...(view.original ? [['更正', `本告知书更正了${view.original.number}，整改事项沿用原告知书登记的事项`, true] as InfoItem] : []),
            ]}
          />
        </Section>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1.5 }}>
          <StatCard title="已销号" value={view.closed} link={{ href: ledgerHref({ documentId: itemsOf, status: '已销号' }), label: '查看已销号事项' }} />
          <StatCard title="未销号" value={view.open} link={{ href: ledgerHref({ documentId: itemsOf, open: true }), label: '查看未销号事项' }} />
          <StatCard title="逾期" value={view.overdue} tone="error" link={{ href: ledgerHref({ documentId: itemsOf, due: '逾期' }), label: '查看逾期事项' }} />
        </Box>
        <Section title="整改事项" actions={<Link href={ledger} underline="hover">在整改台账中查看</Link>}>
          <SimpleTable label="整改事项" columns={ITEM_COLUMNS} rows={view.items} rowKey={(r) => r.id} empty="该告知书没有整改事项。" />
        </Section>
        <Section
          title="整改情况报告"
          actions={
            canCall(user.role, 'rect.recordNoticeReport') ? (
              <Button size="small" variant="outlined" onClick={() => setReporting(true)}>
                登记整改情况报告
              </Button>
            ) : null
          }
        >
          <SimpleTable label="整改情况报告" columns={reportColumns} rows={view.reports} rowKey={(r) => r.id} empty="尚未收到整改情况报告。" />
        </Section>
      </Stack>
      {reporting ? (
        <NoticeReportDialog
          documentId={documentId}
          onClose={() => setReporting(false)}
          onDone={() => {
            setReporting(false);
            notice.show('已登记整改情况报告');
          }}
        />
      ) : null}
      {notice.element}
    </Box>
  );
}
