// The active accounts, for choosing a 承办人 and for the ledger's 承办人 filter.
import type { UserOption } from '../../../shared/core/index.ts';
import { useOp } from '../../api/query.ts';
import { messageOf } from '../../kit/forms/problem.ts';

const NONE: UserOption[] = [];

export function useUserOptions(): { users: UserOption[]; error: string | null } {
  const query = useOp('users.options', {});
  return { users: query.data ?? NONE, error: query.error ? messageOf(query.error) : null };
}
