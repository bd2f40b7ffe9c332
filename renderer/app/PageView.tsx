import { PAGES, type PageId } from './pages.ts';

/** The page at an address, as its domain contributed it. */
export function PageView({ page }: { page: PageId }) {
  const Page = PAGES.find((p) => p.id === page)?.component ?? PAGES[0]?.component;
  return Page ? <Page /> : null;
}
