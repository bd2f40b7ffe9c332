// 首页's figures tell the truth on the demo office: each list's figure (待我办理, 我的逾期事项,
// 即将到期事项) is the ledger's total under the filter its 查看全部 opens, for every role, and the
// list shows that ledger's first items; 待我办理 follows the role (shared/tips/flow.ts waitingFor).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, setupAdmin, type TestEnv } from '../../helpers/services.ts';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from '../../../electron/services/tips/demo/demoTips.ts';
import { DASHBOARD_FILTERS, DASHBOARD_LISTS } from '../../../shared/tips/dashboard.ts';

let env: TestEnv;
const tokens = new Map<string, string>();
const ids = (sql: string, ...params: unknown[]) => (env.db.prepare(sql).all(...params) as Array<{ id: number }>).map((r) => r.id).sort((a, b) => a - b);

beforeAll(async () => {
  env = makeEnv();
  await setupAdmin(env, true);
  for (const s of DEMO_STAFF) {
    const first = (await ok(env, 'auth.login', { username: s.username, password: DEMO_STAFF_PASSWORD }, null)).token;
    await ok(env, 'auth.changePassword', { oldPassword: DEMO_STAFF_PASSWORD, newPassword: 'Changed1234' }, first);
    tokens.set(s.username, first);
  }
}, 120_000);
afterAll(() => env.close());

/** Every id of the ledger under these filters (all pages). */
async function ledgerIds(token: string, filters: Record<string, unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let page = 0; ; page++) {
    const p = await ok(env, 'tips.list', { ...filters, page, pageSize: 100 } as never, token);
    out.push(...p.rows.map((r) => r.id));
    if (p.rows.length < 100) return out.sort((a, b) => a - b);
  }
}

describe('首页 figures equal the ledger totals of their 查看全部', () => {
  for (const s of DEMO_STAFF) {
    it(`for ${s.role} (${s.username})`, async () => {
      const token = tokens.get(s.username) as string;
      const dash = await ok(env, 'tips.dashboard', {}, token);
      for (const list of DASHBOARD_LISTS) {
        const ledger = await ok(env, 'tips.list', { ...DASHBOARD_FILTERS[list], sortField: 'dueDate', sortDir: 'asc', pageSize: 20 }, token);
        expect(ledger.totalCapped, list).toBe(false);
        expect(dash.totals[list], list).toBe(ledger.total);
        expect(dash[list].map((t) => t.id), list).toEqual(ledger.rows.map((r) => r.id));
      }
    });
  }

  it('信访室 sees every tip waiting at 待拟办, 待反馈 or 待归档 and its own leads in 承办中 — more than the 20 listed', async () => {
    const token = tokens.get('xinfang') as string;
    const me = (env.db.prepare("SELECT id FROM users WHERE username = 'xinfang'").get() as { id: number }).id;
    const expected = ids("SELECT id FROM tips WHERE status IN ('待拟办', '待反馈', '待归档') OR (status = '承办中' AND handler_user_id = ?)", me);
    expect(expected.length).toBeGreaterThan(20);
    expect(await ledgerIds(token, { mine: '待我办理' })).toEqual(expected);
    const dash = await ok(env, 'tips.dashboard', {}, token);
    expect(dash.totals.awaitingMe).toBe(expected.length);
    expect(dash.awaitingMe).toHaveLength(20);
  });

  it('a leader: 待审批, leads in 承办中 with an extension request waiting, and the leader’s own leads', async () => {
    const token = tokens.get('lingdao') as string;
    const me = (env.db.prepare("SELECT id FROM users WHERE username = 'lingdao'").get() as { id: number }).id;
    const withRequest = ids("SELECT DISTINCT t.id FROM tips t JOIN tip_extensions e ON e.tip_id = t.id WHERE e.state = '待审批' AND t.status = '承办中'");
    expect(withRequest.length).toBeGreaterThan(0);
    const expected = ids(
      "SELECT id FROM tips WHERE status = '待审批' OR (status = '承办中' AND handler_user_id = ?) OR id IN (SELECT tip_id FROM tip_extensions WHERE state = '待审批') AND status = '承办中'",
      me,
    );
    expect(await ledgerIds(token, { mine: '待我办理' })).toEqual(expected);
    const dash = await ok(env, 'tips.dashboard', {}, token);
    const asked = dash.awaitingMe.filter((t) => t.extensionId !== null);
    for (const t of asked) expect(t.action).toMatch(/^延期申请待审批（至 \d{4}-\d{2}-\d{2}）$/);
    expect(asked.every((t) => withRequest.includes(t.id))).toBe(true);
  });

  it('a handler (监督检查室): the leads in 承办中 assigned to them; 我承办的 is every lead assigned to them', async () => {
    const token = tokens.get('jiancha') as string;
    const me = (env.db.prepare("SELECT id FROM users WHERE username = 'jiancha'").get() as { id: number }).id;
    expect(await ledgerIds(token, { mine: '待我办理' })).toEqual(ids("SELECT id FROM tips WHERE status = '承办中' AND handler_user_id = ?", me));
    const assigned = ids('SELECT id FROM tips WHERE handler_user_id = ?', me);
    expect(assigned.length).toBeGreaterThan(0);
    expect(await ledgerIds(token, { mine: '我承办的' })).toEqual(assigned);
  });

  it('the read-only role has nothing waiting: its lists and 我的 are empty, not refused', async () => {
    const token = tokens.get('chayue') as string;
    const dash = await ok(env, 'tips.dashboard', {}, token);
    expect(dash.totals).toEqual({ myOverdue: 0, dueSoon: 0, awaitingMe: 0 });
    expect((await send(env, 'tips.list', { mine: '待我办理' }, token)).ok).toBe(true);
  });
});
