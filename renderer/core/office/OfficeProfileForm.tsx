// 机关信息's form, shared by the administrator's page and the first-start ask: 机关全称 (one, or
// two issuing jointly), 发文机关标志, 发文字号简称, 印发机关, 通讯地址, 联系电话 — react-hook-form
// checked by the contract's schema; what the service answers on saving is shown at the fields.
import type { FormEvent, ReactNode } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { officeProfileInput, type OfficeProfile } from '../../../shared/core/office.ts';
import { api } from '../../api/client.ts';
import { opKey, queryClient } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';

const LIMITS = limitsOf(officeProfileInput);
const ORGAN_MAX = 40;

interface OfficeDraft {
  organs: string[];
  mark: string;
  abbreviation: string;
  printer: string;
  address: string;
  phone: string;
}

function draftOf(profile: OfficeProfile): OfficeDraft {
  return {
    organs: profile.organs.length > 0 ? [...profile.organs] : [''],
    mark: profile.mark,
    abbreviation: profile.abbreviation,
    printer: profile.printer,
    address: profile.address,
    phone: profile.phone,
  };
}

/** What the parts of the form are, for the page or the dialog to lay out. */
export interface OfficeFormParts {
  fields: ReactNode;
  busy: boolean;
  dirty: boolean;
}

interface Props {
  profile: OfficeProfile;
  onSaved(profile: OfficeProfile): void;
  /** Lays out the fields and the buttons (a 保存 of type submit) inside the form. */
  children(parts: OfficeFormParts): ReactNode;
  autoFocus?: boolean;
}

export function OfficeProfileForm({ profile, onSaved, children, autoFocus }: Props) {
  const form = useSchemaForm(officeProfileInput, draftOf(profile), (d: OfficeDraft) => d);
  const { busy, problem: saveProblem, save } = useSave((saved: OfficeProfile) => {
    queryClient.setQueryData(opKey('office.get', {}), saved);
    form.reset(draftOf(saved));
    onSaved(saved);
  });
  const { message, fields: f } = shownProblems(form.formState.errors, saveProblem);
  const organs = form.watch('organs');
  const joint = organs.length > 1;

  const setOrgans = (next: string[]) => {
    form.setValue('organs', next, { shouldDirty: true });
    if (form.formState.isSubmitted) void form.trigger();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    void form.handleSubmit((input) => save(api.call('office.update', input)))();
  };

  const fields = (
    <Stack spacing={2}>
      <ErrorAlert error={message} sx={{}} />
      <FormTextInput
        control={form.control}
        name="organs.0"
        label={joint ? '机关全称（第一个）' : '机关全称'}
        required
        autoFocus={autoFocus}
        problem={f['organs.0'] ?? (joint ? undefined : f.organs)}
        hint="如：中共临江县纪律检查委员会"
        maxChars={ORGAN_MAX}
      />
      {joint ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <FormTextInput
            control={form.control}
            name="organs.1"
            label="机关全称（联合发文）"
            required
            problem={f['organs.1'] ?? f.organs}
            hint="如：临江县监察委员会"
            maxChars={ORGAN_MAX}
          />
          <Tooltip title="删除联合发文机关">
            <IconButton aria-label="删除联合发文机关" onClick={() => setOrgans(organs.slice(0, 1))} sx={{ mt: 1 }}>
              <DeleteOutlineIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      ) : (
        <div>
          <Button startIcon={<AddIcon />} onClick={() => setOrgans([organs[0] ?? '', ''])}>
            添加联合发文机关
          </Button>
        </div>
      )}
      <FormTextInput
        control={form.control}
        name="mark"
        label="发文机关标志"
        required
        multiline
        minRows={2}
        problem={f.mark}
        hint="公文版头的红色文字，最多两行（联合发文时每行一个机关），每行不超过20个字"
        maxChars={LIMITS.mark}
      />
      <FormTextInput
        control={form.control}
        name="abbreviation"
        label="发文字号简称"
        required
        problem={f.abbreviation}
        hint="文号中的机关代字，1到8个汉字，如“临纪”"
        maxChars={LIMITS.abbreviation}
      />
      <FormTextInput control={form.control} name="printer" label="印发机关" required problem={f.printer} hint="版记中的印发机关，如：中共临江县纪委办公室" maxChars={LIMITS.printer} />
      <FormTextInput control={form.control} name="address" label="通讯地址" problem={f.address} maxChars={LIMITS.address} />
      <FormTextInput control={form.control} name="phone" label="联系电话" problem={f.phone} hint="印在查询码回执等文书上" maxChars={LIMITS.phone} />
    </Stack>
  );

  return (
    <form onSubmit={submit} noValidate aria-label="机关信息">
      {children({ fields, busy, dirty: form.formState.isDirty })}
    </form>
  );
}
