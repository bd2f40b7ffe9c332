// The notes under the statistics table: what each dimension counts, and that 重复件 are counted
// once. (The same wording is written under the tables of the exported workbook.)
import Typography from '@mui/material/Typography';
import { STAT_DIMENSION_NOTES, type TipStats } from '../../../shared/tips/stats.ts';

export function StatsNotes({ stats }: { stats: TipStats }) {
  return (
    <Typography component="div" variant="body2" color="text.secondary" sx={{ mt: 1, lineHeight: 1.8 }}>
      <div>说明：{STAT_DIMENSION_NOTES[stats.dimension]}</div>
      <div>
        重复件不重复统计（随原件计一次）：{stats.year}年收到重复件 {stats.repeatsExcluded} 件，未计入上表。
      </div>
    </Typography>
  );
}
