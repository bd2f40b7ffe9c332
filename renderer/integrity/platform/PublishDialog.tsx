// 发布: the person picks the period (a quarter or 全年) and sees what publishing would freeze — the
// units and their colours (or grades) as computed now, the control points 未录入 (to be confirmed:
// 未录入项按0分计) — and, when the period is already published, gives the 重新发布理由 (the earlier
// publication is kept). What the service refuses is shown as it says it. Once published, the dialog
// says so and links to what the result calls for (查看预警闭环); 完成 closes it.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { COLOURS, GRADES, periodLabel, schemeVersionLabel, type PublicationRow } from '../../../shared/integrity/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { useOp, useOpMutation } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PublishedNote } from '../../consequences/index.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { countsText, periodName, QUARTER_NAMES } from './indexWords.ts';

interface Props {
  year: number;
  /** The period offered first (the earliest finished quarter not yet published, or 全年). */
  initialQuarter: number;
  onClose(): void;
  onPublished(publication: PublicationRow): void;
}

function count<T extends string>(values: readonly T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

export function PublishDialog({ year, initialQuarter, onClose, onPublished }: Props) {
  const [quarter, setQuarter] = useState(initialQuarter);
  const [reason, setReason] = useState('');
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [done, setDone] = useState<PublicationRow | null>(null);
  const publish = useOpMutation('integrity.publish');
  const quarterAnswer = useOp('integrity.computeQuarter', { year, quarter: quarter === 0 ? 1 : quarter }, { enabled: quarter !== 0 });
  const yearAnswer = useOp('integrity.computeYear', { year }, { enabled: quarter === 0 });
  const answer = quarter === 0 ? yearAnswer : quarterAnswer;
  const inForce = (quarter === 0 ? yearAnswer.data?.publication : quarterAnswer.data?.publication) ?? null;
  const republishing = inForce !== null && inForce.supersededAt === null;
  const missing = quarter === 0 ? 0 : (quarterAnswer.data?.missingChecks ?? 0);
  const period = periodLabel(year, quarter);

  const submit = () => {
    publish.mutate(
      { year, quarter, reason: republishing ? reason : '', confirmMissing: missing > 0 && confirmMissing },
      { onSuccess: setDone },
    );
  };

  let summary: string | null = null;
  if (quarter !== 0 && quarterAnswer.data) {
    const units = quarterAnswer.data.units;
    summary = `参评单位 ${units.length} 个：${countsText(count(units.map((u) => u.colour)), COLOURS)}`;
  } else if (quarter === 0 && yearAnswer.data) {
    const units = yearAnswer.data.units;
    summary = `参评单位 ${units.length} 个：${countsText(count(units.map((u) => `${u.grade}级`)), GRADES.map((g) => `${g}级`))}`;
  }
  const publishedQuarters = yearAnswer.data?.publishedQuarters ?? [];
  if (done) return <PublishedNote publication={done} onClose={() => onPublished(done)} />;

  return (
    <FormDialog
      open
      title="发布廉情指数"
      submitLabel={republishing ? '重新发布' : '发布'}
      busy={publish.isPending}
      error={publish.error ? messageOf(publish.error) : null}
      dirty={reason.trim() !== ''}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        select
        label="期间"
        value={quarter}
        onChange={(e) => {
          setQuarter(Number(e.target.value));
          setConfirmMissing(false);
          publish.reset();
        }}
      >
        {[1, 2, 3, 4, 0].map((q) => (
          <MenuItem key={q} value={q}>
            {year}年{periodName(q)}
          </MenuItem>
        ))}
      </TextField>
      {answer.isFetching ? <LinearProgress aria-label="正在计算" /> : null}
      <ErrorAlert error={answer.error} sx={{}} />
      {summary ? (
        <Typography variant="body2" aria-label="计算结果">
          {period}按当前数据计算：{summary}
        </Typography>
      ) : null}
      {quarter === 0 && yearAnswer.data ? (
        <Typography variant="body2" aria-label="已发布季度">
          已发布季度：{publishedQuarters.length > 0 ? publishedQuarters.map((q) => QUARTER_NAMES[q - 1] ?? q).join('、') : '无'}
          {publishedQuarters.length < 4 ? '（全年须在四个季度均发布后发布）' : ''}
        </Typography>
      ) : null}
      {missing > 0 ? (
        <>
          <Alert severity="warning">
            尚有 {missing} 个控制点未录入检查结果（未录入 {missing} 项），发布后按0分计。
          </Alert>
          <FormControlLabel
            control={<Checkbox checked={confirmMissing} onChange={(e) => setConfirmMissing(e.target.checked)} />}
            label="未录入项按0分计"
          />
        </>
      ) : null}
      {republishing && inForce ? (
        <>
          <Alert severity="info">
            {period}已于 {formatTimestamp(inForce.publishedAt)} 由 {inForce.publishedByName} 发布（评分方案 {schemeVersionLabel(inForce.scheme)}）。
            重新发布将保留原发布记录。
          </Alert>
          <TextField label="重新发布理由" required multiline minRows={2} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { maxLength: 500 } }} />
        </>
      ) : null}
    </FormDialog>
  );
}
