// The ledger's filters, all kept in the address (#/tips?due=逾期&status=承办中&mine=待我办理&unit=3&unitName=…):
// what tips.list and tips.export are asked, read from the address, and how each filter writes it.
import { DISPOSALS, TIP_CATEGORIES, TIP_CHANNELS, TIP_STATUSES } from '../../../shared/tips/enums.ts';
import { MINE_FILTERS } from '../../../shared/tips/ledger.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { pickChoice, pickId, type LedgerParams } from '../../kit/ledger/ledgerParams.ts';
import { unitFromParams } from '../../registry/index.ts';

export const DUE_FILTERS = ['逾期', '即将到期'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];
export const REPEAT_FILTERS = ['仅重复件', '不含重复件'] as const;
export type RepeatFilter = (typeof REPEAT_FILTERS)[number];

function date(value: string): string | undefined {
  return isIsoDate(value) ? value : undefined;
}

/** The query of tips.list from the address's values; anything not a valid choice is left out. */
export function tipQuery(value: (key: string) => string) {
  const repeat = pickChoice(REPEAT_FILTERS, value('repeat'));
  return {
    q: value('q') || undefined,
    channel: pickChoice(TIP_CHANNELS, value('channel')) || undefined,
    category: pickChoice(TIP_CATEGORIES, value('category')) || undefined,
    status: pickChoice(TIP_STATUSES, value('status')) || undefined,
    disposal: pickChoice(DISPOSALS, value('disposal')) || undefined,
    unitId: unitFromParams(value)?.id,
    due: pickChoice(DUE_FILTERS, value('due')) || undefined,
    repeat: repeat === '' ? undefined : repeat === '仅重复件',
    dateFrom: date(value('from')),
    dateTo: date(value('to')),
    handlerUserId: pickId(value('handler')),
    mine: pickChoice(MINE_FILTERS, value('mine')) || undefined,
    /** 计算总数 asked for this list (tips.list only; an export has no total to count). */
    exactTotal: value('count') === 'all' || undefined,
  };
}

export type TipQuery = ReturnType<typeof tipQuery>;

/** What the filter bar shows, from the address. */
export function tipFilterValues(params: LedgerParams<string>) {
  const v = params.value;
  return {
    channel: pickChoice(TIP_CHANNELS, v('channel')),
    category: pickChoice(TIP_CATEGORIES, v('category')),
    status: pickChoice(TIP_STATUSES, v('status')),
    disposal: pickChoice(DISPOSALS, v('disposal')),
    unit: unitFromParams(v),
    due: pickChoice(DUE_FILTERS, v('due')),
    repeat: pickChoice(REPEAT_FILTERS, v('repeat')),
    dateFrom: date(v('from')) ?? '',
    dateTo: date(v('to')) ?? '',
    handlerUserId: pickId(v('handler')),
    mine: pickChoice(MINE_FILTERS, v('mine')),
  };
}
