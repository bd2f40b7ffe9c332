// Steps of the rectification flow as a person takes them, by the labels on the screen, and the
// set-up that goes through the host's API as the interface calls it (the demo's staff accounts
// made ready, a 预警告知书 drafted and issued).
import { createHash } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, expect } from '../../helpers/e2e/fixtures.ts';
import { choose, pickUnit } from '../../helpers/e2e/helpers.ts';
import { testDay } from '../../helpers/testDate.ts';

export const isoDay = testDay;

export interface Staff {
  username: string;
  displayName: string;
}

/** The demo office's accounts (electron/services/tips/demo): two 监督检查室 members and a 领导. */
export const INSPECTOR: Staff = { username: 'jiancha', displayName: '林志强' };
export const INSPECTOR2: Staff = { username: 'jiancha2', displayName: '赵晓峰' };
export const LEADER: Staff = { username: 'lingdao', displayName: '陈振华' };
const DEMO_PASSWORD = 'Demo12345';
const PASSWORD = 'Rect123456';

type Call = <T>(op: string, input: unknown, session?: string | null) => Promise<T>;

/** The host's one API endpoint, called as the interface calls it (with the token of the address). */
export function hostApi(url: string): Call {
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

/** Each demo account's first password changed (so the screens sign in straight away); a session of each. */
export async function readyStaff(call: Call, staff: readonly Staff[]): Promise<Map<string, string>> {
  const sessions = new Map<string, string>();
  for (const s of staff) {
    const first = (await call<{ token: string }>('auth.login', { username: s.username, password: DEMO_PASSWORD })).token;
    await call('auth.changePassword', { oldPassword: DEMO_PASSWORD, newPassword: PASSWORD }, first);
    sessions.set(s.username, (await call<{ token: string }>('auth.login', { username: s.username, password: PASSWORD })).token);
  }
  return sessions;
}

export interface Village {
  id: number;
  name: string;
}

/** A 行政村 of the demo registry. */
export async function someVillage(call: Call, session: string): Promise<Village> {
  const found = await call<Array<{ id: number; name: string }>>('units.options', { q: '村', limit: 5, types: ['行政村'] }, session);
  const village = found[0];
  if (!village) throw new Error('no 行政村 in the demo registry');
  return village;
}

export interface IssuedNotice {
  id: number;
  number: string;
}

/** A 预警告知书 to the village listing the problems, drafted and issued (rect.issueWarning makes its items). */
export async function issueWarning(
  call: Call,
  session: string,
  notice: { village: Village; problems: ReadonlyArray<{ text: string; category: string }>; deadline: string },
): Promise<IssuedNotice> {
  const draft = await call<{ id: number; version: number }>(
    'docs.createDraft',
    {
      kind: 'warning',
      fields: {
        title: `关于${notice.village.name}存在问题的预警告知书`,
        unitId: notice.village.id,
        recipients: `${notice.village.name}党支部`,
        intro: '在日常监督中发现你村存在以下问题，现予以预警告知。',
        problems: notice.problems,
        requirements: '请对照问题逐项整改，按时报送整改情况报告。',
        deadline: notice.deadline,
        date: isoDay(0),
        copyTo: '',
      },
    },
    session,
  );
  const issued = await call<{ id: number; number: string | null }>('rect.issueWarning', { id: draft.id, version: draft.version }, session);
  if (!issued.number) throw new Error('the notice was not given a 文号');
  return { id: issued.id, number: issued.number };
}

/**
 * 发文登记 → 拟制通知 → 文种 预警告知书: the unit under watch, the title, the problems (each with its
 * 问题类别), the 整改要求; 整改时限 as the setting gives it (30 days). 保存草稿, then 印发 (confirmed).
 * Ends on the issued notice's page; returns its id and 文号.
 */
export async function draftAndIssueWarning(page: Page, unit: string, problems: ReadonlyArray<{ text: string; category: string }>): Promise<IssuedNotice> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '发文登记' }).click();
  await page.getByRole('button', { name: '拟制通知' }).click();
  await page.getByRole('radio', { name: '预警告知书' }).click();
  await expect(page.getByRole('heading', { name: '拟制预警告知书', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: '预警告知书' });
  await pickUnit(form, '预警对象单位', unit.slice(-3), unit);
  const title = `关于${unit}存在问题的预警告知书`;
  await form.getByRole('textbox', { name: '标题', exact: true }).fill(title);
  for (const [i, p] of problems.entries()) {
    if (i > 0) await form.getByRole('button', { name: '添加问题' }).click();
    const row = form.getByRole('group', { name: `问题${i + 1}`, exact: true });
    await row.getByRole('textbox', { name: '问题描述' }).fill(p.text);
    await choose(row, '问题类别', p.category);
  }
  await form.getByRole('textbox', { name: '整改要求', exact: true }).fill('请对照问题逐项整改，按时报送整改情况报告。');
  await expect(form.getByRole('group', { name: '整改时限', exact: true })).toContainText(isoDay(30));
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('heading', { name: `预警告知书：${title}`, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '印发', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '印发公文' });
  await expect(confirm).toContainText(`生成整改事项`);
  await confirm.getByRole('button', { name: '印发', exact: true }).click();
  await expect(confirm).toBeHidden();
  const issued = page.getByRole('dialog', { name: '已印发' });
  await issued.getByRole('button', { name: '确定' }).click();
  await expect(issued).toBeHidden();
  const number = page.getByLabel('文号', { exact: true });
  await expect(number).not.toHaveText('（印发时生成）');
  const id = Number(/#\/documents\/(\d+)/.exec(page.url())?.[1]);
  return { id, number: (await number.textContent()) ?? '' };
}

async function signOutIfSignedIn(page: Page): Promise<void> {
  const lock = page.getByRole('dialog', { name: '已锁定' });
  if (await lock.isVisible()) {
    await lock.getByRole('button', { name: '退出登录' }).click();
    await lock.getByRole('button', { name: '确定退出' }).click();
  } else {
    const out = page.getByRole('button', { name: '退出登录' });
    if (await out.isVisible()) await out.click();
  }
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

/** Signs out whoever is signed in (or the locked window) and signs in as `staff`; 首页 is shown. */
export async function signInAs(page: Page, staff: Staff | 'admin'): Promise<void> {
  await signOutIfSignedIn(page);
  await page.getByLabel('用户名').fill(staff === 'admin' ? ADMIN.username : staff.username);
  await page.getByLabel('密码').fill(staff === 'admin' ? ADMIN.password : PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByLabel('当前用户')).toHaveText(staff === 'admin' ? ADMIN.displayName : staff.displayName);
}

/** Types a date into a labelled date field (its year, then the digits). */
export async function fillDate(scope: Page | Locator, label: string, iso: string): Promise<void> {
  const field = scope.getByRole('group', { name: label, exact: true });
  const year = field.getByRole('spinbutton', { name: '年份' });
  await year.click();
  await expect(year).toBeFocused();
  await field.page().keyboard.type(iso.replace(/-/g, ''));
  await expect(field).toContainText(iso);
}

export const itemHeading = (page: Page): Locator => page.getByRole('heading', { level: 1, name: /^整改事项 ZG-/ });

/** The item's status chip beside its heading. */
export async function expectItemStatus(page: Page, status: string): Promise<void> {
  await expect(itemHeading(page).locator('xpath=following-sibling::*[1]')).toHaveText(status);
}

/** 整改台账 → search (words of the problem) → the row of that number → its page. */
export async function openItem(page: Page, number: string, search: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '整改台账' }).click();
  await expect(page.getByRole('heading', { name: '整改台账', level: 1 })).toBeVisible();
  const q = () => page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('q'));
  // The box follows the address first (a search left from before would drop what is typed).
  await expect.poll(q).toBeNull();
  await page.getByLabel('搜索编号、问题描述、整改措施').fill(search);
  await expect.poll(q).toBe(search);
  const grid = page.getByRole('grid', { name: '整改台账' });
  await expect(grid).toHaveAttribute('aria-rowcount', '2');
  // The page's answer is in (no loading overlay over the rows).
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await grid.getByRole('link', { name: number, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `整改事项 ${number}` })).toBeVisible();
}

/** A dialog opened by its button on the item's page. */
export async function openAction(page: Page, action: string, title = action): Promise<Locator> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function recordProgress(page: Page, text: string, percent: number): Promise<void> {
  const dialog = await openAction(page, '记录进展');
  await dialog.getByLabel('整改进展').fill(text);
  await dialog.getByLabel('完成比例（%）').fill(String(percent));
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

export function textFile(name: string, text: string): UploadFile {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
}

/** 佐证材料 → 材料说明 → 上传佐证材料 (the file chooser); the file is then listed. */
export async function uploadEvidence(page: Page, file: UploadFile, note: string): Promise<void> {
  const section = page.getByRole('region', { name: '佐证材料' });
  await section.getByLabel('材料说明').fill(note);
  await section.getByLabel('选择佐证材料文件').setInputFiles(file);
  await expect(section.getByRole('table', { name: '佐证材料' }).getByRole('row').filter({ hasText: file.name })).toContainText(note);
}

export async function requestAcceptance(page: Page, text: string, files: UploadFile[] = []): Promise<void> {
  const dialog = await openAction(page, '申请验收');
  await dialog.getByLabel('整改完成情况').fill(text);
  if (files.length > 0) await dialog.getByLabel('选择申请验收材料').setInputFiles(files);
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(dialog).toBeHidden();
}

export async function verify(page: Page, passed: boolean, opinion: string): Promise<void> {
  const dialog = await openAction(page, '验收');
  await dialog.getByRole('radiogroup', { name: '验收结论' }).getByRole('radio', { name: passed ? '通过' : '退回整改', exact: true }).check();
  await dialog.getByLabel('验收意见').fill(opinion);
  await dialog.getByRole('button', { name: '提交验收结论' }).click();
  await expect(dialog).toBeHidden();
}

export async function closeItem(page: Page, opinion: string): Promise<void> {
  const dialog = await openAction(page, '销号');
  await dialog.getByLabel('销号意见').fill(opinion);
  await dialog.getByRole('button', { name: '确认销号' }).click();
  await expect(dialog).toBeHidden();
}

export { choose };
