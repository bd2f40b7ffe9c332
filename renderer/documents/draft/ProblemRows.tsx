// The problems of a 预警告知书, one fieldset each (问题1, 问题2 …): 问题描述 (several lines kept as
// paragraphs) and 问题类别 (one of the rectification categories of 系统设置); a row taken from a tip
// says which, and one drafted from a 廉情指数 score line shows the records behind it (read only:
// they stay with the problem when it is saved). 添加问题 adds a typed one; 从信访件选取 (in the
// form) adds one from a concluded tip.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Controller, type Control, type UseFieldArrayReturn } from 'react-hook-form';
import { warningProblemInput } from '../../../shared/documents/index.ts';
import { useOp } from '../../api/query.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { useRectCategories } from '../common/useRectCategories.ts';
import { limitsOf } from '../../kit/forms/limits.ts';
import { emptyProblem, type ProblemDraft, type WarningDraft } from './warningDraft.ts';

const LIMITS = limitsOf(warningProblemInput);

/** The tip a problem was taken from, by its number. */
function FromTip({ id }: { id: number }) {
  const tip = useOp('tips.get', { id });
  return (
    <Typography variant="body2" color="text.secondary">
      取自信访件 {tip.data?.number ?? `（编号 ${id}）`}的办结情况
    </Typography>
  );
}

/** The records a score line named (信访件 XF-2026-0012 …), as small chips. */
function LineRecords({ line, n }: { line: NonNullable<ProblemDraft['line']>; n: number }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }} role="list" aria-label={`问题${n}的依据记录`}>
      <Typography variant="body2" color="text.secondary" component="span">
        {line.records.length > 0 ? '取自廉情指数评分，依据记录：' : '取自廉情指数评分'}
      </Typography>
      {line.records.map((r) => (
        <Chip key={`${r.kind}:${r.id}`} size="small" variant="outlined" label={r.label} role="listitem" />
      ))}
    </Stack>
  );
}

interface Props {
  control: Control<WarningDraft, unknown, unknown>;
  rows: UseFieldArrayReturn<WarningDraft, 'problems'>;
  /** Messages by path (problems.0.text …). */
  problems: Record<string, string>;
}

export function ProblemRows({ control, rows, problems: f }: Props) {
  const categories = useRectCategories();
  const listProblem = f.problems ?? f['problems.root'];
  return (
    <Stack spacing={1.5}>
      {rows.fields.map((row, i) => (
        <Box key={row.id} component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, m: 0, minWidth: 0 }}>
          <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
            问题{i + 1}
          </Typography>
          <Stack spacing={1.5}>
            {row.tipId !== null ? <FromTip id={row.tipId} /> : null}
            {row.line !== null ? <LineRecords line={row.line} n={i + 1} /> : null}
            <FormTextInput control={control} name={`problems.${i}.text`} label="问题描述" required multiline minRows={3} problem={f[`problems.${i}.text`]} hint="可分段，每段一行" maxChars={LIMITS.text} />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <Controller
                control={control}
                name={`problems.${i}.category`}
                render={({ field }) => (
                  // A category since taken off the list stays offered for the draft that has it.
                  <ChoiceField
                    label="问题类别"
                    value={field.value}
                    choices={field.value === '' || categories.includes(field.value) ? categories : [field.value, ...categories]}
                    onChange={field.onChange}
                    error={f[`problems.${i}.category`]}
                  />
                )}
              />
              <Tooltip title={`删除问题${i + 1}`}>
                <IconButton aria-label={`删除问题${i + 1}`} onClick={() => rows.remove(i)}>
                  <DeleteOutlineIcon />
                </IconButton>
              </Tooltip>
            </Stack>
          </Stack>
        </Box>
      ))}
      {listProblem ? (
        <Typography role="alert" color="error" variant="body2">
          {listProblem}
        </Typography>
      ) : null}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => rows.append(emptyProblem())}>
          添加问题
        </Button>
      </div>
    </Stack>
  );
}
