// A 函询通知书 in 发文登记: drafted from a letter 待发函 (interviews.draftNotice, as the interview
// page does), opened at its address #/documents/ID in its own form — 标题, 主送机关, 正文 with the
// reply deadline, 成文日期, 抄送机关 —, edited, previewed with its 文号 left open, and issued
// (interviews.issueNotice): the 文号 of its own sequence, the confirmation saying the reply
// deadline starts. The letter is stored straight in the demo's database (its registration is
// another part's).
import { insertInterview } from '../../../db/repos/interviews/records.ts';
import { ADMIN, expect, test } from '../../helpers/e2e/fixtures.ts';
import { signInAsDemoClerk } from '../../helpers/e2e/helpers.ts';
import { openKeyed } from '../../helpers/store.ts';
import { TEST_NOW, TEST_TODAY } from '../../helpers/testDate.ts';

/** The host's one API endpoint, called as the interface calls it (with the token of the address). */
function hostApi(url: string) {
  const address = new URL(url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  return async <T>(op: string, input: unknown, session: string | null = null): Promise<T> => {
    const res = await fetch(new URL('/api', address.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lianqing-token': token },
      body: JSON.stringify({ op, input, session }),
    });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
    if (!body.ok) throw new Error(`${op}: ${body.error?.code} ${body.error?.message}`);
    return body.value as T;
  };
}

/** A letter 待发函 about a 一般干部 of the demo registry, stored as registration leaves it. */
function storeLetter(dbFile: string): { id: number; personName: string } {
  const db = openKeyed(dbFile);
  try {
    const p = db
      .prepare("SELECT p.id, p.name, p.unit_id AS unitId, u.name AS unitName, p.post FROM people p JOIN units u ON u.id = p.unit_id WHERE p.category = '一般干部' AND p.status = '在职' ORDER BY p.id")
      .get() as { id: number; name: string; unitId: number; unitName: string; post: string };
    const now = TEST_NOW.toISOString();
    const id = insertInterview(db, {
      number: 'HX-2026-9901', kind: '函询', talkType: null, holder: '本委', holderNames: '', status: '待发函', planId: null, planItemId: null,
      causeKind: '其他', tipId: null, tipPersonId: null, rectItemId: null, warningDocumentId: null, causeText: '反映其违规收受礼金的问题。',
      personId: p.id, personName: p.name, unitId: p.unitId, unitName: p.unitName, post: p.post, category: '一般干部',
      plannedDate: null, plannedTime: null, place: '', recorderUserId: null, interviewerIds: [], ledgerDate: TEST_TODAY, createdOn: TEST_TODAY,
      createdBy: null, now,
    });
    return { id, personName: p.name };
  } finally {
    db.close();
  }
}

test('a 函询通知书 drafted from its letter is edited, previewed and issued in 发文登记', async ({ page, demoHost }) => {
  test.setTimeout(120_000);
  const letter = storeLetter(demoHost.dbFile);
  const call = hostApi(demoHost.url);
  const admin = (await call<{ token: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })).token;
  await call('users.create', { username: 'e2e-handler', displayName: '测试承办人', role: '监督检查室', password: 'Initial123' }, admin);
  const first = (await call<{ token: string }>('auth.login', { username: 'e2e-handler', password: 'Initial123' })).token;
  await call('auth.changePassword', { oldPassword: 'Initial123', newPassword: 'Seeded123' }, first);
  const draft = await call<{ id: number }>('interviews.draftNotice', { id: letter.id, kind: 'inquiry' }, first);

  await signInAsDemoClerk(page, demoHost.url);
  await page.goto(`${demoHost.url.split('#')[0]}#/documents/${draft.id}`);
  const title = `关于请${letter.personName}同志就有关问题作出说明的函`;
  await expect(page.getByRole('heading', { name: `函询通知书：${title}`, level: 1 })).toBeVisible();
  await expect(page.getByLabel('谈话函询', { exact: true })).toHaveText(`HX-2026-9901 ${letter.personName}`);
  await expect(page.getByRole('link', { name: '查看谈话函询' })).toHaveAttribute('href', `#/interviews/${letter.id}`);
  const form = page.getByRole('form', { name: '函询通知书' });
  await expect(form.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(title);
  await expect(form.getByRole('textbox', { name: '主送机关', exact: true })).toHaveValue(new RegExp(`转${letter.personName}同志`));
  await expect(form.getByRole('textbox', { name: '正文', exact: true })).toHaveValue(/请你自收到本通知之日起15个工作日内/);
  await expect(form.getByRole('group', { name: '成文日期', exact: true })).toContainText(TEST_TODAY);
  await form.getByRole('textbox', { name: '抄送机关', exact: true }).fill('县委组织部');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存')).toBeVisible();

  await page.getByRole('button', { name: '预览', exact: true }).click();
  const preview = page.getByRole('region', { name: '公文预览' });
  await expect(preview).toContainText(title, { timeout: 30_000 });
  await expect(preview).toContainText(`函〔${TEST_TODAY.slice(0, 4)}〕`);
  await expect(preview).toContainText('县委组织部');

  await page.getByRole('button', { name: '印发', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '印发公文' });
  await expect(confirm).toContainText('并从成文日期起计算函询答复期限');
  await confirm.getByRole('button', { name: '印发', exact: true }).click();
  const issued = page.getByRole('dialog', { name: '已印发' });
  await expect(issued.getByLabel('印发文号')).toHaveText(new RegExp(`函〔${TEST_TODAY.slice(0, 4)}〕[1-9]\\d*号$`)); // the next of the year's sequence (the demo issued some)
  await issued.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
});
