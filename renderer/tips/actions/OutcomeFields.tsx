// The 处理 of one reported person at 办结: outcome, its grade (党纪处分 / 政务处分 only),
// circumstances and when the conduct happened.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { CIRCUMSTANCES, OUTCOME_GRADES, OUTCOMES, type Circumstance, type Outcome } from '../../../shared/tips/enums.ts';
import { type TipPerson } from '../../../shared/tips/ledger.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';

export interface OutcomeDraft {
  tipPersonId: number;
  outcome: Outcome;
  grade: string;
  circumstance: Circumstance;
  conductDate: string;
}

interface Props {
  person: TipPerson;
  value: OutcomeDraft;
  onChange(value: OutcomeDraft): void;
  /** Messages for this row (outcome, grade, circumstance, conductDate). */
  problems: Record<string, string>;
  locked: boolean;
}

export function OutcomeFields({ person, value, onChange, problems: f, locked }: Props) {
  const grades = OUTCOME_GRADES[value.outcome];
  return (
    <Box role="group" aria-label={person.name} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
      <Typography variant="subtitle2" sx={{ mb: 1.5 }}>
        {person.name}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {[person.unitName, person.post, person.category].filter(Boolean).join(' · ')}
        </Typography>
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 110px 170px', gap: 1.5, alignItems: 'start' }}>
        {locked ? (
          <Typography variant="body2" sx={{ pt: 1 }}>
            处理：无（查否）
          </Typography>
        ) : (
          <ChoiceField
            label="处理"
            value={value.outcome}
            choices={OUTCOMES}
            onChange={(outcome) => onChange({ ...value, outcome, grade: '', conductDate: outcome === '无' ? '' : value.conductDate })}
            error={f.outcome}
          />
        )}
        {grades ? (
          <ChoiceField label="处分档次" value={value.grade} choices={grades} onChange={(grade) => onChange({ ...value, grade })} error={f.grade} />
        ) : (
          <span />
        )}
        <ChoiceField
          label="情节"
          value={value.circumstance}
          choices={CIRCUMSTANCES}
          onChange={(circumstance) => onChange({ ...value, circumstance })}
          error={f.circumstance}
        />
        {value.outcome !== '无' ? (
          <DateInput
            label="违纪行为发生时间"
            value={value.conductDate}
            onChange={(conductDate) => onChange({ ...value, conductDate })}
            problem={f.conductDate}
            required
          />
        ) : (
          <span />
        )}
      </Box>
    </Box>
  );
}
