// The 问题清单 form: 问题来源, 来源说明, 信访件 (信访核查), the item rows; rect.create on 登记.
import { useEffect, useState, type FormEvent } from 'react';
import { Controller } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { RECT_SOURCES, rectCreateInput, type RectDetail, type RectRow, type RectSource } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { LeaveGuard } from '../../kit/forms/LeaveGuard.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { rectPath, useRectNav } from '../common/rectRoute.ts';
import { ItemRows } from './ItemRows.tsx';
import { listInput, type ListDraft } from './itemDraft.ts';
import { TipFinder } from './TipFinder.tsx';

const LIMITS = limitsOf(rectCreateInput);
/** A 预警告知书's items come from issuing it (发文登记), not from this form. */
const SOURCES = RECT_SOURCES.filter((s): s is Exclude<RectSource, '预警告知书'> => s !== '预警告知书');

interface Props {
  initial: ListDraft;
  /** The closed item a 屡查屡犯 repeats. */
  recurrenceOf?: RectDetail;
}

export function ProblemListForm({ initial, recurrenceOf }: Props) {
  const nav = useRectNav();
  const form = useSchemaForm(rectCreateInput, initial, listInput);
  const [created, setCreated] = useState<RectRow[] | null>(null);
  const { busy, problem, save } = useSave((rows: RectRow[]) => {
    form.reset(form.getValues());
    setCreated(rows);
  });
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const source = form.watch('source');

  // Once the form has taken the saved values (nothing left to lose), go where the items are.
  useEffect(() => {
    if (!created || created.length === 0) return;
    const first = created[0] as RectRow;
    if (created.length === 1) nav.openItem(first.id, true);
    else nav.toLedger({ source: first.source, ...(created.every((r) => r.unitId === first.unitId) ? { unitId: first.unitId, unitName: first.unitName } : {}) }, true);
  }, [created]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    void form.handleSubmit((input) => save(api.call('rect.create', input)))();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="问题清单">
      <Stack spacing={2} sx={{ maxWidth: 1100, pb: 2 }}>
        <ErrorAlert error={message} sx={{}} />
        {recurrenceOf ? (
          <Alert severity="info">
            屡查屡犯：原整改事项{' '}
            <Link href={`#${rectPath(recurrenceOf.id)}`}>{recurrenceOf.number}</Link>
            {recurrenceOf.closedOn ? `（${recurrenceOf.closedOn} 销号）` : ''}，新事项将与之关联。
          </Alert>
        ) : null}
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'flex-start' }}>
            <Box sx={{ width: 200 }}>
              <Controller
                control={form.control}
                name="source"
                render={({ field }) => <ChoiceField label="问题来源" value={field.value === '预警告知书' ? '' : field.value} choices={SOURCES} onChange={field.onChange} error={f.source} autoFocus />}
              />
            </Box>
            <Box sx={{ flex: '1 1 320px' }}>
              <FormTextInput control={form.control} name="sourceRef" label="来源说明" problem={f.sourceRef} hint="如：县委第三巡察组反馈意见" maxChars={LIMITS.sourceRef} />
            </Box>
            {source === '信访核查' ? (
              <Controller control={form.control} name="tip" render={({ field }) => <TipFinder value={field.value} onChange={field.onChange} error={f.tipId} />} />
            ) : null}
          </Stack>
        </Paper>
        <Controller control={form.control} name="items" render={({ field }) => <ItemRows items={field.value} onChange={field.onChange} fields={f} />} />
        <div>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? '正在登记…' : '登记'}
          </Button>
        </div>
      </Stack>
      <LeaveGuard dirty={form.formState.isDirty && !busy && created === null} what="登记整改事项" />
    </form>
  );
}
