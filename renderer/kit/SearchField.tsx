// A labelled search box; the page debounces what is typed before asking the service.
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  width?: number;
}

export function SearchField({ label, value, onChange, width = 240 }: Props) {
  return (
    <TextField
      label={label}
      type="search"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ width }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        htmlInput: { maxLength: 50 },
      }}
    />
  );
}
