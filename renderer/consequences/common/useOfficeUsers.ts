// The office's accounts that may hold or record a talk (谈话人, 记录人): users.options, those of the
// roles that handle talks — asked here (the interviews pages import this domain for their trace).
import { INTERVIEW_WRITERS } from '../../../shared/interviews/index.ts';
import type { UserOption } from '../../../shared/core/index.ts';
import { useOp } from '../../api/query.ts';
import { messageOf } from '../../kit/forms/problem.ts';

const NONE: UserOption[] = [];

export function useOfficeUsers(): { users: UserOption[]; error: string | null } {
  const query = useOp('users.options', {});
  const users = (query.data ?? NONE).filter((u) => (INTERVIEW_WRITERS as readonly string[]).includes(u.role));
  return { users, error: query.error ? messageOf(query.error) : null };
}
