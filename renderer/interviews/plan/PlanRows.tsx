// The plan's rows, one per person reported: 方式 (谈话, 函询, 谈话和函询); for a talk 谈话方式
// (本委, 委托谈话, 上级纪委) with 谈话人 (at least two office users) or 受托人或上级谈话人; 计划日期, 地点.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { HOLDERS, PLAN_WAYS } from '../../../shared/interviews/index.ts';
import type { UserOption } from '../../../shared/core/index.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import type { PlanRowDraft } from './planDraft.ts';

interface Props {
  rows: PlanRowDraft[];
  onChange(next: PlanRowDraft[]): void;
  users: readonly UserOption[];
  /** Problems by the operation's paths (items.0.way …). */
  fields: Record<string, string>;
  today: string;
}

export function PlanRows({ rows, onChange, users, fields, today }: Props) {
  const set = (i: number, patch: Partial<PlanRowDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack spacing={1.5}>
      {rows.map((row, i) => {
        const id = `plan-row-${i}`;
        const problem = (path: string) => fields[`items.${i}.${path}`];
        const talk = row.way === '谈话' || row.way === '谈话和函询';
        return (
          <Paper key={row.tipPersonId} variant="outlined" component="fieldset" aria-labelledby={id} sx={{ p: 1.5, m: 0, minWidth: 0 }}>
            <Typography id={id} component="h3" variant="subtitle2" sx={{ fontWeight: 600, mb: 1.5 }}>
              被反映人：{row.label}
            </Typography>
            {problem('tipPersonId') ? (
              <Typography variant="body2" color="error" role="alert" sx={{ mb: 1 }}>
                {problem('tipPersonId')}
              </Typography>
            ) : null}
            <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 2, alignItems: 'flex-start' }}>
              <Box sx={{ width: 150 }}>
                <ChoiceField label="方式" value={row.way} choices={PLAN_WAYS} onChange={(way) => set(i, { way })} error={problem('way')} />
              </Box>
              {talk ? (
                <Box sx={{ width: 150 }}>
                  <ChoiceField label="谈话方式" value={row.holder} choices={HOLDERS} onChange={(holder) => set(i, { holder })} error={problem('holder')} />
                </Box>
              ) : null}
              {talk && row.holder === '本委' ? (
                <Box sx={{ flex: '1 1 280px' }}>
                  <Autocomplete
                    multiple
                    options={users as UserOption[]}
                    value={users.filter((u) => row.interviewerIds.includes(u.id))}
                    onChange={(_e, picked) => set(i, { interviewerIds: picked.map((u) => u.id) })}
                    getOptionLabel={(u) => `${u.displayName}（${u.role}）`}
                    isOptionEqualToValue={(a, b) => a.id === b.id}
                    noOptionsText="没有可选的工作人员"
                    renderInput={(params) => (
                      <TextField
                        {...params}
                        label="谈话人"
                        required
                        error={Boolean(problem('interviewerIds'))}
                        helperText={problem('interviewerIds') ?? '至少2人'}
                      />
                    )}
                  />
                </Box>
              ) : null}
              {talk && row.holder !== '本委' ? (
                <Box sx={{ flex: '1 1 260px' }}>
                  <FormTextField
                    label="受托人或上级谈话人"
                    value={row.holderNames}
                    onChange={(e) => set(i, { holderNames: e.target.value })}
                    required
                    problem={problem('holderNames')}
                    hint={row.holder === '委托谈话' ? '受托谈话人的姓名、职务' : '上级纪委谈话人的姓名'}
                    maxChars={100}
                  />
                </Box>
              ) : null}
              <DateInput label="计划日期" value={row.plannedDate} onChange={(plannedDate) => set(i, { plannedDate })} problem={problem('plannedDate')} min={today} required width={190} />
              {talk ? (
                <Box sx={{ width: 220 }}>
                  <FormTextField label="地点" value={row.place} onChange={(e) => set(i, { place: e.target.value })} problem={problem('place')} maxChars={60} />
                </Box>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
