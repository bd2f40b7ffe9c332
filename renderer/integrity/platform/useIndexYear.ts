// The year a platform page shows, kept in the address (?year=2026); by default the year of the
// office's today. The years offered count back ten years from today's (and include the one in the
// address when it is older).
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { MAX_INDEX_YEAR, MIN_INDEX_YEAR } from '../../../shared/integrity/index.ts';
import { useToday } from '../../app/session.ts';

export function useIndexYear() {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(useToday().slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isSafeInteger(asked) && asked >= MIN_INDEX_YEAR && asked <= MAX_INDEX_YEAR ? asked : thisYear;
  const years = useMemo(() => {
    const list = Array.from({ length: 10 }, (_, i) => thisYear - i);
    return list.includes(year) ? list : [...list, year].sort((a, b) => b - a);
  }, [thisYear, year]);
  const setYear = (next: number) =>
    setParams(
      (previous) => {
        const changed = new URLSearchParams(previous);
        changed.set('year', String(next));
        changed.delete('page');
        return changed;
      },
      { replace: true },
    );
  return { year, years, thisYear, setYear };
}
