// The notes under the statistics table: what each dimension counts, and that 重复件 are counted
// once. (The same wording is written under the tables of the exported workbook.)
import Typography from '@mui/material/Typography';
import type { StatDimension, TipStats } from '../../../shared/schemas/tips.ts';

const DIMENSION_NOTES: Record<StatDimension, string> = {
  channel: '按收件日期统计件数。',
  category: '按收件日期统计；一件反映多个问题类别的，在每个类别中各计一次，因此合计可能大于收件数。',
  disposal: '按收件日期统计件数；“未拟办”指尚未提出处置方式的件。',
  result: '按收件日期统计件数；“未作认定”指以暂存待查、予以了结方式办结、不作查实认定的件；“未办结”指尚在办理中的件。',
  outcome: '按处理决定日期（办结日期）统计人次：每名被反映人的处理各计一次。',
};

export function StatsNotes({ stats }: { stats: TipStats }) {
  return (
    <Typography component="div" variant="body2" color="text.secondary" sx={{ mt: 1, lineHeight: 1.8 }}>
      <div>说明：{DIMENSION_NOTES[stats.dimension]}</div>
      <div>
        重复件不重复统计（随原件计一次）：{stats.year}年收到重复件 {stats.repeatsExcluded} 件，未计入上表。
      </div>
    </Typography>
  );
}
