// A labelled text input of a form: the field's error message from the service or the schema
// replaces the hint under it, and the field is marked in red. With `maxChars` (the schema's
// limit) a counter shows how much is typed of how much is allowed; the input never cuts what is
// typed or pasted (a native maxlength would, silently): the counter and the check name the excess.
import Box from '@mui/material/Box';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { charCount } from '../../../shared/kernel/text.ts';

type Props = Omit<TextFieldProps, 'error' | 'helperText' | 'fullWidth'> & {
  /** The message for this field, when the last check found one. */
  problem?: string | undefined;
  /** Shown under the field when there is no problem. */
  hint?: string | undefined;
  /** The most characters the field takes: shows the counter (for a short field, near the limit). */
  maxChars?: number | undefined;
};

export function FormTextField({ problem, hint, maxChars, ...props }: Props) {
  const typed = typeof props.value === 'string' ? charCount(props.value) : 0;
  const over = maxChars !== undefined && typed > maxChars;
  const message = problem ?? hint;
  // Always for texts (a summary, a letter); for a short field once it nears its limit.
  const counted = maxChars !== undefined && (props.multiline === true || maxChars >= 100 || typed > maxChars * 0.8);
  const helperText =
    !counted ? (
      message
    ) : (
      <Box component="span" sx={{ display: 'flex', gap: 1, justifyContent: 'space-between' }}>
        <span>{message}</span>
        <Box component="span" sx={{ flexShrink: 0, fontWeight: over ? 600 : undefined }} color={over ? 'error.main' : undefined}>
          {over ? `已超出${typed - (maxChars as number)}字 · ` : ''}
          {typed}/{maxChars}
        </Box>
      </Box>
    );
  return <TextField {...props} error={Boolean(problem) || over} helperText={helperText} fullWidth />;
}
