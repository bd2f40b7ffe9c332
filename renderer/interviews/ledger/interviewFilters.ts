// The ledger's filters, kept in the address (#/interviews?kind=函询&due=逾期&unit=3&unitName=…):
// what interviews.list and interviews.export are asked, read back from the address (anything that
// is not a valid choice is left out), and what the filter bar shows.
import {
  CAUSE_KINDS, INTERVIEW_DUE_FILTERS, INTERVIEW_KINDS, INTERVIEW_OUTCOMES, INTERVIEW_STATUSES, TALK_TYPES, type InterviewFilterInput,
} from '../../../shared/interviews/index.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { pickChoice, pickId } from '../../kit/ledger/ledgerParams.ts';
import { unitFromParams, type PickedPerson } from '../../registry/index.ts';

/** 未办结: every status but 已办结. */
export const OPEN_FILTERS = ['未办结'] as const;
export const MINE_FILTERS = ['我参加的'] as const;

function date(value: string): string | undefined {
  return isIsoDate(value) ? value : undefined;
}

export function personFromParams(value: (key: string) => string): PickedPerson | null {
  const id = pickId(value('person'));
  return id === undefined ? null : { id, name: value('personName') || `人员 ${id}` };
}

/** The filters of interviews.list / interviews.export from the address's values. */
export function interviewQuery(value: (key: string) => string): InterviewFilterInput {
  const filter: InterviewFilterInput = {
    q: value('q') || undefined,
    kind: pickChoice(INTERVIEW_KINDS, value('kind')) || undefined,
    talkType: pickChoice(TALK_TYPES, value('talkType')) || undefined,
    status: pickChoice(INTERVIEW_STATUSES, value('status')) || undefined,
    open: pickChoice(OPEN_FILTERS, value('open')) ? true : undefined,
    interviewerId: pickId(value('interviewer')),
    mine: pickChoice(MINE_FILTERS, value('mine')) ? true : undefined,
    personId: pickId(value('person')),
    unitId: unitFromParams(value)?.id,
    causeKind: pickChoice(CAUSE_KINDS, value('cause')) || undefined,
    tipId: pickId(value('tip')),
    rectItemId: pickId(value('rectItem')),
    outcome: pickChoice(INTERVIEW_OUTCOMES, value('outcome')) || undefined,
    dateFrom: date(value('from')),
    dateTo: date(value('to')),
    due: pickChoice(INTERVIEW_DUE_FILTERS, value('due')) || undefined,
  };
  // Only what is set: the cache key and the service see the same small object.
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as InterviewFilterInput;
}

/** What the filter bar shows, from the address. */
export function interviewFilterValues(value: (key: string) => string) {
  return {
    kind: pickChoice(INTERVIEW_KINDS, value('kind')),
    talkType: pickChoice(TALK_TYPES, value('talkType')),
    status: pickChoice(INTERVIEW_STATUSES, value('status')),
    open: pickChoice(OPEN_FILTERS, value('open')),
    interviewer: value('interviewer') && pickId(value('interviewer')) !== undefined ? value('interviewer') : '',
    mine: pickChoice(MINE_FILTERS, value('mine')),
    person: personFromParams(value),
    unit: unitFromParams(value),
    cause: pickChoice(CAUSE_KINDS, value('cause')),
    outcome: pickChoice(INTERVIEW_OUTCOMES, value('outcome')),
    dateFrom: date(value('from')) ?? '',
    dateTo: date(value('to')) ?? '',
    due: pickChoice(INTERVIEW_DUE_FILTERS, value('due')),
    tipId: pickId(value('tip')),
    rectItemId: pickId(value('rectItem')),
  };
}
