// The ledger's filters: what the person chose, the settled query sent to tips.list and
// tips.export, and the starting values a link may carry (#/tips?due=逾期&status=承办中).
import { useMemo, useState } from 'react';
import { DISPOSALS, TIP_CATEGORIES, TIP_CHANNELS, TIP_STATUSES, type Disposal, type TipCategory, type TipChannel, type TipStatus } from '../../../shared/tips/enums.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import type { PickedUnit } from '../../registry/index.ts';
import { useDebounced } from '../../kit/useDebounced.ts';

export const DUE_FILTERS = ['逾期', '即将到期'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];
export const REPEAT_FILTERS = ['仅重复件', '不含重复件'] as const;
export type RepeatFilter = (typeof REPEAT_FILTERS)[number];

function pick<T extends string>(choices: readonly T[], value: string | null): T | '' {
  return value !== null && (choices as readonly string[]).includes(value) ? (value as T) : '';
}

function date(value: string | null): string {
  return value && isIsoDate(value) ? value : '';
}

export function useTipFilters(search: string) {
  const initial = useMemo(() => new URLSearchParams(search), [search]);
  const [text, setText] = useState(initial.get('q') ?? '');
  const [channel, setChannel] = useState<TipChannel | ''>(pick(TIP_CHANNELS, initial.get('channel')));
  const [category, setCategory] = useState<TipCategory | ''>(pick(TIP_CATEGORIES, initial.get('category')));
  const [status, setStatus] = useState<TipStatus | ''>(pick(TIP_STATUSES, initial.get('status')));
  const [disposal, setDisposal] = useState<Disposal | ''>(pick(DISPOSALS, initial.get('disposal')));
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [due, setDue] = useState<DueFilter | ''>(pick(DUE_FILTERS, initial.get('due')));
  const [repeat, setRepeat] = useState<RepeatFilter | ''>(pick(REPEAT_FILTERS, initial.get('repeat')));
  const [dateFrom, setDateFrom] = useState(date(initial.get('from')));
  const [dateTo, setDateTo] = useState(date(initial.get('to')));
  const [handlerUserId, setHandlerUserId] = useState<number | undefined>(() => {
    const handler = Number(initial.get('handler'));
    return Number.isSafeInteger(handler) && handler > 0 ? handler : undefined;
  });
  const q = useDebounced(text.trim(), 300);

  const query = useMemo(
    () => ({
      q: q || undefined,
      channel: channel || undefined,
      category: category || undefined,
      status: status || undefined,
      disposal: disposal || undefined,
      unitId: unit?.id,
      due: due || undefined,
      repeat: repeat === '' ? undefined : repeat === '仅重复件',
      dateFrom: isIsoDate(dateFrom) ? dateFrom : undefined,
      dateTo: isIsoDate(dateTo) ? dateTo : undefined,
      handlerUserId,
    }),
    [q, channel, category, status, disposal, unit, due, repeat, dateFrom, dateTo, handlerUserId],
  );

  return {
    query,
    values: { text, channel, category, status, disposal, unit, due, repeat, dateFrom, dateTo, handlerUserId },
    set: { setText, setChannel, setCategory, setStatus, setDisposal, setUnit, setDue, setRepeat, setDateFrom, setDateTo, setHandlerUserId },
  };
}

export type TipFilterState = ReturnType<typeof useTipFilters>;
