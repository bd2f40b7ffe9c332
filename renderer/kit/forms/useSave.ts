// The submission state every form repeats: busy while a save is in flight, the problem to
// show when it fails, and onSaved with the result when it succeeds. State is not touched
// once the form has gone away (a dialog usually closes itself from onSaved).
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { problemOf } from './problem.ts';
import type { FormProblem } from './validate.ts';

export interface SaveState<T> {
  busy: boolean;
  problem: FormProblem | null;
  setProblem: Dispatch<SetStateAction<FormProblem | null>>;
  save(saving: Promise<T>): void;
}

export function useSave<T>(onSaved: (value: T) => void): SaveState<T> {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const save = (saving: Promise<T>) => {
    setBusy(true);
    setProblem(null);
    saving
      .then((value) => {
        if (mounted.current) setBusy(false);
        onSaved(value);
      })
      .catch((e: unknown) => {
        if (!mounted.current) return;
        setBusy(false);
        setProblem(problemOf(e));
      });
  };

  return { busy, problem, setProblem, save };
}
