// The interviews domain's SQL over discipline events and follow-ups on a real database: a person's
// events from every source with the source's number, newest decision first (ties by the latest
// written); one event per tip's person; a follow-up is done once; a tip sent to 初步核实 only at
// its version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { insertPerson } from '../../../db/repos/registry/people.ts';
import { insertDisciplineEvent, type NewDisciplineEvent } from '../../../db/repos/tips/index.ts';
import { insertInterview } from '../../../db/repos/interviews/records.ts';
import { eventOfTipPerson, eventRef, personEvents } from '../../../db/repos/interviews/events.ts';
import { followUpsOf, insertFollowUp, markFollowUpDone } from '../../../db/repos/interviews/followups.ts';
import { fileKindsOf, insertInterviewFile } from '../../../db/repos/interviews/files.ts';
import { setTipToVerification } from '../../../db/repos/tips/transfer.ts';
import { insertTip, insertTipParts, getTipRecord } from '../../../db/repos/tips/tips.ts';
import { insertFileRecord } from '../../../db/repos/kernel/files.ts';
import { tempDir } from '../../helpers/services.ts';

const NOW = '2026-11-21T01:00:00.000Z';
let dir: string;
let db: Db;
let personId: number;
let otherId: number;
let unitId: number;

function interview(kind: '谈话' | '函询', number: string): number {
  return insertInterview(db, {
    number, kind, talkType: kind === '谈话' ? '诫勉谈话' : null, holder: '本委', holderNames: '', status: kind === '谈话' ? '待谈话' : '待发函',
    planId: null, planItemId: null, causeKind: '其他', tipId: null, tipPersonId: null, rectItemId: null, warningDocumentId: null, causeText: '事由',
    personId, personName: '甲', unitId, unitName: '东村', post: '村干部', category: '一般干部', plannedDate: '2026-11-21', plannedTime: null,
    place: '', recorderUserId: null, interviewerIds: [], ledgerDate: '2026-11-21', createdOn: '2026-11-21', createdBy: null, now: NOW,
  });
}

const event = (e: Partial<NewDisciplineEvent>): NewDisciplineEvent => ({
  sourceKind: '谈话', sourceId: 0, tipId: null, tipPersonId: null, personId, personName: '甲', unitId, unitName: '东村', category: '一般干部',
  outcome: '提醒', grade: '', circumstance: '一般', conductDate: null, decidedDate: '2026-11-01', now: NOW, ...e,
});

beforeAll(() => {
  dir = tempDir();
  db = openDatabase(join(dir, 'test.sqlite')).db;
  unitId = insertUnit(db, { name: '东村', type: '行政村', parentId: null, headcount: 5, leaderName: '' }, NOW);
  const person = (name: string) => insertPerson(db, { name, idNumber: '', unitId, post: '村干部', rank: '村（社区）干部', partyMember: true, category: '一般干部' }, NOW);
  personId = person('甲');
  otherId = person('乙');
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('personEvents', () => {
  it('every source with its number, newest decision first, ties by the latest written; only the person\'s', () => {
    const talk = interview('谈话', 'TH-2026-0001');
    const letter = interview('函询', 'HX-2026-0001');
    const tipId = insertTip(db, {
      number: 'XF-2026-0001', year: 2026, seq: 1, receivedDate: '2026-10-01', channel: '来信', mode: '匿名', reporter: { name: '', phone: '', idNumber: '', address: '' },
      queryCodeHash: null, summary: '反映问题', content: '内容', status: '承办中', dueDate: null, repeatOf: null, createdBy: '测试', now: NOW,
    });
    insertTipParts(db, tipId, [{ personId, name: '甲', unitId, unitName: '东村', post: '村干部', category: '一般干部' }], [unitId], ['廉洁纪律']);
    const tipPersonId = (db.prepare('SELECT id FROM tip_people WHERE tip_id = ?').get(tipId) as { id: number }).id;
    insertDisciplineEvent(db, event({ sourceKind: '信访件', sourceId: tipId, tipId, tipPersonId, outcome: '批评教育', decidedDate: '2026-10-15' }));
    const a = insertDisciplineEvent(db, event({ sourceKind: '谈话', sourceId: talk, outcome: '诫勉', decidedDate: '2026-11-01' }));
    insertDisciplineEvent(db, event({ sourceKind: '函询', sourceId: letter, outcome: '提醒', decidedDate: '2026-11-01', conductDate: '2026-05-01' }));
    insertDisciplineEvent(db, event({ sourceKind: '谈话', sourceId: talk, personId: otherId, personName: '乙', decidedDate: '2026-11-20' }));
    expect(personEvents(db, personId).map((e) => [e.sourceKind, e.sourceNumber, e.outcome, e.decidedDate])).toEqual([
      ['函询', 'HX-2026-0001', '提醒', '2026-11-01'],
      ['谈话', 'TH-2026-0001', '诫勉', '2026-11-01'],
      ['信访件', 'XF-2026-0001', '批评教育', '2026-10-15'],
    ]);
    expect(personEvents(db, personId)[0]).toMatchObject({ conductDate: '2026-05-01', unitName: '东村', category: '一般干部', circumstance: '一般', grade: '' });
    expect(eventRef(db, a)).toEqual({ id: a, outcome: '诫勉', decidedDate: '2026-11-01' });
    expect(eventOfTipPerson(db, tipPersonId)).toMatchObject({ sourceKind: '信访件', outcome: '批评教育' });
    // One event per tip's person: the table refuses a second.
    expect(() => insertDisciplineEvent(db, event({ sourceKind: '谈话', sourceId: talk, tipId, tipPersonId }))).toThrow(/UNIQUE/);

    // The tip sent on to 初步核实 only at its version.
    const tip = getTipRecord(db, tipId)!;
    expect(setTipToVerification(db, tipId, tip.version + 1, NOW)).toBe(false);
    expect(setTipToVerification(db, tipId, tip.version, NOW)).toBe(true);
    expect(getTipRecord(db, tipId)).toMatchObject({ disposal: '初步核实', version: tip.version + 1 });
  });
});

describe('follow-ups and files', () => {
  it('a follow-up is marked done once; a record\'s file kinds are read', () => {
    const talk = interview('谈话', 'TH-2026-0002');
    const f = insertFollowUp(db, { interviewId: talk, content: '书面说明', dueDate: '2026-11-30', at: NOW });
    expect(markFollowUpDone(db, f, '2026-11-25', '已交')).toBe(true);
    expect(markFollowUpDone(db, f, '2026-11-26', '再交')).toBe(false);
    expect(followUpsOf(db, talk)).toMatchObject([{ id: f, doneDate: '2026-11-25', doneNote: '已交' }]);
    insertFileRecord(db, 'a'.repeat(64), 10, NOW);
    insertInterviewFile(db, { interviewId: talk, kind: '反馈单', sha256: 'a'.repeat(64), fileName: '反馈单.pdf', mime: 'application/pdf', size: 10, at: NOW, userId: null, byName: '测试' });
    expect([...fileKindsOf(db, talk)]).toEqual(['反馈单']);
  });
});
