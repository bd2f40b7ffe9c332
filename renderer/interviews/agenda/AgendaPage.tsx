// 谈话日程 (#/interviews/agenda): the planned talks of a week or a month (interviews.agenda),
// grouped by interviewer or by place; 上一周/下一周 (月) and 本周 (本月) from the office's today —
// never the PC's clock. The view, grouping and date stay in the address. Each talk opens its page.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import type { AgendaEntry } from '../../../shared/interviews/index.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { useOp } from '../../api/query.ts';
import { useToday } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { Empty } from '../../kit/Section.tsx';
import { interviewPath, useInterviewNav } from '../ledger/interviewRoute.ts';
import { addDays, addMonths, daysOf, rangeOf, rangeTitle, weekdayOf, type AgendaView } from './agendaDates.ts';

type By = 'interviewer' | 'place';
const UNPLACED = '（未定地点）';
/** Full-strength text on the toggles (the default grey is below the contrast rule on the page's background). */
const TOGGLE = { color: 'text.primary', px: 1.5 } as const;

interface Group {
  key: string;
  label: string;
  entries: AgendaEntry[];
}

/** One group per interviewer (a talk under each of its interviewers; 委托 / 上级纪委 under the names typed) or per place. */
function groupEntries(entries: readonly AgendaEntry[], by: By): Group[] {
  const groups = new Map<string, Group>();
  const put = (key: string, label: string, e: AgendaEntry) => {
    const g = groups.get(key) ?? { key, label, entries: [] };
    g.entries.push(e);
    groups.set(key, g);
  };
  for (const e of entries) {
    if (by === 'place') put(`p:${e.place}`, e.place || UNPLACED, e);
    else if (e.interviewers.length === 0) put(`h:${e.holderNames}`, e.holderNames || '（未定谈话人）', e);
    else for (const u of e.interviewers) put(`u:${u.id}`, u.name, e);
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

function EntryLink({ entry, withDate }: { entry: AgendaEntry; withDate?: boolean }) {
  const when = [withDate ? `${entry.date} ${weekdayOf(entry.date)}` : '', entry.time ?? ''].filter(Boolean).join(' ');
  return (
    <Box sx={{ mb: 0.75 }}>
      <Link href={`#${interviewPath(entry.id)}`} underline="hover" sx={{ fontWeight: 600 }}>
        {when ? `${when} ` : ''}
        {entry.personName}
      </Link>
      <Typography variant="caption" component="div" color="text.secondary">
        {[entry.typeLabel, entry.unitName, entry.place].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
}

export function AgendaPage() {
  const today = useToday();
  const nav = useInterviewNav();
  const [params, setParams] = useSearchParams();
  const view: AgendaView = params.get('view') === 'month' ? 'month' : 'week';
  const by: By = params.get('by') === 'place' ? 'place' : 'interviewer';
  const asked = params.get('date') ?? '';
  const anchor = isIsoDate(asked) ? asked : today;
  const { from, to } = rangeOf(view, anchor);
  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined) next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  const step = (n: -1 | 1) => set({ date: view === 'week' ? addDays(from, 7 * n) : addMonths(from, n) });

  const query = useOp('interviews.agenda', { from, to }, { keepPrevious: true });
  const entries = useMemo(() => query.data ?? [], [query.data]);
  const groups = useMemo(() => groupEntries(entries, by), [entries, by]);
  const days = daysOf(from, to);
  const unit = view === 'week' ? '周' : '月';

  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <PageHeader title="谈话日程">
        <Button startIcon={<ArrowBackIcon />} onClick={() => nav.toLedger()}>
          返回谈话函询登记
        </Button>
      </PageHeader>
      <FilterBar>
        <ToggleButtonGroup exclusive size="small" value={view} onChange={(_, v: AgendaView | null) => v && set({ view: v === 'week' ? undefined : v })} aria-label="视图">
          <ToggleButton value="week" sx={TOGGLE}>周</ToggleButton>
          <ToggleButton value="month" sx={TOGGLE}>月</ToggleButton>
        </ToggleButtonGroup>
        <ToggleButtonGroup exclusive size="small" value={by} onChange={(_, v: By | null) => v && set({ by: v === 'interviewer' ? undefined : v })} aria-label="分组">
          <ToggleButton value="interviewer" sx={TOGGLE}>按谈话人</ToggleButton>
          <ToggleButton value="place" sx={TOGGLE}>按地点</ToggleButton>
        </ToggleButtonGroup>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button size="small" startIcon={<ChevronLeftIcon />} onClick={() => step(-1)}>
            上一{unit}
          </Button>
          <Button size="small" onClick={() => set({ date: undefined })}>
            本{unit}
          </Button>
          <Button size="small" endIcon={<ChevronRightIcon />} onClick={() => step(1)}>
            下一{unit}
          </Button>
          <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }} aria-label="日程期间">
            {rangeTitle(view, from, to)}
          </Typography>
        </Stack>
      </FilterBar>
      <ErrorAlert error={query.error} />
      {query.isFetching ? <LinearProgress aria-label="正在加载日程" /> : null}
      {query.data && groups.length === 0 ? <Empty>本{unit}没有计划的谈话。</Empty> : null}
      {groups.length > 0 && view === 'week' ? (
        <Paper variant="outlined" sx={{ overflow: 'auto' }}>
          <Table size="small" aria-label="谈话日程">
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600, width: 120 }}>{by === 'place' ? '地点' : '谈话人'}</TableCell>
                {days.map((d) => (
                  <TableCell key={d} sx={{ fontWeight: 600, bgcolor: d === today ? 'action.selected' : undefined, whiteSpace: 'nowrap' }}>
                    {weekdayOf(d)} {d.slice(5)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {groups.map((g) => (
                <TableRow key={g.key}>
                  <TableCell sx={{ verticalAlign: 'top', fontWeight: 600 }}>{g.label}</TableCell>
                  {days.map((d) => (
                    <TableCell key={d} sx={{ verticalAlign: 'top', minWidth: 120, bgcolor: d === today ? 'action.hover' : undefined }}>
                      {g.entries.filter((e) => e.date === d).map((e) => (
                        <EntryLink key={e.id} entry={e} />
                      ))}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      ) : null}
      {groups.length > 0 && view === 'month' ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 1.5 }}>
          {groups.map((g) => (
            <Paper key={g.key} component="section" aria-label={g.label} variant="outlined" sx={{ p: 1.5 }}>
              <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
                {g.label}
                <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: 13 }}>
                  {g.entries.length} 次
                </Typography>
              </Typography>
              {[...g.entries]
                .sort((a, b) => `${a.date} ${a.time ?? ''}`.localeCompare(`${b.date} ${b.time ?? ''}`))
                .map((e) => (
                  <EntryLink key={e.id} entry={e} withDate />
                ))}
            </Paper>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
