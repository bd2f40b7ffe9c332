// The records a score line names, each opening its own page — a tip, a talk or letter, a decision
// made elsewhere, an overdue rectification item, a finding, a bonus, the checklist or the measures —
// as hash addresses (the integrity pages that own them import this domain, so their code is not
// imported back). A record whose page the role may not open, or a 处理 (no page of its own), is text.
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { OpName } from '../../../shared/api.ts';
import type { RecordRef } from '../../../shared/integrity/index.ts';
import type { UnitType } from '../../../shared/registry/index.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';

/** The period and unit type of the result a line belongs to (the checklist's and measures' address). */
export interface LinePlace {
  year: number;
  /** 0 for a year's line: the checklist and measures then open on the year. */
  quarter: number;
  unitType: UnitType;
}

function target(record: RecordRef, at: LinePlace): { path: string; op: OpName } | null {
  const period = at.quarter > 0 ? `year=${at.year}&quarter=${at.quarter}` : `year=${at.year}`;
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

export function RecordLinks({ records, at }: { records: readonly RecordRef[]; at: LinePlace }) {
  const { user } = useSession();
  if (records.length === 0) return null;
  return (
    <Stack spacing={0.25}>
      {records.map((r) => {
        const to = target(r, at);
        return to && canCall(user.role, to.op) ? (
          <Link key={`${r.kind}:${r.id}`} href={`#${to.path}`} variant="body2">
            {r.label}
          </Link>
        ) : (
          <Typography key={`${r.kind}:${r.id}`} component="span" variant="body2">
            {r.label}
          </Typography>
        );
      })}
    </Stack>
  );
}
