// The scheme editor's inputs: each bound to the form by its path, labelled in Chinese (a visible
// label, or — in a table row — an aria-label such as "控制点1 分值" under the column's visible
// header), showing its problem, and read-only when the version is enabled. A table of rows with
// 添加 / 删除 for the lists.
import { createContext, useContext, type ReactNode } from 'react';
import { Controller, type Control, type Path } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import type { OpParsed } from '../../../shared/api.ts';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import type { EditorDraft } from './schemeDraft.ts';

export type EditorControl = Control<EditorDraft, unknown, OpParsed<'integrity.saveScheme'>>;
export type DraftPath = Path<EditorDraft>;

interface Editor {
  control: EditorControl;
  /** An enabled version: every input read-only. */
  frozen: boolean;
  /** The problems by path (content.control.items.0.points). */
  problems: Record<string, string>;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside the scheme editor');
  return editor;
}

interface FieldProps {
  name: DraftPath;
  label: string;
  /** In a table row: the label is the aria-label (the column header shows it). */
  cell?: boolean;
  width?: number | string;
  hint?: string;
  /** A figure (the keyboard shows digits; the text is kept as typed). */
  number?: boolean;
  maxChars?: number;
}

/** A text or figure input. */
export function DraftField({ name, label, cell = false, width, hint, number = false, maxChars }: FieldProps) {
  const { control, frozen, problems } = useEditor();
  return (
    <Box sx={{ width: width ?? (cell ? '100%' : 180), minWidth: cell ? 72 : undefined }}>
      <FormTextInput
        control={control}
        name={name}
        size="small"
        disabled={frozen}
        label={cell ? undefined : label}
        problem={problems[name]}
        hint={hint}
        maxChars={maxChars}
        slotProps={{ htmlInput: { 'aria-label': cell ? label : undefined, inputMode: number ? 'decimal' : undefined } }}
      />
    </Box>
  );
}

interface ChoiceProps<T extends string> extends Omit<FieldProps, 'number' | 'hint' | 'maxChars'> {
  choices: ReadonlyArray<T | { value: T; label: string }>;
}

/** A select (the browser's own: keyboard-friendly, one press per letter). */
export function DraftChoice<T extends string>({ name, label, cell = false, width, choices }: ChoiceProps<T>) {
  const { control, frozen, problems } = useEditor();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Box sx={{ width: width ?? (cell ? '100%' : 180) }}>
          <TextField
            select
            size="small"
            fullWidth
            disabled={frozen}
            label={cell ? undefined : label}
            value={typeof field.value === 'string' ? field.value : ''}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
            error={Boolean(problems[name])}
            helperText={problems[name]}
            slotProps={{ select: { native: true }, htmlInput: { 'aria-label': cell ? label : undefined }, inputLabel: { shrink: true } }}
          >
            {choices.map((c) => {
              const { value, label: text } = typeof c === 'string' ? { value: c, label: c } : c;
              return (
                <option key={value} value={value}>
                  {text}
                </option>
              );
            })}
          </TextField>
        </Box>
      )}
    />
  );
}

/** Several of a list (适用单位类型): typed to filter, Enter to pick, Backspace to drop. */
export function DraftMultiChoice({ name, label, choices }: { name: DraftPath; label: string; choices: readonly string[] }) {
  const { control, frozen, problems } = useEditor();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Autocomplete
          multiple
          size="small"
          disableCloseOnSelect
          disabled={frozen}
          options={choices}
          value={Array.isArray(field.value) ? (field.value as string[]) : []}
          onChange={(_, value) => field.onChange(value)}
          onBlur={field.onBlur}
          renderInput={(params) => (
            <TextField
              {...params}
              error={Boolean(problems[name])}
              helperText={problems[name]}
              slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': label } }}
            />
          )}
          sx={{ minWidth: 260 }}
        />
      )}
    />
  );
}

/** A yes/no (一票否决, 主要负责人规则). */
export function DraftCheck({ name, label, cell = false }: { name: DraftPath; label: string; cell?: boolean }) {
  const { control, frozen } = useEditor();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const box = (
          <Checkbox
            checked={field.value === true}
            disabled={frozen}
            onChange={(e) => field.onChange(e.target.checked)}
            onBlur={field.onBlur}
            slotProps={{ input: { 'aria-label': cell ? label : undefined } }}
          />
        );
        return cell ? box : <FormControlLabel control={box} label={label} disabled={frozen} />;
      }}
    />
  );
}

/** One of a few, side by side (无数据时: 满分 / 零分 / 同类平均). */
export function DraftRadios({ name, label, choices }: { name: DraftPath; label: string; choices: readonly string[] }) {
  const { control, frozen } = useEditor();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControl disabled={frozen}>
          <FormLabel id={`radios-${name}`}>{label}</FormLabel>
          <RadioGroup row aria-labelledby={`radios-${name}`} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
            {choices.map((c) => (
              <FormControlLabel key={c} value={c} control={<Radio size="small" />} label={c} />
            ))}
          </RadioGroup>
        </FormControl>
      )}
    />
  );
}

interface RowsProps {
  /** The table's name (控制点). */
  label: string;
  headers: readonly string[];
  /** A stable key per row (useFieldArray's ids). */
  ids: readonly string[];
  row(i: number): ReactNode[];
  /** The row's name for its 删除 button (控制点1). */
  rowName(i: number): string;
  onAdd?: (() => void) | undefined;
  onRemove?: ((i: number) => void) | undefined;
  /** Fewer rows than this cannot be removed. */
  min?: number;
}

/** An editable table: the visible headers, a row per entry, 添加 and 删除 (hidden when read-only). */
export function DraftRows({ label, headers, ids, row, rowName, onAdd, onRemove, min = 0 }: RowsProps) {
  const { frozen } = useEditor();
  const count = ids.length;
  const removable = !frozen && onRemove !== undefined;
  return (
    <Box>
      <Table size="small" aria-label={label} sx={{ '& td': { verticalAlign: 'top', py: 0.75 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 56, fontWeight: 600, whiteSpace: 'nowrap' }}>序号</TableCell>
            {headers.map((h) => (
              <TableCell key={h} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {h}
              </TableCell>
            ))}
            {removable ? <TableCell sx={{ width: 56 }} /> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {ids.map((id, i) => (
            <TableRow key={id}>
              <TableCell>{i + 1}</TableCell>
              {row(i).map((cell, j) => (
                <TableCell key={headers[j] ?? j}>{cell}</TableCell>
              ))}
              {removable ? (
                <TableCell>
                  <IconButton size="small" aria-label={`删除${rowName(i)}`} disabled={count <= min} onClick={() => onRemove(i)}>
                    <DeleteOutline fontSize="small" />
                  </IconButton>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {count === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
          尚无{label}
        </Typography>
      ) : null}
      {!frozen && onAdd ? (
        <Button size="small" onClick={onAdd} sx={{ mt: 0.5 }}>
          添加{label}
        </Button>
      ) : null}
    </Box>
  );
}
