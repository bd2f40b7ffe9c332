// 附件 on the registration form: files chosen now are uploaded right after the tip is
// registered. Unsupported or oversized files are refused at once, with the reason.
import { useRef, useState, type ChangeEvent } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, attachmentProblem, formatSize } from '../common/attachmentFiles.ts';

interface Props {
  files: File[];
  onChange(files: File[]): void;
}

export function AttachmentChooser({ files, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string[]>([]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    const problems = chosen.map(attachmentProblem).filter((p): p is string => p !== null);
    setRefused(problems);
    const accepted = chosen.filter((f) => attachmentProblem(f) === null && !files.some((x) => x.name === f.name && x.size === f.size));
    if (accepted.length > 0) onChange([...files, ...accepted]);
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="outlined" size="small" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()}>
          选择附件
        </Button>
        <input ref={input} type="file" multiple accept={ATTACHMENT_ACCEPT} aria-label="附件" hidden onChange={choose} />
        {files.map((f) => (
          <Chip
            key={`${f.name}-${f.size}`}
            label={`${f.name}（${formatSize(f.size)}）`}
            onDelete={() => onChange(files.filter((x) => x !== f))}
            size="small"
          />
        ))}
      </Stack>
      <FormHelperText>{ATTACHMENT_HINT}；登记后自动上传。</FormHelperText>
      {refused.map((r) => (
        <FormHelperText key={r} error role="alert">
          {r}
        </FormHelperText>
      ))}
    </Stack>
  );
}
