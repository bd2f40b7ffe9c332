// Options for a type-to-find field: fetched (debounced) while its list is open, the answer of
// an outdated query ignored. An empty query fetches nothing unless allowEmpty.
import { useEffect, useState } from 'react';
import { useDebounced } from './useDebounced.ts';

export function useLookup<T>(open: boolean, text: string, fetch: (query: string) => Promise<T[]>, allowEmpty = true): { options: T[]; loading: boolean } {
  const [options, setOptions] = useState<T[]>([]);
  const [loading, setLoading] = useState(false);
  const query = useDebounced(text.trim(), 250);

  useEffect(() => {
    if (!open || (!query && !allowEmpty)) {
      setOptions([]);
      return;
    }
    let live = true;
    setLoading(true);
    fetch(query)
      .then((found) => {
        if (live) setOptions(found);
      })
      .catch(() => {
        if (live) setOptions([]);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
    // fetch is a fresh closure each render; the query and open state decide when to ask again.
  }, [open, query, allowEmpty]);

  return { options, loading };
}
