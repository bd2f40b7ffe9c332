// A 预警建议书 on its page, as the index's consequences draft it (their source: the consequence —
// made here through the services before the host starts, as 预警闭环 will make it): the clerk sees
// its unit and the result it answers, no 删除草稿 but why, edits the 正文 and the 抄送机关, previews
// it with the 文号 left open, issues it (临纪预建〔年〕1号) and finds it in 发文登记 by its 文种.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { insertUser } from '../../../db/repos/core/index.ts';
import { insertUnit } from '../../../db/repos/registry/index.ts';
import { CONSEQUENCE_DRAFT_KEPT, type DocDetail } from '../../../shared/documents/index.ts';
import { createServiceContext, memoryStore, type ServiceContext } from '../../../electron/services/kernel/context.ts';
import { dispatch } from '../../../electron/services/dispatch.ts';
import { hashPassword } from '../../../electron/services/core/passwords.ts';
import { DEMO_OFFICE } from '../../../electron/services/core/demoOffice.ts';
import { startHttpHost, type HttpHost } from '../../../electron/hosts/http.ts';
import { RENDERER_DIR } from '../../../electron/hosts/paths.ts';
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { choose, grid } from '../../helpers/e2e/helpers.ts';
import { TEST_NOW, TEST_TODAY } from '../../helpers/testDate.ts';
import { consequenceSource, draftAdvice } from '../adviceDrafts.ts';

const PASSWORD = 'Clerk12345';
const UNIT_NAME = '城关镇东村';
const YEAR = TEST_TODAY.slice(0, 4);
const BODY = `根据《廉情预警机制实施办法》，经综合测评，${UNIT_NAME}廉情指数为60.00分，评定为C级。\n一、存在的主要薄弱环节\n村级财务公开不及时。\n二、下一年度工作要求\n请你单位领导班子专题研究整改，于收到本建议书后30日内书面报告整改情况。`;

interface Office {
  dir: string;
  db: Db;
  ctx: ServiceContext;
  host: HttpHost;
  draft: DocDetail;
  sourceLabel: string;
}

/** An office with its 机关信息, a village and a 信访室 clerk, and a 预警建议书 a consequence made; served. */
async function officeWithAdvice(): Promise<Office> {
  const dir = mkdtempSync(join(tmpdir(), 'lianqing-advice-'));
  const file = join(dir, 't.sqlite');
  const { db } = openDatabase(file);
  const clock = { now: () => new Date(TEST_NOW.getTime()) };
  const ctx = createServiceContext(memoryStore(db, file), clock);
  const setup = await dispatch(ctx, { op: 'auth.setupAdmin', input: { username: 'admin', displayName: '管理员', password: 'Admin12345', loadDemo: false }, session: null });
  if (!setup.ok) throw new Error(setup.error.message);
  const admin = (setup.value as { token: string }).token;
  const saved = await dispatch(ctx, { op: 'office.update', input: DEMO_OFFICE, session: admin });
  if (!saved.ok) throw new Error(saved.error.message);
  const at = TEST_NOW.toISOString();
  const unitId = insertUnit(db, { name: UNIT_NAME, type: '其他', parentId: null, headcount: null, leaderName: '' }, at);
  insertUser(db, { username: 'clerk', displayName: '周文静', role: '信访室', passwordHash: await hashPassword(PASSWORD), mustChangePassword: false }, at);
  const unit = { id: unitId, name: UNIT_NAME };
  const source = consequenceSource(7, unit);
  const draft = await draftAdvice({ db, ctx, clock }, 'clerk', unit, source, { title: `关于${UNIT_NAME}廉情预警的建议书`, body: BODY, date: TEST_TODAY });
  const host = await startHttpHost(ctx, { staticDir: RENDERER_DIR, port: 0 });
  return { dir, db, ctx, host, draft, sourceLabel: source.label };
}

test('a clerk edits, previews and issues a 预警建议书 a consequence drafted; it cannot be deleted', async ({ page }) => {
  test.setTimeout(120_000);
  const o = await officeWithAdvice();
  try {
    await login(page, o.host.url, 'clerk', PASSWORD);
    await page.evaluate((id) => (location.hash = `#/documents/${id}`), o.draft.id);
    await expect(page.getByRole('heading', { name: `预警建议书：${o.draft.title}`, level: 1 })).toBeVisible();
    await expect(page.getByLabel('预警对象单位', { exact: true })).toHaveText(UNIT_NAME);
    await expect(page.getByLabel('廉情指数结果', { exact: true })).toHaveText(o.sourceLabel);
    // Never deleted: no 删除草稿, and the page says why and where it is closed instead.
    await expect(page.getByText(CONSEQUENCE_DRAFT_KEPT)).toBeVisible();
    await expect(page.getByRole('button', { name: '删除草稿' })).toHaveCount(0);

    const form = page.getByRole('form', { name: '预警建议书' });
    await expect(form.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(o.draft.title);
    await expect(form.getByRole('textbox', { name: '主送机关', exact: true })).toHaveValue(UNIT_NAME);
    await expect(form.getByRole('textbox', { name: '正文', exact: true })).toHaveValue(BODY);
    await expect(form.getByRole('group', { name: '成文日期', exact: true })).toContainText(TEST_TODAY);
    const body = BODY.replace('村级财务公开不及时。', '村级财务公开不及时，“三资”台账未及时更新。');
    await form.getByRole('textbox', { name: '正文', exact: true }).fill(body);
    await form.getByRole('textbox', { name: '抄送机关', exact: true }).fill('城关镇纪委');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByText('草稿已保存')).toBeVisible();
    await expect(form.getByRole('textbox', { name: '正文', exact: true })).toHaveValue(body);

    await page.getByRole('button', { name: '预览', exact: true }).click();
    const preview = page.getByRole('region', { name: '公文预览' });
    await expect(preview).toContainText(o.draft.title, { timeout: 30_000 });
    await expect(preview).toContainText(`预建〔${YEAR}〕`);
    await expect(preview).toContainText(`${UNIT_NAME}：`);
    await expect(preview).toContainText('“三资”台账未及时更新。');
    await expect(preview).toContainText('抄送：城关镇纪委。');

    await page.getByRole('button', { name: '印发', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '印发公文' });
    await expect(confirm).toContainText(`印发后生成${YEAR}年的文号`);
    await confirm.getByRole('button', { name: '印发', exact: true }).click();
    const issued = page.getByRole('dialog', { name: '已印发' });
    await expect(issued.getByLabel('印发文号')).toHaveText(`临纪预建〔${YEAR}〕1号`);
    await issued.getByRole('button', { name: '确定' }).click();
    await expect(page.getByLabel('文号', { exact: true })).toHaveText(`临纪预建〔${YEAR}〕1号`);
    await expect(page.getByRole('button', { name: '保存草稿' })).toHaveCount(0);

    // 发文登记: found by its 文种.
    await page.getByRole('button', { name: '返回发文登记' }).click();
    await expect(page.getByRole('heading', { name: '发文登记', level: 1 })).toBeVisible();
    await choose(page.getByRole('search'), '文种', '预警建议书');
    const row = grid(page, '发文登记').getByRole('row').filter({ hasText: `临纪预建〔${YEAR}〕1号` });
    await expect(row).toContainText(o.draft.title);
    await expect(row).toContainText('预警建议书');
    await expect(row).toContainText('已印发');
  } finally {
    await o.host.close();
    o.ctx.db.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
});
