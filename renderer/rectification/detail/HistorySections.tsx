// 整改进展 (the dated progress entries with their percent) and 整改过程 (the whole history: every
// step with who recorded it and when; 销号 lists the SHA-256 of each piece of evidence at closing,
// 延期 the deadlines).
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { RectEvent } from '../../../shared/rectification/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { RectStatusChip } from '../common/RectChips.tsx';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

const PROGRESS_COLUMNS: Column<RectEvent>[] = [
  { header: '进展日期', cell: (e) => e.date, width: 100 },
  { header: '整改进展', cell: (e) => e.text },
  { header: '完成比例', cell: (e) => (e.percent === null ? '—' : `${e.percent}%`), width: 80 },
  { header: '记录人', cell: (e) => e.byName, width: 90 },
];

export function ProgressSection({ events }: { events: RectEvent[] }) {
  return (
    <Section title="整改进展">
      <SimpleTable label="整改进展" columns={PROGRESS_COLUMNS} rows={events.filter((e) => e.kind === '进展')} rowKey={(e) => e.id} empty="尚无整改进展。" />
    </Section>
  );
}

function EventText({ e }: { e: RectEvent }) {
  return (
    <>
      {e.text || (e.deadlineFrom || e.deadlineTo ? '' : '—')}
      {e.deadlineFrom || e.deadlineTo ? (
        <Typography variant="body2" component="div" color="text.secondary">
          整改时限：{e.deadlineFrom ?? '—'} → {e.deadlineTo ?? '—'}
        </Typography>
      ) : null}
      {e.evidenceHashes.length > 0 ? (
        <Box component="ul" aria-label="佐证材料校验值（SHA-256）" sx={{ m: 0, mt: 0.5, pl: 2.5, fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
          {e.evidenceHashes.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </Box>
      ) : null}
    </>
  );
}

const EVENT_COLUMNS: Column<RectEvent>[] = [
  { header: '日期', cell: (e) => e.date, width: 100 },
  { header: '环节', cell: (e) => e.kind, width: 90 },
  { header: '内容', cell: (e) => <EventText e={e} /> },
  { header: '完成比例', cell: (e) => (e.percent === null ? '—' : `${e.percent}%`), width: 80 },
  { header: '状态', cell: (e) => (e.toStatus && e.toStatus !== e.fromStatus ? <RectStatusChip status={e.toStatus} /> : '—'), width: 90 },
  { header: '记录人', cell: (e) => e.byName, width: 90 },
  { header: '记录时间', cell: (e) => formatTimestamp(e.at), width: 140 },
];

export function EventsSection({ events }: { events: RectEvent[] }) {
  return (
    <Section title="整改过程">
      <SimpleTable label="整改过程" columns={EVENT_COLUMNS} rows={events} rowKey={(e) => e.id} empty="尚无记录。" />
    </Section>
  );
}
