// The accounts a unit's 联系干部 is chosen from: the active 监督检查室 users (users.options lists
// every active account for everyone signed in; the role is chosen here).
import { useMemo } from 'react';
import type { UserOption } from '../../../shared/core/index.ts';
import { LIAISON_ROLE } from '../../../shared/registry/index.ts';
import { useOp } from '../../api/query.ts';
import { messageOf } from '../../kit/forms/problem.ts';

export function useLiaisonOptions(): { liaisons: UserOption[]; loaded: boolean; error: string | null } {
  const query = useOp('users.options', {});
  const liaisons = useMemo(() => (query.data ?? []).filter((u) => u.role === LIAISON_ROLE), [query.data]);
  return { liaisons, loaded: query.data !== undefined, error: query.error ? messageOf(query.error) : null };
}
