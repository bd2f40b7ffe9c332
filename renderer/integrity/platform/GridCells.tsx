// A cell of the platform's grid: a quarter (绿 92.50 with 已发布 / 草稿 and 数据已变化) or the year
// (the score, A/B/C, 一票否决), or 未参评 where the unit was not scored.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridCell, GridYearCell } from '../../../shared/integrity/index.ts';
import { ChangedMark, ColourScore, GradeScore, PublishedMark, VetoMark } from './ColourMarks.tsx';

function NotScored() {
  return (
    <Typography variant="body2" color="text.secondary" component="span">
      未参评
    </Typography>
  );
}

export function QuarterCell({ cell }: { cell: GridCell | null }) {
  if (!cell) return <NotScored />;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <ColourScore colour={cell.colour} score={cell.score} />
      <PublishedMark published={cell.published} />
      {cell.changed ? <ChangedMark /> : null}
      {cell.veto ? <VetoMark /> : null}
    </Stack>
  );
}

export function YearCell({ cell }: { cell: GridYearCell | null }) {
  if (!cell) return <NotScored />;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <GradeScore grade={cell.grade} score={cell.score} />
      <PublishedMark published={cell.published} />
      {cell.changed ? <ChangedMark /> : null}
      {cell.veto ? <VetoMark /> : null}
    </Stack>
  );
}
