// Where each record a score line names is opened (drill-down): a tip, a talk or letter, a decision
// made elsewhere, an overdue rectification item, a finding, a bonus, the checklist or the measures
// of the line's quarter. A record whose page the role may not open — or a 处理, which has no page
// of its own (its source is named beside it) — is shown as plain text.
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { OpName } from '../../../shared/api.ts';
import type { RecordRef } from '../../../shared/integrity/index.ts';
import type { UnitType } from '../../../shared/registry/index.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';

/** The quarter and unit a line belongs to: what a checklist's or a measure's address needs. */
export interface LineContext {
  year: number;
  quarter: number;
  unitType: UnitType;
}

/** The page a record opens on, and the operation that page needs; null: no page of its own. */
export function recordTarget(record: RecordRef, at: LineContext): { path: string; op: OpName } | null {
  const period = `year=${at.year}&quarter=${at.quarter}`;
  switch (record.kind) {
    case '信访件':
      return { path: `/tips/${record.id}`, op: 'tips.list' };
    case '谈话':
    case '函询':
      return { path: `/interviews/${record.id}`, op: 'interviews.list' };
    case '外部决定':
      return { path: `/index/decisions?id=${record.id}`, op: 'integrity.decisions' };
    case '整改事项':
      return { path: `/rectification/${record.id}`, op: 'rect.list' };
    case '监督发现':
      return { path: `/index/findings?id=${record.id}`, op: 'integrity.findings' };
    case '激励加分':
      return { path: `/index/bonuses?id=${record.id}`, op: 'integrity.bonuses' };
    case '控制性检查':
      return { path: `/index/checklist?${period}&unitType=${encodeURIComponent(at.unitType)}`, op: 'integrity.checklist' };
    case '满意度调查':
    case '行政成本':
      return { path: `/index/measures?${period}`, op: 'integrity.measures' };
    case '处理':
      return null;
  }
}

export function RecordLink({ record, at }: { record: RecordRef; at: LineContext }) {
  const { user } = useSession();
  const target = recordTarget(record, at);
  if (!target || !canCall(user.role, target.op)) {
    return (
      <Typography component="span" variant="body2">
        {record.label}
      </Typography>
    );
  }
  return (
    <Link component={RouterLink} to={target.path} variant="body2">
      {record.label}
    </Link>
  );
}

/** The records of a line, one per row (most lines name one or none). */
export function RecordLinks({ records, at }: { records: readonly RecordRef[]; at: LineContext }) {
  if (records.length === 0) return null;
  return (
    <Stack spacing={0.25}>
      {records.map((r) => (
        <RecordLink key={`${r.kind}:${r.id}`} record={r} at={at} />
      ))}
    </Stack>
  );
}
