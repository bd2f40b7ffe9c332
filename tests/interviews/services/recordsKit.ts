// What the records-and-steps suites share: a talk's and a letter's registration input, a letter
// sent (the 函询通知书's issue is the notices' part: here its effect is written directly), a file
// added, and a refusal that must change nothing.
import { expect } from 'vitest';
import type { OpInput } from '../../../shared/api.ts';
import { WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { dueAfter } from '../../../shared/interviews/index.ts';
import { calendarTable } from '../../../db/repos/core/index.ts';
import { getInterviewRecord, updateInterview } from '../../../db/repos/interviews/records.ts';
import { fingerprint, ok, send, type TestEnv } from '../../helpers/services.ts';
import type { InterviewOffice } from './office.ts';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const pdf = (fileName = '签字谈话记录.pdf') => ({ fileName, dataBase64: PDF.toString('base64') });

/** A 提醒谈话 of the village's 一般干部 by two 监督检查室 users, planned for the given day. */
export function talkInput(o: InterviewOffice, over: Partial<OpInput<'interviews.create'>> = {}): OpInput<'interviews.create'> {
  return {
    kind: '谈话', talkType: '提醒谈话', personId: o.staffId, cause: { kind: '其他', text: '群众反映工作作风问题' },
    plannedDate: '2026-11-21', plannedTime: '09:30', place: '县纪委谈话室', holder: '本委', interviewerIds: [o.handlerId, o.checkerId],
    ...over,
  } as OpInput<'interviews.create'>;
}

/** A 函询 of the village's 主要负责人. */
export function letterInput(o: InterviewOffice, over: Partial<OpInput<'interviews.create'>> = {}): OpInput<'interviews.create'> {
  return { kind: '函询', personId: o.chiefId, cause: { kind: '其他', text: '反映违规发放补偿款' }, ...over } as OpInput<'interviews.create'>;
}

/** The 函询通知书 issued on `sentDate`: 待答复 with the reply due (what notices.ts does on issue). */
export function sendLetter(env: TestEnv, id: number, sentDate: string): void {
  const r = getInterviewRecord(env.db, id);
  if (!r) throw new Error('no such letter');
  const due = dueAfter(new WorkCalendar(calendarTable(env.db)), '答复', sentDate, { replyWorkdays: 15, entrustTalkWorkdays: 15, entrustRecordWorkdays: 5 });
  const done = updateInterview(env.db, id, r.version, { status: '待答复', sent_date: sentDate, ledger_date: sentDate, due_kind: '答复', due_date: due, due_original: due }, env.clock.now().toISOString());
  if (!done) throw new Error('letter changed meanwhile');
}

export async function addFile(env: TestEnv, token: string, id: number, kind: OpInput<'interviews.addFile'>['kind'], fileName = `${kind}.pdf`) {
  return ok(env, 'interviews.addFile', { id, kind, file: pdf(fileName) }, token);
}

/** The call is refused with the code (and message); nothing but a refusal's own audit entry is written. */
export async function refused(env: TestEnv, op: string, input: unknown, token: string, code: string, message?: RegExp | string): Promise<void> {
  const before = fingerprint(env.db);
  const r = await send(env, op, input, token);
  expect(r.ok, `${op} should be refused`).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  if (typeof message === 'string') expect(r.error.message).toBe(message);
  else if (message) expect(r.error.message).toMatch(message);
  if (code !== 'FORBIDDEN') expect(fingerprint(env.db)).toBe(before);
}

/** The audit entries of an operation, oldest first. */
export function auditOf(env: TestEnv, op: string): Array<{ subject: string | null; summary: string }> {
  return env.db.prepare('SELECT subject, summary FROM audit WHERE op = ? ORDER BY id').all(op) as Array<{ subject: string | null; summary: string }>;
}
