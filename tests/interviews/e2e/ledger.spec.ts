// 谈话函询登记 as the office uses it: a talk registered through 登记谈话 (the dialog asks for a second
// interviewer before it saves), found in the register by its search and filters, on 首页 among
// 我的近期谈话, and the register exported and read back; 约谈提醒 from 整改台账's 需督办 list opens
// 登记谈话 filled in for the item; 人员管理's 处理记录 lists a person's discipline events.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { INTERVIEW_EXPORT_COLUMNS } from '../../../shared/interviews/index.ts';
import { expect, login, test } from '../../helpers/e2e/fixtures.ts';
import { expectAccessible } from '../../helpers/e2e/axe.ts';
import { choose, gridTotal } from '../../helpers/e2e/helpers.ts';
import { testDay } from '../../helpers/testDate.ts';
import { fillDate, INSPECTOR, INSPECTOR2, readyOffice, signInAs, somePerson, type SomePerson } from './ledgerSteps.ts';

async function openLedger(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '谈话函询' }).click();
  await expect(page.getByRole('heading', { name: '谈话函询登记', level: 1 })).toBeVisible();
}

/** A filter of the register by its exact label (类别 beside 谈话类别). */
async function filterBy(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('search').getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('search').getByRole('combobox', { name: label, exact: true })).toHaveText(option);
}

async function pickPerson(page: Page, person: SomePerson): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: '谈话（函询）对象' }).fill(person.name);
  await page.getByRole('option').filter({ hasText: person.name }).filter({ hasText: person.unitName }).first().click();
  await expect(dialog.getByRole('combobox', { name: '谈话（函询）对象' })).toHaveValue(person.name);
}

async function pickInterviewer(page: Page, name: string): Promise<void> {
  await page.getByRole('dialog').getByRole('combobox', { name: '谈话人' }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

test('登记谈话: two interviewers asked for, the talk found in 谈话函询登记 and on 首页, the register exported', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const office = await readyOffice(demoHost.url);
  const person = await somePerson(office);
  await login(page, demoHost.url);
  await signInAs(page, INSPECTOR);
  await openLedger(page);

  await page.getByRole('button', { name: '登记谈话' }).click();
  const dialog = page.getByRole('dialog', { name: '登记谈话' });
  await expect(dialog.getByRole('combobox', { name: '谈话类别' })).toBeFocused();
  await expectAccessible(page, '登记谈话');
  await choose(dialog, '谈话类别', '廉政谈话');
  await pickPerson(page, person);
  await expect(dialog.getByRole('textbox', { name: '职务' })).toHaveValue(person.post);
  await choose(dialog, '事由类型', '其他');
  await dialog.getByRole('textbox', { name: '事由', exact: true }).fill('年度廉政谈话（登记测试）');
  await fillDate(dialog, '计划日期', testDay(1));
  await dialog.getByRole('textbox', { name: '计划时间' }).fill('09:30');
  await dialog.getByRole('textbox', { name: '地点' }).fill('第一谈话室');
  await pickInterviewer(page, INSPECTOR.displayName);
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog.getByText('谈话人应至少2人').first()).toBeVisible();
  await pickInterviewer(page, INSPECTOR2.displayName);
  await expect(dialog.getByText('谈话人应至少2人')).toHaveCount(0);
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/interviews\/\d+/);
  const id = Number(/#\/interviews\/(\d+)/.exec(page.url())?.[1]);
  const made = await office.call<{ number: string; talkType: string; interviewers: Array<{ name: string }>; place: string }>(
    'interviews.get', { id }, office.session,
  );
  expect(made.talkType).toBe('廉政谈话');
  expect(made.interviewers.map((u) => u.name).sort()).toEqual([INSPECTOR.displayName, INSPECTOR2.displayName].sort());
  expect(made.place).toBe('第一谈话室');

  // Found by its number; the filters narrow the list as they say.
  await openLedger(page);
  await page.getByRole('searchbox', { name: '搜索编号、对象、事由、地点' }).fill(made.number);
  const list = page.getByRole('grid', { name: '谈话函询登记' });
  const row = list.getByRole('row').filter({ hasText: made.number });
  // The search's own answer (the newest talk also heads the list before it): one record found.
  await expect.poll(() => gridTotal(page)).toBe(1);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(person.name);
  await expect(row).toContainText('廉政谈话');
  await expect(row).toContainText('待谈话');
  await expect(list.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page, '谈话函询登记');
  await filterBy(page, '类别', '函询');
  await expect(row).toHaveCount(0);
  await filterBy(page, '类别', '谈话');
  await filterBy(page, '我参加的', '我参加的');
  await expect(row).toHaveCount(1);

  // The register exported under the same filters and read back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await (await downloading).path()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet in the export');
  let headerRow = 0;
  sheet.eachRow((r, n) => {
    if (headerRow === 0 && r.getCell(1).text === '序号') headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(0);
  const header = (sheet.getRow(headerRow).values as unknown[]).slice(1).map(String);
  expect(header).toEqual([...INTERVIEW_EXPORT_COLUMNS]);
  const col = (name: (typeof INTERVIEW_EXPORT_COLUMNS)[number]) => header.indexOf(name) + 1;
  const rows = Array.from({ length: sheet.rowCount - headerRow }, (_, i) => sheet.getRow(headerRow + 1 + i));
  expect(rows).toHaveLength(1);
  const [only] = rows as [ExcelJS.Row];
  expect(only.getCell(col('编号')).text).toBe(made.number);
  expect(only.getCell(col('谈话（函询）对象')).text).toBe(person.name);
  expect(only.getCell(col('类别')).text).toContain('廉政谈话');
  expect(only.getCell(col('地点')).text).toBe('第一谈话室');

  // 首页: among the inspector's coming talks; 查看全部 opens the register under that list's filter.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
  const mine = page.getByRole('region', { name: '我的近期谈话' });
  await expect(mine).toContainText(made.number);
  await mine.getByRole('link', { name: '查看全部我的近期谈话' }).click();
  await expect(page.getByRole('heading', { name: '谈话函询登记', level: 1 })).toBeVisible();
  await expect(page.getByRole('grid', { name: '谈话函询登记' }).getByRole('row').filter({ hasText: made.number })).toHaveCount(1);
});

test('约谈提醒 on 整改台账\'s 需督办 list: 登记谈话 opens filled in for the item; 登记函询 asks for the tip; 人员管理 shows 处理记录', async ({ page, demoHost }) => {
  test.setTimeout(180_000);
  const office = await readyOffice(demoHost.url);
  const supervise = await office.call<{ total: number; rows: Array<{ id: number; number: string }> }>(
    'rect.list', { due: '需督办', page: 0, pageSize: 25, sortField: 'deadline', sortDir: 'asc' }, office.session,
  );
  expect(supervise.total).toBeGreaterThan(0);
  await login(page, demoHost.url);
  await signInAs(page, INSPECTOR);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '整改台账' }).click();
  await expect(page.getByRole('heading', { name: '整改台账', level: 1 })).toBeVisible();
  await choose(page, '时限', '需督办');
  const list = page.getByRole('grid', { name: '整改台账' });
  const first = supervise.rows[0] as { id: number; number: string };
  const row = list.getByRole('row').filter({ hasText: first.number });
  await row.getByRole('button', { name: '约谈提醒' }).click();
  const dialog = page.getByRole('dialog', { name: '登记谈话' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: '谈话类别' })).toHaveText('提醒谈话');
  await expect(dialog.getByRole('combobox', { name: '事由类型' })).toHaveText('整改事项');
  await expect(dialog.getByRole('combobox', { name: '整改事项' })).toHaveValue(first.number);
  await expect(dialog.getByRole('combobox', { name: '谈话（函询）对象' })).not.toHaveValue('');
  await fillDate(dialog, '计划日期', testDay(2));
  await pickInterviewer(page, INSPECTOR.displayName);
  await pickInterviewer(page, INSPECTOR2.displayName);
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(page).toHaveURL(/#\/interviews\/\d+/);
  const id = Number(/#\/interviews\/(\d+)/.exec(page.url())?.[1]);
  const made = await office.call<{ talkType: string; cause: { kind: string; rectItemId: number | null }; personName: string }>(
    'interviews.get', { id }, office.session,
  );
  expect(made.talkType).toBe('提醒谈话');
  expect(made.cause).toMatchObject({ kind: '整改事项', rectItemId: first.id });

  // 登记函询 has no 谈话类别 nor interviewers; a 信访件 cause asks for the tip itself.
  await openLedger(page);
  await page.getByRole('button', { name: '登记函询' }).click();
  const letter = page.getByRole('dialog', { name: '登记函询' });
  await expect(letter.getByRole('combobox', { name: '谈话（函询）对象' })).toBeVisible();
  await expect(letter.getByRole('combobox', { name: '谈话类别' })).toHaveCount(0);
  await expect(letter.getByRole('combobox', { name: '谈话人' })).toHaveCount(0);
  await choose(letter, '事由类型', '信访件');
  await letter.getByRole('button', { name: '登记' }).click();
  await expect(letter.getByText('请选择信访件').first()).toBeVisible();
  await letter.getByRole('button', { name: '取消' }).click();
  await page.getByRole('dialog', { name: '放弃修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(letter).toBeHidden();

  // 人员管理 → the person's 处理记录 (from every source; the dialog lists them or says there are none).
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '人员管理' }).click();
  await page.getByRole('searchbox', { name: '搜索姓名' }).fill(made.personName);
  const people = page.getByRole('grid', { name: '人员列表' });
  await people.getByRole('row').filter({ hasText: made.personName }).first().getByRole('button', { name: '处理记录' }).click();
  const events = page.getByRole('dialog', { name: `${made.personName}的处理记录` });
  await expect(events.getByRole('table', { name: '处理记录' }).or(events.getByText('没有处理记录。'))).toBeVisible();
  await events.getByRole('button', { name: '关闭' }).click();
  await expect(events).toBeHidden();
});
