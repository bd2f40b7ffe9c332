// The active accounts, for choosing a 承办人 and for the ledger's 承办人 filter.
import { useEffect, useState } from 'react';
import type { UserOption } from '../../../shared/core/index.ts';
import { api } from '../../api/client.ts';
import { messageOf } from '../../kit/forms/problem.ts';

export function useUserOptions(): { users: UserOption[]; error: string | null } {
  const [users, setUsers] = useState<UserOption[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .call('users.options', {})
      .then((found) => {
        if (live) setUsers(found);
      })
      .catch((e: unknown) => {
        if (live) setError(messageOf(e));
      });
    return () => {
      live = false;
    };
  }, []);
  return { users, error };
}
