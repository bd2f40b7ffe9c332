// A labelled text input bound to a react-hook-form field (controlled, so MUI's label and the
// value always agree), with its problem under it and the schema's length limit.
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { TextFieldProps } from '@mui/material/TextField';
import { FormTextField } from './FormTextField.tsx';

type Props<D extends FieldValues> = Omit<TextFieldProps, 'error' | 'helperText' | 'fullWidth' | 'name' | 'value' | 'onChange' | 'onBlur'> & {
  control: Control<D, unknown, unknown>;
  name: Path<D>;
  problem?: string | undefined;
  hint?: string;
  /** The most characters the schema takes (limitsOf). */
  maxChars?: number | undefined;
};

export function FormTextInput<D extends FieldValues>({ control, name, maxChars, ...props }: Props<D>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormTextField
          {...props}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          maxChars={maxChars}
        />
      )}
    />
  );
}
