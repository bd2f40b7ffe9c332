// A person's discipline events from every source — a tip's 办结, a talk's and a letter's outcome —
// newest decision first, each with its source record's number; one table the index reads.
import { describe, expect, it } from 'vitest';
import { ok } from '../../helpers/services.ts';
import { WRITTEN_FOR, namedTip, register } from '../../helpers/tips.ts';
import { interviewEachTest } from './office.ts';
import { addFile, letterInput, sendLetter, talkInput } from './recordsKit.ts';

const t = interviewEachTest(WRITTEN_FOR);

describe('interviews.personEvents', () => {
  it('lists the events of a tip, a talk and a letter, newest first, with their numbers; another person\'s are not listed', async () => {
    const { env, o } = t;
    const name = (env.db.prepare('SELECT name FROM people WHERE id = ?').get(o.staffId) as { name: string }).name;
    // A tip concluded with a 批评教育 of the person.
    const reg = await register(env, o.clerk, namedTip([{ id: o.staffId, name }], { receivedDate: '2026-10-09' }));
    let tip = await ok(env, 'tips.get', { id: reg.id }, o.clerk);
    tip = await ok(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-31' }, o.clerk);
    tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
    const tipPersonId = (env.db.prepare('SELECT id FROM tip_people WHERE tip_id = ?').get(tip.id) as { id: number }).id;
    await ok(env, 'tips.conclude', {
      id: tip.id, version: tip.version, result: '查实', concludedDate: '2026-11-10', conclusion: '反映问题属实。',
      outcomes: [{ tipPersonId, outcome: '批评教育', grade: '', circumstance: '一般', conductDate: '2026-01-05' }],
    }, o.handler);
    // A talk concluded with 诫勉, registered afterwards (held in October).
    const d = await ok(env, 'interviews.create', talkInput(o, { talkType: '诫勉谈话', plannedDate: '2026-10-20' }), o.handler);
    const r = await ok(env, 'interviews.record', { id: d.id, version: d.version, heldDate: '2026-10-20', place: '县纪委谈话室', keyPoints: '要点', statement: '陈述' }, o.handler);
    const f = await addFile(env, o.handler, r.id, '签字谈话记录');
    await ok(env, 'interviews.conclude', { id: r.id, version: f.version, outcome: '诫勉', signedDate: '2026-10-20', concludedDate: '2026-11-20', conductDate: '2026-02-01' }, o.handler);
    // A letter assessed with a 提醒, and a letter of another person.
    const l = await ok(env, 'interviews.create', letterInput(o, { personId: o.staffId }), o.clerk);
    sendLetter(env, l.id, '2026-11-20');
    const sent = await ok(env, 'interviews.get', { id: l.id }, o.clerk);
    const replied = await ok(env, 'interviews.reply', { id: l.id, version: sent.version, replyDate: '2026-11-21', countersigned: true, summary: '说明' }, o.clerk);
    await ok(env, 'interviews.assess', { id: l.id, version: replied.version, assessment: '不如实或有问题', outcome: '提醒', note: '未如实说明', date: '2026-11-21', conductDate: '2026-04-01' }, o.clerk);

    const events = await ok(env, 'interviews.personEvents', { personId: o.staffId }, o.readonly);
    expect(events.map((e) => [e.sourceKind, e.sourceNumber, e.outcome, e.decidedDate])).toEqual([
      ['函询', l.number, '提醒', '2026-11-21'],
      ['谈话', d.number, '诫勉', '2026-11-20'],
      ['信访件', tip.number, '批评教育', '2026-11-10'],
    ]);
    expect(await ok(env, 'interviews.personEvents', { personId: o.chiefId }, o.readonly)).toEqual([]);
  });
});
