// In-app navigation kept in the address's hash (#/units), so Back and Forward work.
import { useCallback, useEffect, useState } from 'react';
import { pageFromHash, type PageId } from './pages.ts';

export function useHashPage(allowed: readonly PageId[]): [PageId, (page: PageId) => void] {
  const pick = useCallback(
    (hash: string): PageId => {
      const id = pageFromHash(hash);
      return id && allowed.includes(id) ? id : 'home';
    },
    [allowed],
  );
  const [page, setPage] = useState<PageId>(() => pick(window.location.hash));

  useEffect(() => {
    const onChange = () => setPage(pick(window.location.hash));
    window.addEventListener('hashchange', onChange);
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, [pick]);

  const go = useCallback((next: PageId) => {
    if (window.location.hash !== `#/${next}`) window.location.hash = `/${next}`;
    setPage(next);
  }, []);
  return [page, go];
}
