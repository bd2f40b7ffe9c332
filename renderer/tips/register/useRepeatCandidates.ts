// Asks tips.repeatCandidates about what is being registered, once the typing has paused
// (400 ms); a newer question wins over a slower older one.
import { useEffect, useState } from 'react';
import type { RepeatCandidate, RepeatCandidatesInput } from '../../../shared/tips/register.ts';
import { api } from '../../api/client.ts';
import { useDebounced } from '../../kit/useDebounced.ts';
import { messageOf } from '../../kit/forms/problem.ts';

export interface RepeatState {
  candidates: RepeatCandidate[];
  loading: boolean;
  error: string | null;
  /** True once something has been compared. */
  asked: boolean;
}

export function useRepeatCandidates(query: RepeatCandidatesInput | null): RepeatState {
  const key = useDebounced(query ? JSON.stringify(query) : '', 400);
  const [state, setState] = useState<RepeatState>({ candidates: [], loading: false, error: null, asked: false });

  useEffect(() => {
    if (!key) {
      setState({ candidates: [], loading: false, error: null, asked: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    api
      .call('tips.repeatCandidates', JSON.parse(key) as RepeatCandidatesInput)
      .then((found) => {
        if (live) setState({ candidates: [...found].sort((a, b) => b.score - a.score), loading: false, error: null, asked: true });
      })
      .catch((e: unknown) => {
        if (live) setState({ candidates: [], loading: false, error: messageOf(e), asked: true });
      });
    return () => {
      live = false;
    };
  }, [key]);

  return state;
}
