// On the demo county: the tips dashboard on 首页 (for the administrator and for a leader), and
// 信访统计 — the table with 合计, the chart, and the exported 信访举报统计表 read back.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, expect, login, openPage, test } from '../../helpers/e2e/fixtures.ts';
import { choose } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY, testDay } from '../../helpers/testDate.ts';

/** The demo office's leader (created with the demo data; must change the password first). */
const LEADER = { username: 'lingdao', demoPassword: 'Demo12345', password: 'Lead123456' };

const LISTS = [
  { title: '我的逾期事项', empty: '暂无逾期事项' },
  { title: '即将到期事项', empty: '暂无即将到期事项' },
  { title: '待我办理', empty: '暂无待办事项' },
];

/** The number shown on a figure of the dashboard. */
async function figure(page: Page, title: string): Promise<number> {
  const text = (await page.getByRole('region', { name: title, exact: true }).locator('p').nth(1).textContent()) ?? '';
  return Number(text.replace(/,/g, ''));
}

/** The items of a dashboard list (links to tips; 查看全部 beside the title is not one). */
const itemsOf = (list: Locator): Locator => list.getByRole('list').getByRole('link');

/**
 * Reads a list once it shows its items or says it is empty (on a busy machine it may still be
 * loading), then checks it is as the test expects: with items — each a link to its tip, and not
 * the empty text — or empty, saying so plainly. A list that should have items and shows none fails.
 */
async function expectListShape(list: Locator, empty: string, want: 'items' | 'empty'): Promise<number> {
  const items = itemsOf(list);
  const emptyText = list.getByText(empty, { exact: true });
  await expect(items.first().or(emptyText)).toBeVisible();
  if (want === 'empty') {
    await expect(emptyText).toBeVisible();
    await expect(items).toHaveCount(0);
    return 0;
  }
  // It has shown one or the other: the empty text now means the items are missing.
  expect(await emptyText.count(), `${empty}: the list should have items`).toBe(0);
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(items.nth(i)).toHaveAttribute('href', /^#\/tips\/\d+$/);
  return count;
}

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

/**
 * Seeds, through the API, a lead assigned to the demo leader and due today (so 即将到期 for the
 * leader, whatever the day and the demo's own tips): registered and proposed by a 信访室 account,
 * approved by a second 领导 account, both made for the test. Returns its number.
 */
async function seedLeadDueToday(url: string): Promise<string> {
  const call = hostApi(url);
  const admin = (await call<{ token: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })).token;
  const account = async (username: string, role: string): Promise<string> => {
    await call('users.create', { username, displayName: `测试${role}`, role, password: 'Initial123' }, admin);
    const first = (await call<{ token: string }>('auth.login', { username, password: 'Initial123' })).token;
    await call('auth.changePassword', { oldPassword: 'Initial123', newPassword: 'Seeded123' }, first);
    return first;
  };
  const clerk = await account('e2e-clerk', '信访室');
  const approver = await account('e2e-leader', '领导');
  const leader = (await call<{ rows: Array<{ id: number; username: string }> }>('users.list', { q: LEADER.username }, admin)).rows.find((u) => u.username === LEADER.username);
  if (!leader) throw new Error('no demo leader');
  const person = (await call<{ rows: Array<{ id: number; name: string }> }>('people.list', { pageSize: 1 }, admin)).rows[0];
  if (!person) throw new Error('no person in the demo registry');
  const tip = await call<{ id: number; number: string }>('tips.register', {
    receivedDate: TEST_TODAY, channel: '来信', mode: '匿名', people: [{ personId: person.id, name: person.name }],
    categories: ['廉洁纪律'], summary: '首页即将到期测试件', content: '端到端测试登记的问题线索，时限为今天。',
  }, clerk);
  const proposed = await call<{ version: number }>('tips.propose', {
    id: tip.id, version: 0, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: leader.id, handlingDue: TEST_TODAY,
  }, clerk);
  await call('tips.approve', { id: tip.id, version: proposed.version, approved: true }, approver);
  return tip.number;
}

/** Signs a demo staff member in for the first time (the documented password must be changed first). */
async function signInDemoStaff(page: Page, url: string, who: { username: string; demoPassword: string; password: string }): Promise<void> {
  await page.goto(url);
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();
  await page.getByLabel('原密码').fill(who.demoPassword);
  await page.getByLabel('新密码', { exact: true }).fill(who.password);
  await page.getByLabel('确认新密码').fill(who.password);
  await page.getByRole('button', { name: '修改密码并继续' }).click();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
}

/** The figure beside a list's title (N 项), once the list has loaded. */
async function listFigure(page: Page, title: string): Promise<number> {
  const text = (await page.getByLabel(`${title}件数`).textContent()) ?? '';
  const m = /^(\d+) 项$/.exec(text);
  if (!m) throw new Error(`${title}: no figure in "${text}"`);
  return Number(m[1]);
}

test('信访室: each list’s figure is the real number, and 查看全部 opens the ledger with exactly that total', async ({ page, demoHost }) => {
  await signInDemoStaff(page, demoHost.url, { username: 'xinfang', demoPassword: LEADER.demoPassword, password: 'Xinfang12345' });
  const section = page.getByRole('region', { name: '信访举报', exact: true });
  await expect(section.getByLabel('待我办理件数')).toBeVisible();
  const awaiting = await listFigure(page, '待我办理');
  // More wait than the list shows: the figure is the number, not the length of the list.
  expect(awaiting).toBeGreaterThan(20);
  await expect(itemsOf(section.getByRole('region', { name: '待我办理' }))).toHaveCount(20);
  let opened = 0;
  for (const { title } of LISTS) {
    const n = await listFigure(page, title);
    if (n === 0) {
      await expect(section.getByRole('link', { name: `查看全部${title}` })).toHaveCount(0);
      continue;
    }
    await section.getByRole('link', { name: `查看全部${title}` }).click();
    await expect(page.getByRole('heading', { name: '问题线索台账', level: 1 })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '我的' })).toHaveText('待我办理');
    await expect(page.getByRole('status', { name: '符合条件的件数' })).toHaveText(`共 ${n} 件`);
    opened++;
    await page.goBack();
    await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
  }
  expect(opened).toBeGreaterThan(0);
});

test('首页 shows the tips dashboard: figures, three lists, links to the tips', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  const section = page.getByRole('region', { name: '信访举报', exact: true });
  await expect(section).toBeVisible();
  for (const title of ['在办', '逾期', '即将到期', '本年受理']) await expect(section.getByRole('region', { name: title, exact: true })).toBeVisible();
  expect(await figure(page, '在办')).toBeGreaterThan(0);
  expect(await figure(page, '逾期')).toBeGreaterThan(0);
  // The administrator handles no tips: the lists say so plainly.
  for (const { title, empty } of LISTS) await expectListShape(section.getByRole('region', { name: title }), empty, 'empty');
  // The registry figures are still there below.
  await expect(page.getByRole('region', { name: '单位总数' })).toContainText('200');

  // The 逾期 figure leads to the ledger.
  await section.getByRole('link', { name: '查看逾期件' }).click();
  await expect(page.getByRole('heading', { name: '问题线索台账', level: 1 })).toBeVisible();
});

test('a leader sees what waits for approval, what is overdue and what is due soon, and opens a tip from there', async ({ page, demoHost }) => {
  const dueToday = await seedLeadDueToday(demoHost.url);
  await signInDemoStaff(page, demoHost.url, LEADER);

  const section = page.getByRole('region', { name: '信访举报', exact: true });
  const overdue = section.getByRole('region', { name: '我的逾期事项' });
  await expectListShape(overdue, '暂无逾期事项', 'items');
  await expect(itemsOf(overdue).first().getByText('逾期', { exact: true })).toBeVisible();

  const awaiting = section.getByRole('region', { name: '待我办理' });
  await expectListShape(awaiting, '暂无待办事项', 'items');
  await expect(itemsOf(awaiting).filter({ hasText: '待审批' }).first()).toBeVisible();
  // The lead seeded for today is due soon for the leader (it is theirs to conclude, so it waits for them too).
  const dueSoon = section.getByRole('region', { name: '即将到期事项' });
  await expectListShape(dueSoon, '暂无即将到期事项', 'items');
  const seeded = itemsOf(dueSoon).filter({ hasText: dueToday });
  await expect(seeded).toHaveCount(1);
  await expect(seeded).toContainText('首页即将到期测试件');
  await expect(seeded.getByText('即将到期', { exact: true })).toBeVisible();
  await expect(itemsOf(awaiting).filter({ hasText: dueToday })).toContainText('待办结');

  const first = itemsOf(awaiting).first();
  const number = (await first.locator('span').first().textContent()) ?? '';
  expect(number).toMatch(/^XF-\d{4}-\d{4}$/);
  await first.click();
  await expect(page).toHaveURL(/#\/tips\/\d+$/);
  await expect(page.getByRole('heading', { name: `信访件 ${number}`, level: 1 })).toBeVisible();
});

test('信访统计: table with 合计, chart, other periods and items, and the Excel export', async ({ page, demoHost }) => {
  await login(page, demoHost.url);
  await openPage(page, '信访统计');
  await expect(page.getByRole('combobox', { name: '年度' })).toHaveText(`${TEST_TODAY.slice(0, 4)}年`);
  // The demo holds the tips of the year before today: take a year well inside it.
  const year = Number(testDay(-60).slice(0, 4));
  await choose(page, '年度', `${year}年`);
  // Read the table only once it shows the chosen year (it is counted anew on every choice).
  await expect(page.getByText(`${year}年信访举报来源渠道统计（按月`)).toBeVisible();

  const table = page.getByRole('table', { name: '信访举报统计表' });
  const header = table.getByRole('row').first();
  await expect(header.getByRole('columnheader')).toHaveText(['来源渠道', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '合计']);
  const totalRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '合计', exact: true }) });
  await expect(totalRow).toHaveCount(1);
  const grandTotal = Number(await totalRow.getByRole('cell').last().textContent());
  expect(grandTotal).toBeGreaterThan(0);

  // Each row's 合计 is the sum of its months; the 合计 row is the sum of the rows.
  const rows = table.getByRole('row');
  let sumOfRows = 0;
  for (let i = 1; i < (await rows.count()) - 1; i++) {
    const cells = (await rows.nth(i).getByRole('cell').allTextContents()).map(Number);
    const total = cells.pop() ?? NaN;
    expect(cells.reduce((a, b) => a + b, 0)).toBe(total);
    sumOfRows += total;
  }
  expect(sumOfRows).toBe(grandTotal);
  await expect(page.getByText(/重复件不重复统计.*未计入上表/)).toBeVisible();
  await expect(page.getByRole('img', { name: `${year}年信访举报来源渠道统计图` }).locator('svg')).toBeVisible();

  await choose(page, '统计周期', '按季度');
  await expect(header.getByRole('columnheader')).toHaveText(['来源渠道', '一季度', '二季度', '三季度', '四季度', '合计']);
  await expect(totalRow.getByRole('cell').last()).toHaveText(String(grandTotal));

  await choose(page, '统计项目', '处置方式');
  await expect(header.getByRole('columnheader').first()).toHaveText('处置方式');
  await expect(table).toContainText('谈话函询');
  await expect(totalRow.getByRole('cell').last()).toHaveText(String(grandTotal));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出统计表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^信访举报统计表.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['来源渠道', '问题类别', '处置方式', '办理结果', '处理']);
  const sheet = workbook.getWorksheet('来源渠道');
  if (!sheet) throw new Error('no 来源渠道 sheet');
  expect(sheet.getCell('A1').text).toContain('信访举报统计表');
  expect(sheet.getCell('A1').text).toContain(String(year));
  let sheetTotal: number | null = null;
  sheet.eachRow((row) => {
    if (row.getCell(1).text === '合计') sheetTotal = Number(row.getCell(14).value);
  });
  expect(sheetTotal).toBe(grandTotal);
});
