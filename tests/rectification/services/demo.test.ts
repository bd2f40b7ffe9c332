// The demo office's rectification: a year of 预警告知书 and 问题清单 run through the real operations
// after the demo's commit, items in every state (逾期 and 需督办, 即将到期, 延期 approved, refused and
// pending, 退回整改, 屡查屡犯, 销号 on time and late), each step on its own past working day, by the
// staff the rules allow; the plan is deterministic and looks the same on whatever day it is made.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeEnv, ok, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { officeInstant } from '../../helpers/testDate.ts';
import { makeDemoData } from '../../../electron/services/registry/demo/demoData.ts';
import { planDemoRectification, type DemoRectOptions } from '../../../electron/services/rectification/demo/demoRectification.ts';
import { DEMO_STAFF } from '../../../electron/services/tips/demo/demoTips.ts';
import { frozenFileProblems } from '../../../db/repos/documents/index.ts';
import { calendarTable } from '../../../db/repos/core/index.ts';
import { addDays, WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { dateInZone, DEFAULT_OFFICE_TIME_ZONE } from '../../../shared/kernel/dates.ts';
import { RECT_SOURCES, RECT_STATUSES, superviseCutoff } from '../../../shared/rectification/index.ts';

function planOptions(today: string, calendar = new WorkCalendar({})): DemoRectOptions {
  const data = makeDemoData();
  const ids = new Map(data.units.map((u, i) => [u.key, i + 1]));
  const units = data.units.map((u, i) => ({ id: i + 1, name: u.name, type: u.type, parentId: u.parentKey === null ? null : (ids.get(u.parentKey) ?? null) }));
  const people = data.people.map((p, i) => {
    const unitId = ids.get(p.unitKey) as number;
    return { id: i + 1, name: p.name, unitId, unitName: units[unitId - 1]?.name ?? '', unitType: units[unitId - 1]?.type ?? '', post: p.post, category: p.category };
  });
  return { today, units, people, calendar };
}

const name = (key: string) => DEMO_STAFF.find((s) => s.key === key)?.displayName ?? key;

/** A notice drafted from a published 廉情指数 result by the closed loop's part of the demo. */
const FROM_INDEX = "ifnull(source_type, '') = 'consequence'";

describe('planDemoRectification', () => {
  it.each(['2026-11-21', '2027-01-04', '2026-03-02'])('on %s: deterministic, chronological, on working days in office hours before today', (today) => {
    const calendar = new WorkCalendar({});
    const a = planDemoRectification(planOptions(today, calendar));
    expect(JSON.stringify(planDemoRectification(planOptions(today, calendar)))).toBe(JSON.stringify(a));
    expect(a.notices).toBe(8);
    expect(a.items).toBeGreaterThanOrEqual(36);
    let previous = '';
    for (const e of a.events) {
      const moment = `${e.at.date} ${String(e.at.minute).padStart(4, '0')}`;
      expect(moment > previous).toBe(true);
      previous = moment;
      expect(e.at.date < today).toBe(true);
      expect(e.at.date >= addDays(today, -366)).toBe(true);
      expect(calendar.isWorkday(e.at.date)).toBe(true);
      expect(e.at.minute).toBeGreaterThanOrEqual(9 * 60);
      expect(e.at.minute).toBeLessThan(17 * 60);
      // A 预警告知书's 成文日期 is the day it is issued (so in the year of its 文号).
      if (e.act.kind === 'draftWarning' && e.act.input.kind === 'warning') expect(e.act.input.fields.date).toBe(e.at.date);
    }
    // The same story whatever the day: each item's steps, moved with it.
    const story = (plan: typeof a) => {
      const steps = new Map<string, string[]>();
      for (const e of plan.events) {
        const key = 'key' in e.act ? e.act.key : 'notice' in e.act ? `notice ${e.act.notice}` : e.act.kind === 'liaison' ? `liaison ${e.act.liaison}` : e.act.items.map((i) => i.key).join(' ');
        steps.set(key, [...(steps.get(key) ?? []), `${e.actor} ${e.act.kind}`]);
      }
      return [...steps].sort(([x], [y]) => (x < y ? -1 : 1));
    };
    expect(story(planDemoRectification(planOptions(addDays(today, 37), calendar)))).toEqual(story(a));
  });
});

describe.each(['2027-01-04', '2026-11-21'])('the demo office on %s', (day) => {
  let env: TestEnv;
  let admin: string;
  let loadMs: number;
  const errors: string[] = [];
  const n = (sql: string, ...params: unknown[]) => (env.db.prepare(sql).get(...params) as { n: number }).n;

  beforeAll(async () => {
    env = makeEnv(officeInstant(day).toISOString());
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
    const start = performance.now();
    try {
      admin = await setupAdmin(env, true);
    } finally {
      spy.mockRestore();
    }
    loadMs = performance.now() - start;
  }, 120_000);
  afterAll(() => env.close());

  it('runs the whole plan: no follow-up failed, every planned item and notice is there', () => {
    expect(errors).toEqual([]);
    const plan = planDemoRectification({ ...planOptions(day), calendar: new WorkCalendar(calendarTable(env.db)) });
    // The closed loop's part issues the red quarters' notices after this plan (tests/consequences/services/demo.test.ts).
    expect(n(`SELECT count(*) AS n FROM rect_items WHERE document_id IS NULL OR document_id NOT IN (SELECT id FROM documents WHERE ${FROM_INDEX})`)).toBe(plan.items);
    expect(n(`SELECT count(*) AS n FROM documents WHERE kind = 'warning' AND status = 'issued' AND NOT (${FROM_INDEX})`)).toBe(plan.notices);
    expect(n("SELECT count(*) AS n FROM audit WHERE op = 'auth.setupAdmin' AND entity = 'demo' AND summary LIKE '%\"notices\":8%'")).toBe(1);
    expect(loadMs).toBeLessThan(60_000);
  });

  it('has items in every status, overdue (one needing 督办), due soon, late and on time', () => {
    for (const status of RECT_STATUSES) expect(n('SELECT count(*) AS n FROM rect_items WHERE status = ?', status), status).toBeGreaterThan(0);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE status = '未启动' AND deadline < ?", day)).toBeGreaterThan(0);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE status <> '已销号' AND deadline < ?", day)).toBeGreaterThanOrEqual(3);
    const cutoff = superviseCutoff(new WorkCalendar(calendarTable(env.db)), day, 15);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE status <> '已销号' AND deadline <= ?", cutoff)).toBeGreaterThan(0);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE status <> '已销号' AND deadline >= ? AND deadline <= ?", day, addDays(day, 7))).toBeGreaterThanOrEqual(2);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE status = '已销号' AND closed_on > deadline")).toBeGreaterThanOrEqual(2);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE status = '已销号' AND closed_on <= deadline")).toBeGreaterThanOrEqual(5);
    // Verified, waiting for a leader's 销号.
    expect(n("SELECT count(*) AS n FROM rect_items WHERE status = '待验收' AND verified = 1")).toBeGreaterThan(0);
  });

  it('fills 首页’s lists and the 整改台账 as a leader sees them', async () => {
    const leader = await userWithRole(env, '领导', `leader${day.replaceAll('-', '')}`);
    const home = await ok(env, 'rect.dashboard', {}, leader);
    expect(home.scope).toBe('全部单位');
    expect(home.totals.overdue).toBeGreaterThanOrEqual(3);
    expect(home.totals.supervise).toBeGreaterThanOrEqual(1);
    expect(home.totals.dueSoon).toBeGreaterThanOrEqual(2);
    for (const status of RECT_STATUSES) expect((await ok(env, 'rect.list', { status, pageSize: 1 }, leader)).total, status).toBeGreaterThan(0);
    expect((await ok(env, 'rect.list', { recurrence: true, pageSize: 1 }, leader)).total).toBe(1);
    const bySource = await ok(env, 'rect.summary', { by: 'source' }, leader);
    expect(bySource.map((r) => r.key).sort()).toEqual(RECT_SOURCES.filter((s) => s !== '其他').sort());
    const sum = (k: 'closedOnTime' | 'closedLate' | 'extended') => bySource.reduce((n, r) => n + r[k], 0);
    expect(sum('closedOnTime')).toBeGreaterThanOrEqual(5);
    expect(sum('closedLate')).toBeGreaterThanOrEqual(2);
    expect(sum('extended')).toBeGreaterThanOrEqual(2);
  });

  it('gives the towns, villages and departments with items their 联系干部: jiancha one town’s, jiancha2 the others’', () => {
    const liaison = (username: string) => n('SELECT count(*) AS n FROM units u JOIN users x ON x.id = u.liaison_user_id WHERE x.username = ?', username);
    expect(liaison('jiancha')).toBeGreaterThanOrEqual(4);
    expect(liaison('jiancha2')).toBeGreaterThan(liaison('jiancha'));
    expect(n("SELECT count(*) AS n FROM units WHERE type IN ('镇（街道）', '行政村', '社区') AND liaison_user_id IS NULL")).toBe(0);
    expect(n("SELECT count(*) AS n FROM rect_items r JOIN units u ON u.id = r.unit_id WHERE r.source <> '信访核查' AND u.liaison_user_id IS NULL")).toBe(0);
    // Each records the progress of his own units.
    const writers = env.db
      .prepare("SELECT DISTINCT e.by_user AS byUser, u.liaison_user_id AS liaison FROM rect_events e JOIN rect_items r ON r.id = e.item_id JOIN units u ON u.id = r.unit_id WHERE e.kind = '进展' AND r.source <> '信访核查'")
      .all() as Array<{ byUser: number; liaison: number }>;
    for (const w of writers) expect(w.byUser).toBe(w.liaison);
  });

  it('has extensions approved, refused and pending, 退回整改 re-applied and passed, a recurrence', () => {
    expect(n("SELECT count(*) AS n FROM rect_extensions WHERE state = '已批准'")).toBeGreaterThanOrEqual(2);
    expect(n("SELECT count(*) AS n FROM rect_extensions WHERE state = '不批准'")).toBeGreaterThanOrEqual(1);
    expect(n("SELECT count(*) AS n FROM rect_extensions WHERE state = '待审批'")).toBeGreaterThanOrEqual(1);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE deadline <> deadline_original")).toBeGreaterThanOrEqual(2);
    expect(n("SELECT count(DISTINCT item_id) AS n FROM rect_events WHERE kind = '退回整改'")).toBeGreaterThanOrEqual(3);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE status = '已销号' AND id IN (SELECT item_id FROM rect_events WHERE kind = '退回整改')")).toBeGreaterThanOrEqual(2);
    const recurrences = env.db
      .prepare('SELECT r.unit_id AS unit, o.unit_id AS oldUnit, r.created_on AS created, o.closed_on AS oldClosed, o.status AS oldStatus FROM rect_items r JOIN rect_items o ON o.id = r.recurrence_of')
      .all() as Array<{ unit: number; oldUnit: number; created: string; oldClosed: string; oldStatus: string }>;
    expect(recurrences.length).toBeGreaterThan(0);
    for (const r of recurrences) {
      expect(r.oldStatus).toBe('已销号');
      expect(r.unit).toBe(r.oldUnit);
      expect(r.oldClosed < r.created).toBe(true);
    }
  });

  it('closes only after a passed check by another member of staff than the 申请验收 recorder, by a leader', () => {
    const closed = env.db.prepare("SELECT id FROM rect_items WHERE status = '已销号'").all() as Array<{ id: number }>;
    expect(closed.length).toBeGreaterThan(10);
    const events = env.db.prepare('SELECT kind, by_user AS byUser, by_name AS byName, on_date AS date FROM rect_events WHERE item_id = ? ORDER BY id');
    for (const { id } of closed) {
      const list = events.all(id) as Array<{ kind: string; byUser: number; byName: string; date: string }>;
      const closeAt = list.findIndex((e) => e.kind === '销号');
      const check = list.slice(0, closeAt).findLast((e) => e.kind === '验收通过');
      const applied = list.slice(0, closeAt).findLast((e) => e.kind === '申请验收');
      expect(check && applied).toBeTruthy();
      expect(check?.byUser).not.toBe(applied?.byUser);
      expect([applied?.byName, check?.byName, list[closeAt]?.byName]).toEqual([name('jiancha'), name('jiancha2'), name('lingdao')]);
      expect((applied?.date ?? '') <= (check?.date ?? '')).toBe(true);
      expect((check?.date ?? '') <= (list[closeAt]?.date ?? '')).toBe(true);
    }
    expect(n("SELECT count(*) AS n FROM rect_events WHERE kind = '销号' AND data NOT LIKE '%evidenceHashes%'")).toBe(0);
  });

  it('keeps each item’s history in order, every step before now and dated the day it was taken', () => {
    const now = env.clock.now().toISOString();
    const rows = env.db.prepare('SELECT item_id AS item, on_date AS date, at FROM rect_events ORDER BY item_id, id').all() as Array<{ item: number; date: string; at: string }>;
    expect(rows.length).toBeGreaterThan(150);
    let last = { item: 0, at: '', date: '' };
    for (const r of rows) {
      expect(r.at < now).toBe(true);
      expect(r.date < day).toBe(true);
      expect(r.date <= dateInZone(new Date(r.at), DEFAULT_OFFICE_TIME_ZONE)).toBe(true);
      if (r.item === last.item) {
        expect(r.at >= last.at).toBe(true);
        expect(r.date >= last.date).toBe(true);
      }
      last = r;
    }
    expect(n('SELECT count(*) AS n FROM rect_items WHERE created_on >= ?', day)).toBe(0);
    expect(n('SELECT count(*) AS n FROM rect_files WHERE added_at >= ?', now)).toBe(0);
  });

  it('issues the notices in date order, each with its items and their link; records reports against them', async () => {
    const notices = env.db
      .prepare(`SELECT id, number, doc_date AS date, serial, year FROM documents WHERE kind = 'warning' AND status = 'issued' AND NOT (${FROM_INDEX}) ORDER BY issued_at`)
      .all() as Array<{ id: number; number: string; date: string; serial: number; year: number }>;
    expect(notices).toHaveLength(8);
    let previous = '';
    for (const doc of notices) {
      expect(doc.date >= previous).toBe(true);
      previous = doc.date;
      expect(doc.year).toBe(Number(doc.date.slice(0, 4)));
      const view = await ok(env, 'rect.notice', { documentId: doc.id }, admin);
      expect(view.items.length).toBeGreaterThanOrEqual(2);
      for (const item of view.items) {
        expect(item.source).toBe('预警告知书');
        expect(item.sourceDocument?.number).toBe(doc.number);
      }
    }
    const years = env.db.prepare("SELECT year, count(*) AS n, min(serial) AS lo, max(serial) AS hi FROM documents WHERE kind = 'warning' AND status = 'issued' GROUP BY year").all() as Array<{ n: number; lo: number; hi: number }>;
    for (const y of years) expect([y.lo, y.hi]).toEqual([1, y.n]);
    expect(n('SELECT count(*) AS n FROM rect_notice_reports')).toBeGreaterThanOrEqual(1);
  });

  it('has every source, the 信访核查 item linked to a substantiated tip, measures with owners', async () => {
    for (const source of ['预警告知书', '巡察反馈', '审计发现', '信访核查', '民主生活会', '专项检查']) {
      expect(n('SELECT count(*) AS n FROM rect_items WHERE source = ?', source), source).toBeGreaterThan(0);
    }
    const tip = env.db.prepare("SELECT t.result AS result, t.concluded_date AS concluded, r.created_on AS created FROM rect_items r JOIN tips t ON t.id = r.tip_id WHERE r.source = '信访核查'").get() as { result: string; concluded: string; created: string };
    expect(['查实', '部分查实']).toContain(tip.result);
    expect(tip.concluded < tip.created).toBe(true);
    expect(n("SELECT count(*) AS n FROM rect_items WHERE source = '巡察反馈' AND (leader_person_id IS NULL OR owner_person_id IS NULL)")).toBe(0);
    expect(n("SELECT count(*) AS n FROM rect_measures m JOIN rect_items r ON r.id = m.item_id WHERE r.source = '巡察反馈' AND m.owner_person_id IS NOT NULL AND m.due_date IS NOT NULL")).toBeGreaterThan(20);
    const open = env.db.prepare("SELECT id FROM rect_items WHERE status = '整改中' ORDER BY id LIMIT 1").get() as { id: number };
    const detail = await ok(env, 'rect.get', { id: open.id }, admin);
    expect(detail.events.filter((e) => e.kind === '进展').length).toBeGreaterThanOrEqual(1);
    expect(detail.leader).not.toBeNull();
  });

  it('leaves the database whole: integrity, foreign keys, audit chain, frozen files, evidence stored', async () => {
    expect(env.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(env.db.pragma('foreign_key_check')).toEqual([]);
    expect((await ok(env, 'audit.verify', {}, admin)).ok).toBe(true);
    expect(frozenFileProblems(env.db).problems).toEqual([]);
    const files = env.db.prepare('SELECT id FROM rect_files WHERE item_id IS NOT NULL ORDER BY id LIMIT 3').all() as Array<{ id: number }>;
    expect(files.length).toBe(3);
    for (const f of files) expect((await ok(env, 'rect.downloadFile', { id: f.id }, admin)).dataBase64.length).toBeGreaterThan(10);
  });
});
