// The period and filters of an inputs page, kept in the address's search params so that a link
// opens a period (#/index/checklist?year=2026&quarter=3&unitType=行政村). Without them: this year
// and this quarter (the office's today).
import { useSearchParams } from 'react-router';
import { quarterOf } from '../../../shared/integrity/index.ts';
import { useToday } from '../../app/session.ts';

export interface PageParams {
  year: number;
  quarter: number;
  get(key: string): string;
  /** Sets some params ('' or undefined removes one); the page goes back to its first page. */
  set(patch: Record<string, string | number | undefined>): void;
}

export function usePageParams(): PageParams {
  const [params, setParams] = useSearchParams();
  const today = useToday();
  const year = Number(params.get('year')) || Number(today.slice(0, 4));
  const q = params.get('quarter');
  const quarter = q !== null && /^[0-4]$/.test(q) ? Number(q) : quarterOf(today);
  return {
    year,
    quarter,
    get: (key) => params.get(key) ?? '',
    set: (patch) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (!('page' in patch)) next.delete('page');
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        return next;
      }, { replace: true }),
  };
}
