// 上传材料: the file (the signed record, the 反馈单, the reply …) and what it is (材料类别). The file
// is read when chosen; the service checks its type and content again.
import { useState, type ChangeEvent } from 'react';
import { Controller } from 'react-hook-form';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { INTERVIEW_FILE_KINDS, interviewFileInput, type InterviewDetail, type InterviewFileKind } from '../../../../shared/interviews/index.ts';
import { api } from '../../../api/client.ts';
import { readFileAsBase64 } from '../../../kit/download.ts';
import { FormDialog } from '../../../kit/forms/FormDialog.tsx';
import { useSave } from '../../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../../kit/forms/useSchemaForm.ts';
import { UPLOAD_ACCEPT, UPLOAD_HINT, formatSize, uploadProblem } from '../../../kit/uploadFiles.ts';
import { ChoiceControl, type StepDialogProps } from '../fields.tsx';

interface Draft {
  kind: InterviewFileKind | '';
  file: { fileName: string; dataBase64: string; size: number } | null;
}

/** The kind a page most likely uploads now: the signed record of a recorded talk, a letter's reply. */
function likelyKind(item: InterviewDetail): InterviewFileKind {
  if (item.kind === '函询') return '答复材料';
  return item.holder === '委托谈话' && item.heldDate !== null ? '反馈单' : '签字谈话记录';
}

export function UploadDialog({ item, onDone, onClose }: StepDialogProps) {
  const [reading, setReading] = useState<string | null>(null);
  const form = useSchemaForm<Draft, typeof interviewFileInput>(interviewFileInput, { kind: likelyKind(item), file: null } satisfies Draft, (d: Draft) => ({
    id: item.id,
    kind: d.kind,
    file: d.file ? { fileName: d.file.fileName, dataBase64: d.file.dataBase64 } : undefined,
  }));
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, '已上传材料'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.addFile', input)));
  const fileProblem = reading ?? f.file ?? f['file.fileName'] ?? f['file.dataBase64'];

  return (
    <FormDialog open title="上传材料" submitLabel="上传" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <ChoiceControl control={form.control} name="kind" label="材料类别" choices={INTERVIEW_FILE_KINDS} problem={f.kind} />
      <Controller
        control={form.control}
        name="file"
        render={({ field }) => {
          const choose = (event: ChangeEvent<HTMLInputElement>) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            const refused = uploadProblem(file);
            setReading(refused);
            if (refused) return field.onChange(null);
            readFileAsBase64(file).then(
              (dataBase64) => field.onChange({ fileName: file.name, dataBase64, size: file.size }),
              (e: unknown) => setReading(e instanceof Error ? e.message : '无法读取所选文件'),
            );
          };
          return (
            <Stack spacing={0.5}>
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
                  选择文件
                  <input type="file" accept={UPLOAD_ACCEPT} aria-label="选择材料文件" hidden onChange={choose} />
                </Button>
                <Typography variant="body2">{field.value ? `${field.value.fileName}（${formatSize(field.value.size)}）` : '未选择文件'}</Typography>
              </Stack>
              <FormHelperText error={Boolean(fileProblem)}>{fileProblem ?? UPLOAD_HINT}</FormHelperText>
            </Stack>
          );
        }}
      />
    </FormDialog>
  );
}
