// 整改措施 of one item: one or more rows, each its text, 措施责任人 and 措施时限; added and removed
// with buttons (reached by Tab), the new row's text focused.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { PersonPicker } from '../../registry/index.ts';
import { emptyMeasure, type MeasureDraft } from './itemDraft.ts';

interface Props {
  measures: MeasureDraft[];
  onChange(next: MeasureDraft[]): void;
  /** Problems by path inside the item (measures.0.text …). */
  problem(path: string): string | undefined;
  unitId: number | undefined;
  /** The row to focus (just added). */
  focusRow?: number | null;
  onAdded(row: number): void;
}

export function MeasuresEditor({ measures, onChange, problem, unitId, focusRow, onAdded }: Props) {
  const set = (i: number, change: Partial<MeasureDraft>) => onChange(measures.map((m, j) => (j === i ? { ...m, ...change } : m)));
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        整改措施
      </Typography>
      <Stack spacing={1.5}>
        {measures.map((m, i) => (
          <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
            <Box sx={{ flex: '1 1 300px' }}>
              <FormTextField
                label={`整改措施${i + 1}`}
                value={m.text}
                onChange={(e) => set(i, { text: e.target.value })}
                required={i === 0}
                multiline
                minRows={1}
                size="small"
                autoFocus={focusRow === i}
                problem={problem(`measures.${i}.text`)}
                maxChars={2000}
              />
            </Box>
            <PersonPicker label={`措施${i + 1}责任人`} value={m.owner} onChange={(owner) => set(i, { owner })} unitId={unitId} width={170} size="small" error={problem(`measures.${i}.ownerPersonId`)} />
            <DateInput label={`措施${i + 1}时限`} value={m.dueDate} onChange={(dueDate) => set(i, { dueDate })} width={170} problem={problem(`measures.${i}.dueDate`)} />
            <Tooltip title={`删除措施${i + 1}`}>
              <span>
                <IconButton aria-label={`删除措施${i + 1}`} disabled={measures.length === 1} onClick={() => onChange(measures.filter((_, j) => j !== i))}>
                  <DeleteOutlineIcon />
                </IconButton>
              </span>
            </Tooltip>
          </Stack>
        ))}
        {problem('measures') ? (
          <Typography variant="body2" color="error" role="alert">
            {problem('measures')}
          </Typography>
        ) : null}
        <div>
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() => {
              onChange([...measures, emptyMeasure()]);
              onAdded(measures.length);
            }}
          >
            添加措施
          </Button>
        </div>
      </Stack>
    </Box>
  );
}
