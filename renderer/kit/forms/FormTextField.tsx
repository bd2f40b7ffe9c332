// A labelled text input of a form: the field's error message from the service or the schema
// replaces the hint under it, and the field is marked in red.
import TextField, { type TextFieldProps } from '@mui/material/TextField';

type Props = Omit<TextFieldProps, 'error' | 'helperText' | 'fullWidth'> & {
  /** The message for this field, when the last check found one. */
  problem?: string;
  /** Shown under the field when there is no problem. */
  hint?: string;
};

export function FormTextField({ problem, hint, ...props }: Props) {
  return <TextField {...props} error={Boolean(problem)} helperText={problem ?? hint} fullWidth />;
}
