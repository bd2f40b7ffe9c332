// The steps the plan tests share: a lead disposed of as 谈话函询 and in 承办中 (its people linked to
// the registry, or one typed only), a plan item, and a talk or letter concluded directly in the
// store (their own handlers are tested elsewhere).
import type { OpInput } from '../../../shared/api.ts';
import type { InterviewOutcome } from '../../../shared/interviews/index.ts';
import { insertPerson } from '../../../db/repos/registry/people.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { getInterviewRecord, updateInterview } from '../../../db/repos/interviews/records.ts';
import { insertDisciplineEvent } from '../../../db/repos/tips/index.ts';
import { ok, type TestEnv } from '../../helpers/services.ts';
import { namedTip, register } from '../../helpers/tips.ts';
import { testDay } from '../../helpers/testDate.ts';
import type { InterviewOffice } from './office.ts';

export type PlanItem = OpInput<'interviews.savePlan'>['items'][number];

/** A lead about the given people (registry ids, or a typed name), disposed of as 谈话函询 and approved: 承办中. */
export async function interviewLead(env: TestEnv, o: InterviewOffice, people: Array<{ id: number | null; name: string }>) {
  const r = await register(env, o.clerk, { ...namedTip([]), receivedDate: testDay(-1), people: people.map((p) => ({ personId: p.id, name: p.name })) });
  let tip = await ok(env, 'tips.get', { id: r.id }, o.clerk);
  tip = await ok(env, 'tips.propose', {
    id: tip.id, version: tip.version, disposal: '谈话函询', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: testDay(30),
  }, o.clerk);
  tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
  return tip;
}

export function personNamed(env: TestEnv, id: number): { id: number; name: string } {
  return env.db.prepare('SELECT id, name FROM people WHERE id = ?').get(id) as { id: number; name: string };
}

/** A 主要负责人 of a 镇（街道） (a lower-level party committee by default). */
export function townChief(env: TestEnv): { id: number; name: string } {
  const now = env.clock.now().toISOString();
  const unitId = insertUnit(env.db, { name: '白石镇', type: '镇（街道）', parentId: null, headcount: 30, leaderName: '' }, now);
  const id = insertPerson(env.db, { name: '林镇长', idNumber: '', unitId, post: '党委书记', rank: '正科级', partyMember: true, category: '主要负责人' }, now);
  return { id, name: '林镇长' };
}

export function item(o: InterviewOffice, tipPersonId: number, way: PlanItem['way'], extra: Partial<PlanItem> = {}): PlanItem {
  return {
    tipPersonId, way, holder: '本委', interviewerIds: [o.handlerId, o.checkerId], holderNames: '', plannedDate: testDay(3),
    place: '县纪委谈话室', note: '', ...extra,
  };
}

/** Concludes a talk or letter in the store; an outcome that is a discipline event makes the event (as the talk's own 办结 does). */
export function concludeInStore(env: TestEnv, interviewId: number, outcome: InterviewOutcome): number | null {
  const r = getInterviewRecord(env.db, interviewId);
  if (!r) throw new Error('no interview');
  const now = env.clock.now().toISOString();
  let eventId: number | null = null;
  if (outcome === '提醒' || outcome === '批评教育' || outcome === '诫勉') {
    eventId = insertDisciplineEvent(env.db, {
      sourceKind: r.kind, sourceId: r.id, tipId: r.tipId, tipPersonId: r.tipPersonId, personId: r.personId, personName: r.personName,
      unitId: r.unitId, unitName: r.unitName, category: r.category, outcome, grade: '', circumstance: '一般', conductDate: null,
      decidedDate: testDay(0), now,
    });
  }
  const done = updateInterview(env.db, r.id, r.version, { status: '已办结', outcome, concluded_date: testDay(0), event_id: eventId, due_kind: null, due_date: null }, now);
  if (!done) throw new Error('not updated');
  return eventId;
}
