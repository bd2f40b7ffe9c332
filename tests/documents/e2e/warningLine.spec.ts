// A 预警告知书 draft whose first problem was drafted from a 廉情指数 score line (as 预警闭环 drafts
// them): the clerk sees the records behind it as small chips, read only, edits the problem's text
// and saves — the line and its records stay with the problem, shown again after a reload.
import type { Page } from '@playwright/test';
import { expect, test } from '../../helpers/e2e/fixtures.ts';
import { signInAsDemoClerk } from '../../helpers/e2e/helpers.ts';
import { TEST_TODAY, testDay } from '../../helpers/testDate.ts';

const LINE = {
  key: 'participation.tip:信访件:12',
  records: [
    { kind: '信访件', id: 12, label: '信访件 XF-2026-0012' },
    { kind: '信访件', id: 15, label: '信访件 XF-2026-0015' },
  ],
};

/** An operation called as the signed-in page calls it (its host token and session). */
async function call(page: Page, op: string, input: unknown): Promise<unknown> {
  const answer = await page.evaluate(
    async ([o, i]) => {
      const response = await fetch('/api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Lianqing-Token': sessionStorage.getItem('lianqing.hostToken') ?? '' },
        body: JSON.stringify({ op: o, input: i, session: sessionStorage.getItem('lianqing.session') }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [op, input] as const,
  );
  if (!answer.ok) throw new Error(`${op}: ${answer.error?.message ?? '失败'}`);
  return answer.value;
}

test('a problem drafted from a score line shows its records and keeps them when the draft is saved', async ({ page, demoHost }) => {
  test.setTimeout(120_000);
  await signInAsDemoClerk(page, demoHost.url);
  const [unit] = (await call(page, 'units.options', { q: '财政', limit: 5 })) as Array<{ id: number; name: string }>;
  if (!unit) throw new Error('no unit named 财政 in the demo registry');
  const draft = (await call(page, 'docs.createDraft', {
    kind: 'warning',
    fields: {
      title: `关于${unit.name}廉情预警问题的预警告知书`,
      unitId: unit.id,
      recipients: unit.name,
      intro: '根据本季度廉情指数测评结果，你单位存在以下问题：',
      problems: [
        { text: '查实信访举报问题2件。', category: '制度执行', line: LINE },
        { text: '公务接待费用报销凭证不全。', category: '作风纪律' },
      ],
      requirements: '对上述问题逐项建立整改台账。',
      deadline: testDay(30),
      date: TEST_TODAY,
    },
  })) as { id: number };

  await page.evaluate((id) => (location.hash = `#/documents/${id}`), draft.id);
  const form = page.getByRole('form', { name: '预警告知书' });
  const first = form.getByRole('group', { name: '问题1', exact: true });
  const records = first.getByRole('list', { name: '问题1的依据记录' });
  await expect(records.getByRole('listitem')).toHaveText(LINE.records.map((r) => r.label));
  // A typed problem names no records.
  await expect(form.getByRole('group', { name: '问题2', exact: true }).getByRole('list')).toHaveCount(0);

  await first.getByRole('textbox', { name: '问题描述' }).fill('查实信访举报问题2件，均涉及惠农补贴发放。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存')).toBeVisible();
  await page.reload();
  await expect(first.getByRole('textbox', { name: '问题描述' })).toHaveValue('查实信访举报问题2件，均涉及惠农补贴发放。');
  await expect(records.getByRole('listitem')).toHaveText(LINE.records.map((r) => r.label));
  const saved = (await call(page, 'docs.get', { id: draft.id })) as { fields: { problems: Array<{ line?: unknown }> } };
  expect(saved.fields.problems.map((p) => p.line ?? null)).toEqual([LINE, null]);
});
