// Talks and letters made straight in the store for tests of the steps after registration (the
// record as interviews.create would leave it, or further on): a letter 待发函, a talk 待谈话 held by
// the office or entrusted, a talk already recorded.
import type { TestEnv } from '../../helpers/services.ts';
import { insertInterview, type NewInterview } from '../../../db/repos/interviews/records.ts';
import type { InterviewOffice } from './office.ts';

let serial = 0;

export function person(env: TestEnv, id: number): { id: number; name: string; unitId: number; unitName: string; post: string; category: NewInterview['category'] } {
  return env.db
    .prepare('SELECT p.id, p.name, p.unit_id AS unitId, u.name AS unitName, p.post, p.category FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id = ?')
    .get(id) as { id: number; name: string; unitId: number; unitName: string; post: string; category: NewInterview['category'] };
}

/** Who the record names: its handler and second interviewer (users), and the person by default. */
export type NoticeStaff = Pick<InterviewOffice, 'handlerId' | 'checkerId' | 'staffId'>;

export function interviewAt(env: TestEnv, o: NoticeStaff, over: Partial<NewInterview> & { personId?: number } = {}): number {
  const p = person(env, over.personId ?? o.staffId);
  const kind = over.kind ?? '函询';
  serial += 1;
  const now = env.clock.now().toISOString();
  const day = now.slice(0, 10);
  return insertInterview(env.db, {
    number: `${kind === '谈话' ? 'TH' : 'HX'}-2026-${String(9000 + serial).padStart(4, '0')}`,
    kind,
    talkType: kind === '谈话' ? '提醒谈话' : null,
    holder: '本委',
    holderNames: '',
    status: kind === '谈话' ? '待谈话' : '待发函',
    planId: null,
    planItemId: null,
    causeKind: '其他',
    tipId: null,
    tipPersonId: null,
    rectItemId: null,
    warningDocumentId: null,
    causeText: '反映其在村集体资产出租中未经集体研究即作决定的问题。',
    personId: p.id,
    personName: p.name,
    unitId: p.unitId,
    unitName: p.unitName,
    post: p.post,
    category: p.category,
    plannedDate: kind === '谈话' ? '2026-12-02' : null,
    plannedTime: kind === '谈话' ? '09:30' : null,
    place: kind === '谈话' ? '县纪委第一谈话室' : '',
    recorderUserId: null,
    interviewerIds: kind === '谈话' ? [o.handlerId, o.checkerId] : [],
    ledgerDate: day,
    createdOn: day,
    createdBy: o.handlerId,
    now,
    ...over,
  });
}

