// How a result looks wherever it is shown: the colour as a small swatch AND its word AND the score
// (绿 92.50), the grade with its letter, and the markers 已发布 / 草稿 and 数据已变化 — never a
// colour alone. Printing keeps the colours (print-color-adjust).
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { formatHundredths, type Colour, type Grade, type Hundredths } from '../../../shared/integrity/index.ts';

/** Swatch, light background and dark text of each colour (the text stays readable on the background). */
export const COLOUR_TONES: Record<Colour, { swatch: string; background: string; text: string }> = {
  绿: { swatch: '#2e7d32', background: '#e6f2e7', text: '#1b4d1e' },
  橙: { swatch: '#ef6c00', background: '#fff0de', text: '#7a3300' },
  红: { swatch: '#c62828', background: '#fde8e8', text: '#7f1717' },
};

export const GRADE_TONES: Record<Grade, { background: string; text: string }> = {
  A: { background: '#e6f2e7', text: '#1b4d1e' },
  B: { background: '#fff0de', text: '#7a3300' },
  C: { background: '#fde8e8', text: '#7f1717' },
};

const exact = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' } as const;

/** 绿 92.50 on the colour's light background, with a swatch; or only the word when no score is given. */
export function ColourScore({ colour, score }: { colour: Colour; score?: Hundredths }) {
  const tone = COLOUR_TONES[colour];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex', alignItems: 'center', gap: 0.5, px: 0.75, py: 0.125, borderRadius: 1, whiteSpace: 'nowrap',
        bgcolor: tone.background, color: tone.text, border: 1, borderColor: tone.swatch, fontVariantNumeric: 'tabular-nums', ...exact,
      }}
    >
      <Box component="span" aria-hidden="true" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: tone.swatch, ...exact }} />
      <span>{score === undefined ? colour : `${colour} ${formatHundredths(score)}`}</span>
    </Box>
  );
}

/** 85.40 A级 on the grade's light background. */
export function GradeScore({ grade, score }: { grade: Grade; score?: Hundredths }) {
  const tone = GRADE_TONES[grade];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex', alignItems: 'center', gap: 0.5, px: 0.75, py: 0.125, borderRadius: 1, whiteSpace: 'nowrap',
        bgcolor: tone.background, color: tone.text, fontWeight: 600, fontVariantNumeric: 'tabular-nums', ...exact,
      }}
    >
      {score === undefined ? `${grade}级` : `${formatHundredths(score)} ${grade}级`}
    </Box>
  );
}

/** 已发布 or 草稿. */
export function PublishedMark({ published }: { published: boolean }) {
  return (
    <Chip
      size="small"
      label={published ? '已发布' : '草稿'}
      variant={published ? 'filled' : 'outlined'}
      color={published ? 'primary' : 'default'}
      sx={{ height: 20, fontSize: 12 }}
    />
  );
}

/** 数据已变化: published, and the inputs have changed since. */
export function ChangedMark() {
  return <Chip size="small" label="数据已变化" color="warning" variant="outlined" sx={{ height: 20, fontSize: 12 }} />;
}

/** 一票否决. */
export function VetoMark() {
  return <Chip size="small" label="一票否决" color="error" sx={{ height: 20, fontSize: 12 }} />;
}
