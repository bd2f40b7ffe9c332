// Who sees what: the handlers and leaders read a record's content; 只读 sees the page with the
// content null — until 系统设置 grants it —, takes no step and downloads no file; 系统管理员 does not
// see talks and letters at all.
import { describe, expect, it } from 'vitest';
import { ok, send } from '../../helpers/services.ts';
import { WRITTEN_FOR } from '../../helpers/tips.ts';
import { interviewEachTest } from './office.ts';
import { addFile, refused, talkInput } from './recordsKit.ts';

const t = interviewEachTest(WRITTEN_FOR);

async function recorded() {
  const { env, o } = t;
  const d = await ok(env, 'interviews.create', talkInput(o), o.handler);
  const r = await ok(env, 'interviews.record', {
    id: d.id, version: d.version, heldDate: '2026-11-21', place: '县纪委谈话室', keyPoints: '谈话要点内容', statement: '本人陈述内容',
    followUps: [{ content: '提交书面说明', dueDate: '2026-11-30' }],
  }, o.handler);
  return addFile(env, o.handler, r.id, '签字谈话记录');
}

describe('the content right', () => {
  it('只读 sees the page without the content and may do nothing; the handlers see it', async () => {
    const { env, o } = t;
    const r = await recorded();
    const seen = await ok(env, 'interviews.get', { id: r.id }, o.readonly);
    expect(seen).toMatchObject({ number: r.number, personName: '郑志强', contentVisible: false, keyPoints: null, statement: null, replySummary: null, outcomeNote: null });
    expect(seen.followUps).toMatchObject([{ content: null, dueDate: '2026-11-30' }]);
    expect(Object.values(seen.can).every((v) => v === false)).toBe(true);
    for (const token of [o.clerk, o.manager, o.leader]) {
      expect(await ok(env, 'interviews.get', { id: r.id }, token)).toMatchObject({ contentVisible: true, keyPoints: '谈话要点内容', statement: '本人陈述内容' });
    }
  });

  it('after 系统设置 adds 只读 to the roles that read the content, 只读 reads it', async () => {
    const { env, o } = t;
    const r = await recorded();
    const settings = await ok(env, 'settings.get', {}, o.admin);
    await ok(env, 'settings.update', { ...settings, interviewContentRoles: ['信访室', '监督检查室', '案件监督管理室', '领导', '只读'] }, o.admin);
    const seen = await ok(env, 'interviews.get', { id: r.id }, o.readonly);
    expect(seen).toMatchObject({ contentVisible: true, keyPoints: '谈话要点内容', statement: '本人陈述内容' });
    expect(seen.followUps[0]?.content).toBe('提交书面说明');
    expect(seen.can.record).toBe(false);
  });

  it('只读 cannot download a file (refused and audited as such); a leader can', async () => {
    const { env, o } = t;
    const r = await recorded();
    const fileId = r.files[0]!.id;
    const before = (env.db.prepare("SELECT count(*) AS n FROM audit WHERE entity = 'refusal'").get() as { n: number }).n;
    await refused(env, 'interviews.downloadFile', { id: fileId }, o.readonly, 'FORBIDDEN', /您的角色不能查看谈话函询材料/);
    expect((env.db.prepare("SELECT count(*) AS n FROM audit WHERE entity = 'refusal'").get() as { n: number }).n).toBe(before + 1);
    expect((await ok(env, 'interviews.downloadFile', { id: fileId }, o.leader)).fileName).toBe('签字谈话记录.pdf');
  });
});

describe('the roles', () => {
  it('系统管理员 sees no talk or letter; 只读 registers and records nothing; only a leader decides an extension', async () => {
    const { env, o } = t;
    const r = await recorded();
    for (const [op, input] of [['interviews.get', { id: r.id }], ['interviews.personEvents', { personId: o.staffId }], ['interviews.create', talkInput(o)]] as const) {
      expect(await send(env, op, input, o.admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await refused(env, 'interviews.create', talkInput(o), o.readonly, 'FORBIDDEN');
    await refused(env, 'interviews.conclude', { id: r.id, version: r.version, outcome: '了结', signedDate: '2026-11-21', concludedDate: '2026-11-21' }, o.readonly, 'FORBIDDEN');
    await refused(env, 'interviews.addFollowUp', { id: r.id, version: r.version, content: '书面说明', dueDate: '2026-11-30' }, o.readonly, 'FORBIDDEN');
    expect((await ok(env, 'interviews.get', { id: r.id }, o.clerk)).can).toMatchObject({ conclude: true, decideExtension: false });
  });
});
