// 按人员查询: “may this person be commended in that year?” — a person of the registry picked, the
// answer as a clear coloured statement with its why, and every entry of the year's lists naming them.
import { useState } from 'react';
import Alert, { type AlertColor } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import type { AwardAnswer, AwardLookup } from '../../../shared/consequences/index.ts';
import { formatHundredths } from '../../../shared/integrity/index.ts';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { PersonPicker, type PickedPerson } from '../../registry/index.ts';

const TONE: Record<AwardAnswer, AlertColor> = {
  不得评先评优: 'error',
  可参与优秀班子评定: 'success',
  未列入名单: 'info',
  年度尚未发布: 'warning',
};

/** The answer as a sentence: 不得参加2026年度评先评优 … */
function statement(a: AwardLookup): string {
  switch (a.answer) {
    case '不得评先评优':
      return `${a.personName}不得参加${a.year}年度评先评优`;
    case '可参与优秀班子评定':
      return `${a.personName}所在单位可参与${a.year}年度党风廉政建设责任制优秀班子评定`;
    case '未列入名单':
      return `${a.personName}未列入${a.year}年度不得评先评优名单`;
    case '年度尚未发布':
      return `${a.year}年度廉情指数尚未发布，暂无名单`;
  }
}

type Entry = AwardLookup['entries'][number];

const ENTRY_COLUMNS: Column<Entry>[] = [
  { header: '名单', cell: (e) => e.list, width: 150 },
  { header: '单位', cell: (e) => e.unitName },
  { header: '等级与得分', cell: (e) => `${e.grade}级 ${formatHundredths(e.score)}分`, width: 120 },
  { header: '身份类别', cell: (e) => e.category, width: 100 },
  { header: '状态', cell: (e) => (e.removed ? `已移出：${e.removed.reason}` : '在名单中'), width: 200 },
];

export function LookupSection({ year }: { year: number }) {
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const answer = useOp('consequences.lookup', { year, personId: person?.id ?? 0 }, { enabled: person !== null });
  const a = answer.data && person && answer.data.personId === person.id ? answer.data : null;
  return (
    <Section title="按人员查询">
      <Stack spacing={1.5}>
        <PersonPicker label="查询人员" value={person} onChange={setPerson} width={320} helperText={`查询该人员能否参加${year}年度评先评优`} />
        <ErrorAlert error={answer.error} sx={{}} />
        {answer.isFetching && !a ? <LinearProgress aria-label="正在查询" /> : null}
        {a ? (
          <>
            <Alert severity={TONE[a.answer]} role="status" aria-label="查询结果">
              <AlertTitle>
                {a.answer}：{statement(a)}
              </AlertTitle>
              {a.unitName}
              {a.post ? `，${a.post}` : ''}。{a.because}
            </Alert>
            {a.entries.length > 0 ? <SimpleTable label="名单记录" columns={ENTRY_COLUMNS} rows={a.entries} rowKey={(e) => `${e.list}-${e.consequenceId}`} empty="" /> : null}
          </>
        ) : null}
      </Stack>
    </Section>
  );
}
