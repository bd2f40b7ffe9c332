// The office's accounts that may hold a talk (谈话人, 记录人) — users.options, as the tips'
// 拟办 dialog asks it — and the ledger's 谈话人 filter.
import { INTERVIEW_WRITERS } from '../../../shared/interviews/index.ts';
import type { UserOption } from '../../../shared/core/index.ts';
import { useOp } from '../../api/query.ts';
import { messageOf } from '../../kit/forms/problem.ts';

const NONE: UserOption[] = [];

export function useInterviewers(): { users: UserOption[]; error: string | null } {
  const query = useOp('users.options', {});
  const users = (query.data ?? NONE).filter((u) => (INTERVIEW_WRITERS as readonly string[]).includes(u.role));
  return { users, error: query.error ? messageOf(query.error) : null };
}
