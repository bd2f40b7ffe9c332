// A talk's and a letter's 公文 through the dispatcher on a real database: interviews.draftNotice
// makes the draft of the kind the record allows (函询通知书 for a letter 待发函, 委托谈话通知书 for
// a 委托谈话, 谈话通知 for the office's own talk), prefilled and linked; interviews.issueNotice
// issues it and starts the deadline in the same transaction (a letter's reply 15 working days
// after the 成文日期, across a holiday), docs.issue refuses it, a failed step leaves the 文号
// unused, a correction keeps the deadline; interviews.printRecord prints the 谈话记录 for a caller
// with the content right only.
import { describe, expect, it } from 'vitest';
import type { DocDetail } from '../../../shared/documents/index.ts';
import { setCalendarDay } from '../../../db/repos/core/index.ts';
import { getInterviewRecord, historyOf } from '../../../db/repos/interviews/records.ts';
import { fingerprint, fingerprintBesidesRefusals, ok, send } from '../../helpers/services.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { docxParts, textOf } from '../../helpers/docxXml.ts';
import { interviewEachTest } from './office.ts';
import { interviewAt, person } from './noticeRecords.ts';

// A Monday; the 25th and 26th are made holidays below.
const t = interviewEachTest('2026-11-23T09:00:00+08:00');
const DAY = '2026-11-23';

function expectRefused(r: Awaited<ReturnType<typeof send>>, code: string, message: string) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toContain(message);
}

function fieldsOf(doc: DocDetail) {
  if (doc.kind !== 'inquiry' && doc.kind !== 'entrust' && doc.kind !== 'talkNotice') throw new Error(`not an interview notice: ${doc.kind}`);
  return doc.fields;
}

const record = (id: number) => {
  const r = getInterviewRecord(t.env.db, id);
  if (!r) throw new Error('no record');
  return r;
};

const serials = (kind: string) => (t.env.db.prepare('SELECT count(*) AS n FROM documents WHERE kind = ? AND number IS NOT NULL').get(kind) as { n: number }).n;

describe('interviews.draftNotice', () => {
  it('drafts a 函询通知书 for a letter 待发函: to the person through the unit’s 主要负责人, the reply in 15 working days, linked', async () => {
    const { env, o } = t;
    const id = interviewAt(env, o);
    const staff = person(env, o.staffId);
    const chief = person(env, o.chiefId);
    const doc = await ok(env, 'interviews.draftNotice', { id, kind: 'inquiry' }, o.handler);
    expect(doc.kindLabel).toBe('函询通知书');
    expect(doc.status).toBe('草稿');
    expect(doc.title).toBe(`关于请${staff.name}同志就有关问题作出说明的函`);
    expect(doc.recipients).toBe(`${staff.unitName}主要负责人${chief.name}同志（转${staff.name}同志）`);
    const f = fieldsOf(doc);
    expect(f.date).toBe(DAY);
    expect(f.interviewId).toBe(id);
    expect(f.body).toContain('请你自收到本通知之日起15个工作日内');
    expect(f.body).toContain('经你单位主要负责人签署意见后报送我委');
    expect(f.body).toContain('反映其在村集体资产出租中未经集体研究即作决定的问题。');
    expect(doc.source).toEqual({ type: 'interview', id, label: `${record(id).number} ${staff.name}` });
    expect(record(id).noticeDocumentId).toBe(doc.id);
    expect(historyOf(env.db, id).map((h) => h.action)).toEqual(['拟制文书']);
    // The clerk edits it in 发文登记 like other drafts.
    const edited = await ok(env, 'docs.updateDraft', { id: doc.id, version: doc.version, kind: 'inquiry', fields: { ...f, title: '关于请有关同志作出说明的函' } }, o.clerk);
    expect(edited.title).toBe('关于请有关同志作出说明的函');
  });

  it('takes the reply days from 系统设置', async () => {
    const { env, o } = t;
    env.db.prepare("INSERT INTO settings (key, value) VALUES ('inquiryReplyWorkdays', '10') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    const doc = await ok(env, 'interviews.draftNotice', { id: interviewAt(env, o), kind: 'inquiry' }, o.handler);
    expect(fieldsOf(doc).body).toContain('自收到本通知之日起10个工作日内');
  });

  it('drafts a 委托谈话通知书 to the entrusted head with 15 and 5 working days, and a 谈话通知 with the time and place', async () => {
    const { env, o } = t;
    const entrusted = interviewAt(env, o, { kind: '谈话', holder: '委托谈话', holderNames: '城关镇党委书记王明', interviewerIds: [] });
    const e = await ok(env, 'interviews.draftNotice', { id: entrusted, kind: 'entrust' }, o.handler);
    expect(e.kindLabel).toBe('委托谈话通知书');
    expect(e.recipients).toBe('城关镇党委书记王明');
    expect(fieldsOf(e).body).toContain('请自收到本通知之日起15个工作日内完成谈话，并于谈话后5个工作日内将谈话记录和谈话反馈单报送我委。');
    const own = interviewAt(env, o, { kind: '谈话' });
    const n = await ok(env, 'interviews.draftNotice', { id: own, kind: 'talkNotice' }, o.handler);
    expect(n.kindLabel).toBe('谈话通知');
    expect(n.recipients).toBe(`${person(env, o.staffId).name}同志`);
    expect(fieldsOf(n).body).toContain('经研究，我委定于2026年12月2日 09:30在县纪委第一谈话室与你进行提醒谈话，请准时参加。');
  });

  it('refuses, changing nothing, a kind the record does not take, a record past the step, a second draft, and 只读', async () => {
    const { env, o } = t;
    const letter = interviewAt(env, o);
    const talk = interviewAt(env, o, { kind: '谈话' });
    const entrusted = interviewAt(env, o, { kind: '谈话', holder: '委托谈话', holderNames: '王明', interviewerIds: [] });
    const answered = interviewAt(env, o, { status: '待答复' });
    const before = fingerprint(env.db);
    expectRefused(await send(env, 'interviews.draftNotice', { id: talk, kind: 'inquiry' }, o.handler), 'VALIDATION', '函询通知书只用于函询');
    expectRefused(await send(env, 'interviews.draftNotice', { id: talk, kind: 'entrust' }, o.handler), 'VALIDATION', '只有委托谈话才发委托谈话通知书');
    expectRefused(await send(env, 'interviews.draftNotice', { id: entrusted, kind: 'talkNotice' }, o.handler), 'VALIDATION', '委托谈话请拟制委托谈话通知书');
    expectRefused(await send(env, 'interviews.draftNotice', { id: letter, kind: 'talkNotice' }, o.handler), 'VALIDATION', '谈话通知只用于谈话');
    expectRefused(await send(env, 'interviews.draftNotice', { id: answered, kind: 'inquiry' }, o.handler), 'CONFLICT', '函询通知书已印发');
    expectRefused(await send(env, 'interviews.draftNotice', { id: 99_999, kind: 'inquiry' }, o.handler), 'NOT_FOUND', '未找到该谈话函询');
    expect(fingerprint(env.db)).toBe(before);
    const stored = fingerprintBesidesRefusals(env.db);
    expectRefused(await send(env, 'interviews.draftNotice', { id: letter, kind: 'inquiry' }, o.readonly), 'FORBIDDEN', '');
    expect(fingerprintBesidesRefusals(env.db)).toBe(stored);

    const d = await ok(env, 'interviews.draftNotice', { id: letter, kind: 'inquiry' }, o.handler);
    const withDraft = fingerprint(env.db);
    expectRefused(await send(env, 'interviews.draftNotice', { id: letter, kind: 'inquiry' }, o.handler), 'CONFLICT', '已有一份函询通知书草稿');
    expect(fingerprint(env.db)).toBe(withDraft);
    // Discarded in 发文登记, the record lets go of it and a new one may be drafted.
    await ok(env, 'docs.discardDraft', { id: d.id, version: d.version }, o.clerk);
    expect(record(letter).noticeDocumentId).toBeNull();
    await ok(env, 'interviews.draftNotice', { id: letter, kind: 'inquiry' }, o.handler);
  });

  it('is not made in 发文登记 from nothing: docs.createDraft refuses the three kinds without a document to correct', async () => {
    const { env, o } = t;
    const id = interviewAt(env, o);
    const fields = { title: '函', recipients: '某同志', body: '正文', date: DAY, copyTo: '', interviewId: id };
    const before = fingerprint(env.db);
    expectRefused(await send(env, 'docs.createDraft', { kind: 'inquiry', fields }, o.clerk), 'VALIDATION', '函询通知书请在谈话函询页面拟制');
    expectRefused(await send(env, 'docs.createDraft', { kind: 'talkNotice', fields }, o.clerk), 'VALIDATION', '谈话通知请在谈话函询页面拟制');
    expect(fingerprint(env.db)).toBe(before);
  });
});

describe('interviews.issueNotice', () => {
  it('issues a 函询通知书: 文号 of its own sequence, sent on the 成文日期, the reply due 15 working days later across a holiday', async () => {
    const { env, o } = t;
    await saveOffice(env, o.admin);
    setCalendarDay(env.db, '2026-11-25', '休', '测试假日');
    setCalendarDay(env.db, '2026-11-26', '休', '测试假日');
    const id = interviewAt(env, o);
    const d = await ok(env, 'interviews.draftNotice', { id, kind: 'inquiry' }, o.handler);
    const issued = await ok(env, 'interviews.issueNotice', { id: d.id, version: d.version }, o.clerk);
    expect(issued.status).toBe('已印发');
    expect(issued.number).toBe('临纪函〔2026〕1号');
    const r = record(id);
    expect(r.status).toBe('待答复');
    expect(r.sentDate).toBe(DAY);
    expect(r.ledgerDate).toBe(DAY);
    expect(r.dueKind).toBe('答复');
    // 24, 27 · Nov 30–Dec 4 · Dec 7–11 · 14, 15, 16: the 15th working day (without the holiday: Dec 14).
    expect(r.dueDate).toBe('2026-12-16');
    expect(r.dueOriginal).toBe('2026-12-16');
    expect(r.noticeDocumentId).toBe(issued.id);
    expect(historyOf(env.db, id).map((h) => [h.action, h.text])).toContainEqual(['印发文书', '函询通知书临纪函〔2026〕1号印发，答复期限2026-12-16']);
    // The other kinds number on their own.
    const talk = interviewAt(env, o, { kind: '谈话' });
    const n = await ok(env, 'interviews.draftNotice', { id: talk, kind: 'talkNotice' }, o.handler);
    const tn = await ok(env, 'interviews.issueNotice', { id: n.id, version: n.version }, o.clerk);
    expect(tn.number).toBe('临纪谈〔2026〕1号');
    const talkAfter = record(talk);
    expect([talkAfter.status, talkAfter.dueDate, talkAfter.noticeDocumentId]).toEqual(['待谈话', null, tn.id]);
  });

  it('issues a 委托谈话通知书: the talk due 15 working days after it', async () => {
    const { env, o } = t;
    await saveOffice(env, o.admin);
    const id = interviewAt(env, o, { kind: '谈话', holder: '委托谈话', holderNames: '王明', interviewerIds: [] });
    const d = await ok(env, 'interviews.draftNotice', { id, kind: 'entrust' }, o.handler);
    const issued = await ok(env, 'interviews.issueNotice', { id: d.id, version: d.version }, o.clerk);
    expect(issued.number).toBe('临纪委谈〔2026〕1号');
    const r = record(id);
    expect([r.status, r.sentDate, r.dueKind, r.dueDate]).toEqual(['待谈话', DAY, '谈话', '2026-12-14']);
  });

  it('is refused by docs.issue, and refuses a 通知', async () => {
    const { env, o } = t;
    await saveOffice(env, o.admin);
    const d = await ok(env, 'interviews.draftNotice', { id: interviewAt(env, o), kind: 'inquiry' }, o.handler);
    const before = fingerprint(env.db);
    expectRefused(await send(env, 'docs.issue', { id: d.id, version: d.version }, o.clerk), 'CONFLICT', '函询通知书、委托谈话通知书和谈话通知印发时会开始计算谈话函询的期限');
    const notice = await ok(env, 'docs.createDraft', { kind: 'notice', fields: { title: '通知', recipients: '各单位', body: '正文', date: DAY } }, o.clerk);
    const withNotice = fingerprint(env.db);
    expectRefused(await send(env, 'interviews.issueNotice', { id: notice.id, version: notice.version }, o.clerk), 'CONFLICT', '这里只印发函询通知书、委托谈话通知书和谈话通知');
    expect(fingerprint(env.db)).toBe(withNotice);
    expect(withNotice).not.toBe(before);
    expect(serials('inquiry')).toBe(0);
  });

  it('issues nothing when the record moved on meanwhile: the 文号 stays unused and is given to the next issue', async () => {
    const { env, o } = t;
    await saveOffice(env, o.admin);
    const id = interviewAt(env, o);
    const d = await ok(env, 'interviews.draftNotice', { id, kind: 'inquiry' }, o.handler);
    env.db.prepare("UPDATE interviews SET status = '待答复' WHERE id = ?").run(id);
    const before = fingerprint(env.db);
    expectRefused(await send(env, 'interviews.issueNotice', { id: d.id, version: d.version }, o.clerk), 'CONFLICT', '函询通知书已印发');
    expect(fingerprint(env.db)).toBe(before);
    expect(serials('inquiry')).toBe(0);
    expect((await ok(env, 'docs.get', { id: d.id }, o.clerk)).status).toBe('草稿');
    env.db.prepare("UPDATE interviews SET status = '待发函' WHERE id = ?").run(id);
    expect((await ok(env, 'interviews.issueNotice', { id: d.id, version: d.version }, o.clerk)).number).toBe('临纪函〔2026〕1号');
  });

  it('issues a correction (更正) of the same record, keeping the deadline; refuses one naming another record', async () => {
    const { env, o } = t;
    await saveOffice(env, o.admin);
    const id = interviewAt(env, o);
    const d = await ok(env, 'interviews.draftNotice', { id, kind: 'inquiry' }, o.handler);
    const first = await ok(env, 'interviews.issueNotice', { id: d.id, version: d.version }, o.clerk);
    const due = record(id).dueDate;
    const f = fieldsOf(first);
    const other = interviewAt(env, o, { personId: o.chiefId });
    const wrong = await ok(env, 'docs.createDraft', { kind: 'inquiry', fields: { ...f, interviewId: other }, replacesId: first.id }, o.clerk);
    const before = fingerprint(env.db);
    expectRefused(await send(env, 'interviews.issueNotice', { id: wrong.id, version: wrong.version }, o.clerk), 'VALIDATION', '更正文书应与原文书为同一谈话函询');
    expect(fingerprint(env.db)).toBe(before);
    const fixed = await ok(env, 'docs.updateDraft', { id: wrong.id, version: wrong.version, kind: 'inquiry', fields: { ...f, title: '关于请有关同志作出说明的函（更正）' } }, o.clerk);
    const corrected = await ok(env, 'interviews.issueNotice', { id: fixed.id, version: fixed.version }, o.clerk);
    expect(corrected.number).toBe('临纪函〔2026〕2号');
    expect(corrected.replacesNumber).toBe(first.number);
    const r = record(id);
    expect([r.noticeDocumentId, r.dueDate, r.sentDate]).toEqual([corrected.id, due, DAY]);
    expect(historyOf(env.db, id).at(-1)?.action).toBe('更正文书');
  });
});

describe('interviews.printRecord', () => {
  it('prints the 谈话记录 of a recorded talk with its signature lines, audited; refused to 只读 without the content right', async () => {
    const { env, o } = t;
    await saveOffice(env, o.admin);
    const id = interviewAt(env, o, { kind: '谈话', recorderUserId: o.checkerId });
    env.db
      .prepare("UPDATE interviews SET status = '待办结', held_date = '2026-11-20', held_time = '09:30', key_points = '指出其在资产出租中存在的问题。', statement = '本人认识到问题，愿意整改。' WHERE id = ?")
      .run(id);
    const file = await ok(env, 'interviews.printRecord', { id }, o.handler);
    expect(file.fileName).toBe(`${record(id).number} 谈话记录.docx`);
    const text = textOf(docxParts(Buffer.from(file.dataBase64, 'base64')).part('word/document.xml'));
    for (const part of ['谈话记录', '谈话对象', '单位及职务', '谈话人（签字）', '记录人（签字）', '谈话对象（签字）', '本人认识到问题，愿意整改。', '2026年11月20日 09:30']) {
      expect(text).toContain(part);
    }
    const entry = env.db.prepare("SELECT op, entity FROM audit WHERE op = 'interviews.printRecord' ORDER BY id DESC").get() as { op: string; entity: string };
    expect(entry.entity).toBe('interview');

    const before = fingerprintBesidesRefusals(env.db);
    expectRefused(await send(env, 'interviews.printRecord', { id }, o.readonly), 'FORBIDDEN', '您的角色不能打印谈话记录');
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
    const refusal = env.db.prepare("SELECT count(*) AS n FROM audit WHERE entity = 'refusal' AND op = 'interviews.printRecord'").get() as { n: number };
    expect(refusal.n).toBe(1);
  });

  it('refuses a talk not yet recorded and a letter', async () => {
    const { env, o } = t;
    const talk = interviewAt(env, o, { kind: '谈话' });
    const letter = interviewAt(env, o);
    const before = fingerprint(env.db);
    expectRefused(await send(env, 'interviews.printRecord', { id: talk }, o.handler), 'CONFLICT', '尚未记录谈话');
    expectRefused(await send(env, 'interviews.printRecord', { id: letter }, o.handler), 'CONFLICT', '是函询，没有谈话记录');
    expect(fingerprint(env.db)).toBe(before);
  });
});
