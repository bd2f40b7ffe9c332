// 信访内容: 反映内容 and a tip's attachments are for the reporter roles and the roles granted the
// content right; everyone else sees the 问题摘要, the masked reporter and the attachments a clerk
// marked 不含举报人信息 — in the tip, in search and in downloads alike.
import { describe, expect, it } from 'vitest';
import { ok, send } from '../../helpers/services.ts';
import { namedTip, officeEachTest, register, registryPeople, WRITTEN_FOR } from '../../helpers/tips.ts';

const t = officeEachTest(WRITTEN_FOR);

const PDF = Buffer.from('%PDF-1.4\n举报信\n%%EOF').toString('base64');

async function tipWithFiles() {
  const [p] = registryPeople(t.env, 1);
  const r = await register(t.env, t.o.clerk, namedTip([p!], { content: '我是张三丰，电话13812345678，反映村委会主任虚报冒领补偿款。' }));
  const letter = await ok(t.env, 'tips.addAttachment', { tipId: r.id, file: { fileName: '举报信.pdf', dataBase64: PDF } }, t.o.clerk);
  const list = await ok(t.env, 'tips.addAttachment', { tipId: r.id, file: { fileName: '补偿款名单.pdf', dataBase64: PDF }, reporterFree: true }, t.o.clerk);
  return { id: r.id, letter: letter.id, list: list.id };
}

describe('the 信访内容 right', () => {
  it('hides the content and the unmarked attachments from 只读, in the tip, in search and in downloads', async () => {
    const made = await tipWithFiles();
    const seen = await ok(t.env, 'tips.get', { id: made.id }, t.o.readonly);
    expect(seen.contentHidden).toBe(true);
    expect(seen.content).toBe('');
    expect(seen.attachments.map((a) => a.fileName)).toEqual(['补偿款名单.pdf']);
    expect(seen.hiddenAttachments).toBe(1);
    expect(JSON.stringify(seen)).not.toContain('13812345678');
    expect((await ok(t.env, 'tips.list', { q: '张三丰' }, t.o.readonly)).total).toBe(0);
    expect((await ok(t.env, 'tips.list', { q: '虚报冒领' }, t.o.readonly)).total).toBe(0);
    expect((await ok(t.env, 'tips.list', { q: '虚报冒领' }, t.o.handler)).total).toBe(1);
    expect(await send(t.env, 'tips.downloadAttachment', { id: made.letter }, t.o.readonly)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send(t.env, 'tips.openAttachment', { id: made.letter }, t.o.readonly)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await ok(t.env, 'tips.downloadAttachment', { id: made.list }, t.o.readonly)).fileName).toBe('补偿款名单.pdf');
    // The handling rooms hold the right by default.
    const handled = await ok(t.env, 'tips.get', { id: made.id }, t.o.handler);
    expect(handled.contentHidden).toBe(false);
    expect(handled.attachments).toHaveLength(2);
  });

  it('follows the administrator’s setting, and the change is audited', async () => {
    const made = await tipWithFiles();
    const settings = await ok(t.env, 'settings.get', {}, t.o.admin);
    expect(settings.reporterRoles).toContain('领导');
    await ok(t.env, 'settings.update', { ...settings, contentRoles: ['只读'] }, t.o.admin);
    const reader = await ok(t.env, 'tips.get', { id: made.id }, t.o.readonly);
    expect(reader.content).toContain('虚报冒领');
    expect((await ok(t.env, 'tips.downloadAttachment', { id: made.letter }, t.o.readonly)).fileName).toBe('举报信.pdf');
    const handler = await ok(t.env, 'tips.get', { id: made.id }, t.o.handler);
    expect(handler.contentHidden).toBe(true);
    expect((await ok(t.env, 'tips.list', { q: '虚报冒领' }, t.o.handler)).total).toBe(0);
    // The reporter roles keep it whatever the content roles are.
    expect((await ok(t.env, 'tips.get', { id: made.id }, t.o.leader)).contentHidden).toBe(false);
    const entry = t.env.db.prepare("SELECT summary FROM audit WHERE op = 'settings.update' ORDER BY id DESC LIMIT 1").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toEqual({ contentRoles: [['监督检查室', '案件监督管理室'], ['只读']] });
  });
});
