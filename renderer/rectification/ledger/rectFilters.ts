// The ledger's filters, kept in the address (#/rectification?due=逾期&source=巡察反馈&unit=3&unitName=…):
// what rect.list, rect.export and rect.summary are asked, read back from the address (anything
// that is not a valid choice is left out), and what the filter bar shows.
import { RECT_DUE_FILTERS, RECT_SOURCES, RECT_STATUSES, type RectFilterInput } from '../../../shared/rectification/index.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { pickChoice, pickId } from '../../kit/ledger/ledgerParams.ts';
import { unitFromParams } from '../../registry/index.ts';
import type { PickedPerson } from '../../registry/index.ts';

/** 整改状态 as the filter offers it: the four statuses, and 未销号 (every open one). */
export const STATUS_FILTERS = [...RECT_STATUSES, '未销号'] as const;
export const RECURRENCE_FILTERS = ['仅屡查屡犯', '不含屡查屡犯'] as const;
export const MINE_FILTERS = ['我联系的单位'] as const;

function date(value: string): string | undefined {
  return isIsoDate(value) ? value : undefined;
}

export function personFromParams(value: (key: string) => string): PickedPerson | null {
  const id = pickId(value('person'));
  return id === undefined ? null : { id, name: value('personName') || `人员 ${id}` };
}

/** The filters of rect.list / rect.export / rect.summary from the address's values. */
export function rectQuery(value: (key: string) => string): RectFilterInput {
  const status = pickChoice(STATUS_FILTERS, value('status'));
  const recurrence = pickChoice(RECURRENCE_FILTERS, value('recurrence'));
  const filter: RectFilterInput = {
    q: value('q') || undefined,
    unitId: unitFromParams(value)?.id,
    source: pickChoice(RECT_SOURCES, value('source')) || undefined,
    status: status === '' || status === '未销号' ? undefined : status,
    open: status === '未销号' ? true : undefined,
    due: pickChoice(RECT_DUE_FILTERS, value('due')) || undefined,
    personId: pickId(value('person')),
    deadlineFrom: date(value('from')),
    deadlineTo: date(value('to')),
    recurrence: recurrence === '' ? undefined : recurrence === '仅屡查屡犯',
    documentId: pickId(value('document')),
    liaisonMine: pickChoice(MINE_FILTERS, value('mine')) ? true : undefined,
  };
  // Only what is set: the cache key and the service see the same small object.
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as RectFilterInput;
}

/** What the filter bar shows, from the address. */
export function rectFilterValues(value: (key: string) => string) {
  return {
    unit: unitFromParams(value),
    source: pickChoice(RECT_SOURCES, value('source')),
    status: pickChoice(STATUS_FILTERS, value('status')),
    due: pickChoice(RECT_DUE_FILTERS, value('due')),
    person: personFromParams(value),
    dateFrom: date(value('from')) ?? '',
    dateTo: date(value('to')) ?? '',
    recurrence: pickChoice(RECURRENCE_FILTERS, value('recurrence')),
    mine: pickChoice(MINE_FILTERS, value('mine')),
    documentId: pickId(value('document')),
  };
}
