// What the closed loop's service suites share: a period's consequences read through the page, one
// found by unit and kind, the office's day, a 预警告知书 drafted and issued for a consequence (what
// consequences.draftNotice does — here its draft is linked in the store — then rect.issueWarning),
// a talk registered for a 廉政谈话 (what consequences.planTalk does, linked in the store), and a
// refusal's code and message.
import type { OpOutput } from '../../../shared/api.ts';
import type { ConsequenceKind, ConsequenceRow } from '../../../shared/consequences/index.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import { DEFAULT_OFFICE_TIME_ZONE, dateInZone } from '../../../shared/kernel/dates.ts';
import { setConsequenceDocument, setConsequenceInterview } from '../../../db/repos/consequences/consequences.ts';
import { ok, PASSWORD, type send, type TestEnv } from '../../helpers/services.ts';
import { talkInput } from '../../interviews/services/recordsKit.ts';
import { INDEX_YEAR, type ConsequenceOffice } from '../office.ts';

/** The office's day on the test clock. */
export function day(env: TestEnv, plus = 0): string {
  return addDays(dateInZone(env.clock.now(), DEFAULT_OFFICE_TIME_ZONE), plus);
}

/** Every consequence of a period (the page of 100, which holds the test office's whole period). */
export async function periodRows(env: TestEnv, o: ConsequenceOffice, quarter: number, extra: Record<string, unknown> = {}): Promise<OpOutput<'consequences.period'>> {
  return ok(env, 'consequences.period', { year: INDEX_YEAR, quarter, pageSize: 100, ...extra }, o.readonly);
}

export function rowOf(rows: readonly ConsequenceRow[], unitId: number, kind: ConsequenceKind): ConsequenceRow {
  const row = rows.find((r) => r.unitId === unitId && r.kind === kind);
  if (!row) throw new Error(`no ${kind} for unit ${unitId}`);
  return row;
}

/** A 预警告知书 drafted for the consequence (linked as consequences.draftNotice links it) and issued: its document. */
export async function issueNotice(env: TestEnv, o: ConsequenceOffice, row: ConsequenceRow, problems = 2, deadlineDays = 30) {
  const draft = await ok(env, 'docs.createDraft', {
    kind: 'warning',
    fields: {
      title: '关于存在问题的预警告知书', unitId: row.unitId, recipients: row.unitName, intro: '经查，你单位存在以下问题：',
      problems: Array.from({ length: problems }, (_, k) => ({ text: `问题${k + 1}`, category: '三资管理' })),
      requirements: '请认真整改。', deadline: day(env, deadlineDays), date: day(env),
    },
  }, o.manager);
  if (!setConsequenceDocument(env.db, row.id, draft.id)) throw new Error('the consequence has a document');
  return ok(env, 'rect.issueWarning', { id: draft.id, version: draft.version }, o.manager);
}

/** A talk registered for a 廉政谈话 consequence (linked as consequences.planTalk links it): its id. */
export async function planTalkInStore(env: TestEnv, o: ConsequenceOffice, row: ConsequenceRow): Promise<number> {
  const talk = await ok(env, 'interviews.create', talkInput(o, { talkType: '廉政谈话', personId: o.chiefId, plannedDate: day(env, 5), cause: { kind: '其他', text: '年度廉情指数C级' } }), o.handler);
  if (!setConsequenceInterview(env.db, row.id, talk.id)) throw new Error('the consequence has a talk');
  return talk.id;
}

export function refusal(r: Awaited<ReturnType<typeof send>>): { code: string; message: string; fields?: Record<string, string> } {
  if (r.ok) throw new Error('expected a refusal');
  return r.error as { code: string; message: string; fields?: Record<string, string> };
}

/** The clock moved on by whole days (and minutes), everyone signed in again: the office then. */
export async function later(env: TestEnv, o: ConsequenceOffice, days: number, minutes = 0): Promise<ConsequenceOffice> {
  env.clock.advanceMinutes(days * 24 * 60 + minutes);
  const login = async (username: string) => (await ok(env, 'auth.login', { username, password: PASSWORD }, null)).token;
  return {
    ...o, admin: await login('admin'), clerk: await login('clerk'), leader: await login('leader'), handler: await login('handler'),
    readonly: await login('reader'), checker: await login('checker'), manager: await login('manager'),
  };
}
