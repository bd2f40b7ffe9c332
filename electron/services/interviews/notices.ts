// A talk's and a letter's 公文, and the printed 谈话记录. interviews.draftNotice makes a draft of the
// 函询通知书 (a letter 待发函), the 委托谈话通知书 (a 委托谈话 待谈话) or the 谈话通知 (the office's own
// talk 待谈话) from the record, linked to it; the clerk edits and previews it in 发文登记.
// interviews.issueNotice is the documents domain's issue (文号 from the kind's sequence, the file
// frozen) with the deadline it starts written in the same transaction: a letter's reply, a
// 委托谈话's talk; if anything fails nothing is issued and the 文号 stays unused. A correction
// (更正) names the same record and does not start the deadline again. interviews.printRecord makes
// the 谈话记录 with its signature lines when asked, for a caller with the content right; audited.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import {
  INTERVIEW_DOC_KINDS, isInterviewDocKind, officialDate, type DocCreateInput, type DocDetail, type DocumentSpec, type InterviewDocKind,
  type InterviewNoticeFields,
} from '../../../shared/documents/index.ts';
import { dueAfter, type InterviewNoticeKind } from '../../../shared/interviews/index.ts';
import { getDocument } from '../../../db/repos/documents/index.ts';
import { activePeopleOfUnits } from '../../../db/repos/registry/index.ts';
import { getUserById } from '../../../db/repos/core/index.ts';
import { interviewOfNotice, updateInterview, type InterviewChanges, type InterviewRecord } from '../../../db/repos/interviews/records.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { requireOfficeProfile } from '../core/index.ts';
import { buildTalkRecord, createDocumentDraft, docFileName, docOffice, issueSteps, renderDocx } from '../documents/index.ts';
import { dueDays, mustGetInterview, note, requireContent, requireStep, workCalendar } from './common.ts';
import { rowsByIds } from './rows.ts';

/** Why this kind of notice is not for this record (the record's state is asked by requireStep), or null. */
export function noticeKindRefusal(kind: InterviewDocKind, r: InterviewRecord): string | null {
  switch (kind) {
    case 'inquiry':
      return r.kind === '函询' ? null : '函询通知书只用于函询；谈话请拟制谈话通知或委托谈话通知书';
    case 'entrust':
      if (r.kind !== '谈话') return '委托谈话通知书只用于谈话；函询请拟制函询通知书';
      return r.holder === '委托谈话' ? null : '只有委托谈话才发委托谈话通知书';
    case 'talkNotice':
      if (r.kind !== '谈话') return '谈话通知只用于谈话；函询请拟制函询通知书';
      return r.holder === '本委' ? null : r.holder === '委托谈话' ? '委托谈话请拟制委托谈话通知书' : '上级纪委谈话不由本委发谈话通知';
  }
}

function requireNoticeKind(kind: InterviewDocKind, r: InterviewRecord): void {
  const refusal = noticeKindRefusal(kind, r);
  if (refusal) throw new AppError('VALIDATION', `${r.number}：${refusal}。`, { kind: refusal });
}

/** The unit's 主要负责人 in office (not the person themself), when exactly one is registered. */
function unitLeader(call: Call, r: InterviewRecord): string | null {
  if (r.unitId === null) return null;
  const leaders = activePeopleOfUnits(call.ctx.db, [r.unitId]).filter((p) => p.unitId === r.unitId && p.category === '主要负责人' && p.id !== r.personId);
  return leaders.length === 1 ? (leaders[0]?.name ?? null) : null;
}

function who(r: InterviewRecord): string {
  return [r.unitName, r.post].filter((x) => x.trim() !== '').join('');
}

function causeLines(r: InterviewRecord): string {
  return r.causeText.trim() === '' ? '（请在此逐项列明需要说明的问题）' : r.causeText;
}

/** What a county 纪委 writes in each notice, from the record as it is now; the clerk edits it in 发文登记. */
export function noticeDraftFields(call: Call, kind: InterviewDocKind, r: InterviewRecord): InterviewNoticeFields {
  const date = today(call);
  const days = dueDays(call);
  switch (kind) {
    case 'inquiry': {
      const leader = unitLeader(call, r);
      return {
        title: `关于请${r.personName}同志就有关问题作出说明的函`,
        recipients: leader ? `${r.unitName}主要负责人${leader}同志（转${r.personName}同志）` : `${r.personName}同志`,
        body: [
          `${r.personName}同志${who(r) ? `（${who(r)}）` : ''}：`,
          '近期，我委在工作中了解到反映你的有关问题。根据《中国共产党纪律检查机关监督执纪工作规则》有关规定，经研究，现函询你就以下问题作出书面说明：',
          causeLines(r),
          `请你自收到本通知之日起${days.replyWorkdays}个工作日内，本着对组织忠诚老实的态度，实事求是地作出书面说明，说明材料须本人签名并注明日期，经你单位主要负责人签署意见后报送我委。`,
          '如有隐瞒、欺骗组织的情况，将依规依纪依法严肃处理。',
        ].join('\n'),
        date,
        copyTo: '',
        interviewId: r.id,
      };
    }
    case 'entrust':
      return {
        title: `关于委托对${r.personName}同志进行谈话的通知`,
        recipients: r.holderNames.trim() === '' ? `${r.unitName}党组织主要负责人` : r.holderNames,
        body: [
          `经研究，委托你对${who(r)}${r.personName}同志进行${r.talkType ?? '谈话'}。谈话事由：`,
          causeLines(r),
          `请自收到本通知之日起${days.entrustTalkWorkdays}个工作日内完成谈话，并于谈话后${days.entrustRecordWorkdays}个工作日内将谈话记录和谈话反馈单报送我委。`,
        ].join('\n'),
        date,
        copyTo: '',
        interviewId: r.id,
      };
    case 'talkNotice': {
      const when = r.plannedDate ? `${officialDate(r.plannedDate)}${r.plannedTime ? ` ${r.plannedTime}` : ''}` : '（时间待定）';
      return {
        title: '谈话通知',
        recipients: `${r.personName}同志`,
        body: [
          `经研究，我委定于${when}在${r.place.trim() === '' ? '（地点待定）' : r.place}与你进行${r.talkType ?? '谈话'}，请准时参加。`,
          '如有特殊情况不能按时参加，请提前向我委说明。',
        ].join('\n'),
        date,
        copyTo: '',
        interviewId: r.id,
      };
    }
  }
}

function createInput(kind: InterviewNoticeKind, fields: InterviewNoticeFields): DocCreateInput {
  switch (kind) {
    case 'inquiry':
      return { kind: 'inquiry', fields };
    case 'entrust':
      return { kind: 'entrust', fields };
    case 'talkNotice':
      return { kind: 'talkNotice', fields };
  }
}

/** The notice this record already has, or null: a draft is edited in 发文登记, an issued one corrected there. */
function existingNoticeRefusal(call: Call, r: InterviewRecord): string | null {
  if (r.noticeDocumentId === null) return null;
  const doc = getDocument(call.ctx.db, r.noticeDocumentId);
  if (!doc) return null;
  return doc.status === '草稿'
    ? `已有一份${doc.kindLabel}草稿（${doc.title}），请在发文登记中修改或删除后再拟制`
    : `${doc.kindLabel}已印发（${doc.number ?? ''}），如需更正，请在发文登记中拟制更正文件`;
}

/** The issued notice's record: the one it was drafted for, or — a correction — the one its original was for. */
function recordOfIssued(call: Call, doc: DocDetail & { fields: InterviewNoticeFields }): { r: InterviewRecord; correction: boolean } {
  if (doc.replacesId !== null) {
    const r = interviewOfNotice(call.ctx.db, doc.replacesId);
    if (!r) throw new AppError('CONFLICT', '被更正的文书没有对应的谈话函询，不能在此印发。');
    if (doc.fields.interviewId !== r.id) {
      throw new AppError('VALIDATION', `更正文书应与原文书为同一谈话函询（${r.number}）；其他谈话函询请另行拟制。`, { 'fields.interviewId': '应与原文书相同' });
    }
    return { r, correction: true };
  }
  const r = interviewOfNotice(call.ctx.db, doc.id);
  if (!r || r.id !== doc.fields.interviewId) throw new AppError('CONFLICT', '该文书不是从谈话函询拟制的，请在谈话函询页面拟制后再印发。');
  return { r, correction: false };
}

/**
 * Inside the issue's transaction: the record takes the notice and starts its deadline (a letter's
 * reply, a 委托谈话's talk; a 谈话通知 none). A correction takes the notice's place and keeps the deadline.
 */
function afterNoticeIssued(call: Call, doc: DocDetail): void {
  if (!isInterviewDocKind(doc.kind) || doc.number === null || doc.date === null) throw new AppError('INTERNAL', '谈话函询文书印发后没有文号。');
  const issued = doc as DocDetail & { kind: InterviewDocKind; fields: InterviewNoticeFields };
  const { r, correction } = recordOfIssued(call, issued);
  const kindName = INTERVIEW_DOC_KINDS[issued.kind];
  const date = issued.fields.date;
  let changes: InterviewChanges = { notice_document_id: doc.id };
  let text: string;
  if (correction) {
    text = `${kindName}${doc.number}更正原文书${doc.replacesNumber ?? ''}，期限不变`;
  } else {
    requireStep(call, r, 'draftNotice');
    requireNoticeKind(issued.kind, r);
    switch (issued.kind) {
      case 'inquiry': {
        const due = dueAfter(workCalendar(call), '答复', date, dueDays(call));
        changes = { ...changes, sent_date: date, status: '待答复', due_kind: '答复', due_date: due, due_original: due, ledger_date: date };
        text = `${kindName}${doc.number}印发，答复期限${due}`;
        break;
      }
      case 'entrust': {
        const due = dueAfter(workCalendar(call), '谈话', date, dueDays(call));
        changes = { ...changes, sent_date: date, due_kind: '谈话', due_date: due, due_original: due };
        text = `${kindName}${doc.number}印发，应于${due}前完成谈话`;
        break;
      }
      case 'talkNotice':
        text = `${kindName}${doc.number}印发`;
        break;
    }
  }
  if (!updateInterview(call.ctx.db, r.id, r.version, changes, nowIso(call))) throw new AppError('CONFLICT', `${r.number} 已被他人更新，请刷新后再试。`);
  note(call, r, correction ? '更正文书' : '印发文书', text, date);
  const after = mustGetInterview(call, r.id);
  audit(call, 'interview', r.id, r.number, {
    number: r.number, document: doc.number, kind: kindName, ...(correction ? { replaces: doc.replacesNumber } : {}),
    ...(after.dueDate !== null && !correction && issued.kind !== 'talkNotice' ? { dueDate: after.dueDate } : {}),
  });
}

interface PrintedRecord {
  spec: DocumentSpec;
  title: string;
  author: string;
}

function printedRecord(call: Call, r: InterviewRecord): PrintedRecord {
  const row = rowsByIds(call, [r.id])[0];
  if (!row) throw new AppError('NOT_FOUND', '未找到该谈话函询，可能编号有误。');
  const recorder = r.recorderUserId === null ? '' : (getUserById(call.ctx.db, r.recorderUserId)?.displayName ?? '');
  const office = docOffice(requireOfficeProfile(call.ctx.db));
  const spec = buildTalkRecord(
    {
      code: r.number, talkType: r.talkType ?? '谈话', person: r.personName, unitPost: [r.unitName, r.post].filter((x) => x.trim() !== '').join(' '),
      time: `${r.heldDate ?? ''}${r.heldTime ? ` ${r.heldTime}` : ''}`, place: r.place, interviewers: row.interviewerNames, recorder,
      cause: row.cause.label, keyPoints: r.keyPoints, statement: r.statement,
    },
    office,
  );
  return { spec, title: `${r.number} 谈话记录`, author: office.organs[0] ?? '' };
}

export const noticeHandlers: HandlerGroup<'interviews.draftNotice' | 'interviews.issueNotice' | 'interviews.printRecord'> = {
  'interviews.draftNotice': (call, input) => {
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'draftNotice');
    requireNoticeKind(input.kind, r);
    const existing = existingNoticeRefusal(call, r);
    if (existing) throw new AppError('CONFLICT', `${r.number}：${existing}。`);
    const doc = createDocumentDraft(call, createInput(input.kind, noticeDraftFields(call, input.kind, r)));
    if (!updateInterview(call.ctx.db, r.id, r.version, { notice_document_id: doc.id }, nowIso(call))) {
      throw new AppError('CONFLICT', `${r.number} 已被他人更新，请刷新后再试。`);
    }
    note(call, r, '拟制文书', `拟制了${doc.kindLabel}草稿（${doc.title}）`);
    audit(call, 'interview', r.id, r.number, { number: r.number, kind: doc.kindLabel, document: `草稿：${doc.title}` });
    return doc;
  },

  'interviews.issueNotice': issueSteps({
    kinds: ['inquiry', 'entrust', 'talkNotice'],
    refusal: '这里只印发函询通知书、委托谈话通知书和谈话通知；其他公文请在发文登记中印发。',
    afterIssue: afterNoticeIssued,
  }),

  'interviews.printRecord': steps<'interviews.printRecord', undefined, PrintedRecord>({
    run: (call, input) => {
      const r = mustGetInterview(call, input.id);
      if (r.kind !== '谈话') throw new AppError('CONFLICT', `${r.number} 是函询，没有谈话记录。`);
      if (r.heldDate === null) throw new AppError('CONFLICT', `${r.number} 尚未记录谈话，没有可打印的谈话记录。`);
      requireContent(call, '打印谈话记录');
      audit(call, 'interview', r.id, r.number, { number: r.number, document: '谈话记录' });
      return printedRecord(call, r);
    },
    finish: async (_call, made): Promise<FileResult> => {
      const bytes = await renderDocx(made.spec, { author: made.author, title: made.title });
      return { fileName: docFileName(null, made.title), dataBase64: Buffer.from(bytes).toString('base64') };
    },
  }),
};
