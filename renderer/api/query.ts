// Server state through TanStack Query, around the one typed client: a read is cached under
// [domain, operation, input]; a write, once it succeeds, marks stale what it may have changed —
// its own domain's reads and 首页 (whose figures every domain contributes), or everything
// for the settings. Nothing refetches on window focus (a desktop office tool, not a feed).
import { QueryClient, keepPreviousData, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { contract, type OpInput, type OpName, type OpOutput } from '../../shared/api.ts';
import { api } from './client.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    mutations: { retry: false },
  },
});

/** The domain an operation belongs to, as the contract's pieces declare it. */
export function domainOf(op: OpName): string {
  return contract.domainOf[op] ?? op.split('.')[0] ?? op;
}

export function opKey<K extends OpName>(op: K, input: OpInput<K>): readonly [string, K, OpInput<K>] {
  return [domainOf(op), op, input] as const;
}

type ReadOptions<K extends OpName> = Omit<UseQueryOptions<OpOutput<K>, Error, OpOutput<K>, readonly [string, K, OpInput<K>]>, 'queryKey' | 'queryFn'> & {
  /** While the next answer is on its way, keep showing the last one (lists, not records). */
  keepPrevious?: boolean;
};

/** A read operation's answer, fetched when first needed and again when marked stale. */
export function useOp<K extends OpName>(op: K, input: OpInput<K>, options: ReadOptions<K> = {}) {
  const { keepPrevious, ...rest } = options;
  return useQuery({
    queryKey: opKey(op, input),
    queryFn: () => api.call(op, input),
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...rest,
  });
}

/** What a successful write may have changed: its own domain and 首页; settings change all. */
export function invalidateAfter(op: OpName, also: readonly string[] = []): Promise<void> {
  const domain = domainOf(op);
  if (domain === 'settings') return queryClient.invalidateQueries();
  const domains = new Set([domain, domainOf('home.summary'), ...also]);
  return queryClient.invalidateQueries({ predicate: (q) => domains.has(String(q.queryKey[0])) });
}

// Every successful write, from a mutation or a plain call, marks stale what it may have changed.
api.onWritten((op) => void invalidateAfter(op));

/** A write operation as a mutation (busy state, error); stale reads are marked by the client. */
export function useOpMutation<K extends OpName>(op: K, options: { invalidates?: readonly string[] } = {}) {
  return useMutation<OpOutput<K>, Error, OpInput<K>>({
    mutationFn: (input) => api.call(op, input),
    onSuccess: options.invalidates ? () => invalidateAfter(op, options.invalidates) : undefined,
  });
}
