// Options for a type-to-find field: asked (debounced) while its list is open, through TanStack
// Query under the operation's name (so a write of that domain marks them stale); the answer to
// the latest text is the one shown. An empty text asks nothing unless allowEmpty.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OpName } from '../../shared/api.ts';
import { domainOf } from '../api/query.ts';
import { useDebounced } from './useDebounced.ts';

interface Lookup<T> {
  /** The operation asked (names the cache entry), and what else its answer depends on. */
  op: OpName;
  depends?: readonly unknown[];
  open: boolean;
  text: string;
  fetch(query: string): Promise<T[]>;
  allowEmpty?: boolean;
}

export function useLookup<T>({ op, depends = [], open, text, fetch, allowEmpty = true }: Lookup<T>): { options: T[]; loading: boolean } {
  const query = useDebounced(text.trim(), 250);
  const enabled = open && (query !== '' || allowEmpty);
  const answer = useQuery({
    queryKey: [domainOf(op), op, 'lookup', query, ...depends],
    queryFn: () => fetch(query),
    enabled,
    placeholderData: keepPreviousData,
  });
  return { options: enabled && answer.data ? answer.data : [], loading: enabled && answer.isFetching };
}
