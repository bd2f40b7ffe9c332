// A talk or letter as its page shows it: the row (rows.ts) and the rest — interviewers, the tip,
// the notice, the record's and reply's content (null without the content right), the event its
// outcome made, follow-ups, files, extensions, history, its spot check — and what the caller may do.
import { AppError } from '../../../shared/kernel/errors.ts';
import { interviewStepRefusal, type InterviewCan, type InterviewDetail, type InterviewStep } from '../../../shared/interviews/index.ts';
import { getUserById } from '../../../db/repos/core/index.ts';
import { getDocument } from '../../../db/repos/documents/index.ts';
import { getTipRecord } from '../../../db/repos/tips/index.ts';
import { historyOf, interviewersOf } from '../../../db/repos/interviews/records.ts';
import { extensionsOf } from '../../../db/repos/interviews/extensions.ts';
import { followUpsOf } from '../../../db/repos/interviews/followups.ts';
import { filesOf } from '../../../db/repos/interviews/files.ts';
import { eventRef } from '../../../db/repos/interviews/events.ts';
import { spotCheckOf } from '../../../db/repos/interviews/detail.ts';
import { today, type Call } from '../kernel/context.ts';
import { userOf } from '../kernel/caller.ts';
import { interviewState, mayReadContent, mustGetInterview } from './common.ts';
import { rowsByIds } from './rows.ts';

const STEPS: readonly InterviewStep[] = [
  'edit', 'record', 'conclude', 'draftNotice', 'reply', 'assess', 'meeting', 'addFile', 'followUp', 'requestExtension', 'decideExtension',
];

export function interviewDetail(call: Call, id: number): InterviewDetail {
  const db = call.ctx.db;
  const r = mustGetInterview(call, id);
  const [row] = rowsByIds(call, [id]);
  if (!row) throw new AppError('NOT_FOUND', '未找到该谈话函询，可能编号有误。');
  const content = mayReadContent(call);
  const day = today(call);
  const user = userOf(call);
  const state = interviewState(call, r);
  const may = (step: InterviewStep) => user !== null && interviewStepRefusal(step, state, user.role) === null;
  const can = Object.fromEntries(STEPS.map((s) => [s, may(s)])) as Omit<InterviewCan, 'printRecord'>;
  const tip = r.tipId !== null ? getTipRecord(db, r.tipId) : undefined;
  const notice = r.noticeDocumentId !== null ? getDocument(db, r.noticeDocumentId) : null;
  const event = r.eventId !== null ? eventRef(db, r.eventId) : undefined;
  const recorder = r.recorderUserId !== null ? getUserById(db, r.recorderUserId) : undefined;
  const hide = <T>(v: T): T | null => (content ? v : null);
  return {
    ...row,
    interviewers: interviewersOf(db, id),
    holderNames: r.holderNames,
    recorder: recorder ? { id: recorder.id, name: recorder.displayName } : null,
    tip: tip ? { id: tip.id, number: tip.number, tipPersonId: r.tipPersonId } : null,
    planId: r.planId,
    notice: notice ? { id: notice.id, number: notice.number, title: notice.title, status: notice.status } : null,
    heldTime: r.heldTime,
    keyPoints: hide(r.keyPoints),
    statement: hide(r.statement),
    replyCountersigned: r.replyCountersigned === 1,
    replySummary: hide(r.replySummary),
    assessment: r.assessment,
    supplements: r.supplements,
    outcomeNote: hide(r.outcomeNote),
    signedDate: r.signedDate,
    event: event ?? null,
    meetingDate: r.meetingDate,
    meetingNote: hide(r.meetingNote),
    dueOriginal: r.dueOriginal,
    followUps: followUpsOf(db, id).map((f) => ({
      id: f.id, content: hide(f.content), dueDate: f.dueDate, doneDate: f.doneDate, doneNote: hide(f.doneNote),
      overdue: f.doneDate === null && f.dueDate < day,
    })),
    files: filesOf(db, id),
    extensions: extensionsOf(db, id),
    history: historyOf(db, id),
    spotCheck: spotCheckOf(db, id),
    contentVisible: content,
    can: { ...can, printRecord: user !== null && content && r.kind === '谈话' && r.heldDate !== null },
  };
}
