// Asks tips.repeatCandidates about what is being registered, once the typing has paused
// (400 ms); the answer to the latest question is the one shown.
import { useMemo } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import type { RepeatCandidate, RepeatCandidatesInput } from '../../../shared/tips/register.ts';
import { useOp } from '../../api/query.ts';
import { useDebounced } from '../../kit/useDebounced.ts';
import { messageOf } from '../../kit/forms/problem.ts';

export interface RepeatState {
  candidates: RepeatCandidate[];
  loading: boolean;
  error: string | null;
  /** True once something has been compared. */
  asked: boolean;
}

const NOTHING: RepeatCandidatesInput = { people: [], unitIds: [], summary: '', content: '', excludeId: null };

export function useRepeatCandidates(query: RepeatCandidatesInput | null): RepeatState {
  const key = useDebounced(query ? JSON.stringify(query) : '', 400);
  const input = useMemo(() => (key ? (JSON.parse(key) as RepeatCandidatesInput) : NOTHING), [key]);
  const answer = useOp('tips.repeatCandidates', input, { enabled: key !== '', placeholderData: keepPreviousData });
  const candidates = useMemo(() => [...(answer.data ?? [])].sort((a, b) => b.score - a.score), [answer.data]);
  if (!key) return { candidates: [], loading: false, error: null, asked: false };
  return {
    candidates: answer.error ? [] : candidates,
    loading: answer.isFetching,
    error: answer.error ? messageOf(answer.error) : null,
    asked: answer.isFetched || answer.error !== null,
  };
}
