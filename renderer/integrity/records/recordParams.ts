// The filters of a records page kept in the address (so a link — a line of a unit's score, a
// person's 处理记录 — opens the page on one record: ?id=N): 年度, 单位, the page's own key (渠道 or
// 加分项), search, 含已作废, the page.
import { useSearchParams } from 'react-router';

export interface RecordParams {
  year: number | undefined;
  unitId: number | undefined;
  unitName: string;
  key: string | undefined;
  q: string;
  includeWithdrawn: boolean;
  page: number;
  /** The record the address names (highlighted; the list holds only it until cleared). */
  id: number | undefined;
}

const num = (v: string | null): number | undefined => (v && /^\d+$/.test(v) ? Number(v) : undefined);

export function useRecordParams(): { params: RecordParams; update(change: Partial<RecordParams>): void } {
  const [search, setSearch] = useSearchParams();
  const params: RecordParams = {
    year: num(search.get('year')),
    unitId: num(search.get('unit')),
    unitName: search.get('unitName') ?? '',
    key: search.get('key') ?? undefined,
    q: search.get('q') ?? '',
    includeWithdrawn: search.get('withdrawn') === '1',
    page: num(search.get('page')) ?? 0,
    id: num(search.get('id')),
  };
  const update = (change: Partial<RecordParams>) => {
    const next = { ...params, page: 0, id: undefined, ...change };
    const out = new URLSearchParams();
    if (next.year !== undefined) out.set('year', String(next.year));
    if (next.unitId !== undefined) {
      out.set('unit', String(next.unitId));
      out.set('unitName', next.unitName);
    }
    if (next.key) out.set('key', next.key);
    if (next.q) out.set('q', next.q);
    if (next.includeWithdrawn) out.set('withdrawn', '1');
    if (next.page > 0) out.set('page', String(next.page));
    if (next.id !== undefined) out.set('id', String(next.id));
    setSearch(out, { replace: true });
  };
  return { params, update };
}
