// The demo office's closed loop (预警闭环), made at two injected dates through the real operations
// after the other parts (the index's publications last): each red quarter's 预警告知书 issued by the
// unit's 联系干部 a few days after the quarter was published, its items followed to 销号 (one late,
// a 招投标 item after an extension — a unit red again while it is open is flagged); the found
// problems' notices closed with the reason once the next quarter is published; the last year's
// 预警建议书 issued in one batch with consecutive 文号 and mostly delivered, its C units' 廉政谈话 held
// and concluded — a year published in the demo's last days keeps its drafts and talks to plan; the
// year lists from publishing; and every published result still what a recomputation gives.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeEnv, ok, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { officeInstant } from '../../helpers/testDate.ts';
import { calendarTable } from '../../../db/repos/core/index.ts';
import { DEMO_STAFF } from '../../../electron/services/tips/demo/demoTips.ts';
import { foundProblemCloseReason } from '../../../electron/services/consequences/demo/demoTexts.ts';
import type { DemoLoopActor, DemoLoopOptions, DemoLoopPlan } from '../../../electron/services/consequences/demo/demoPlan.ts';
import { addDays, WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { dateInZone, DEFAULT_OFFICE_TIME_ZONE } from '../../../shared/kernel/dates.ts';
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import type { PublicationRow } from '../../../shared/integrity/index.ts';

// The plan each demo was made with, kept as the demo makes it (its options are what the demo read).
const made = vi.hoisted(() => new Map<string, { options: DemoLoopOptions; plan: DemoLoopPlan; replan: (o: DemoLoopOptions) => DemoLoopPlan }>());
vi.mock('../../../electron/services/consequences/demo/demoPlan.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/consequences/demo/demoPlan.ts')>();
  return {
    ...real,
    planDemoConsequences: (options: DemoLoopOptions) => {
      const plan = real.planDemoConsequences(options);
      made.set(options.today, { options, plan, replan: real.planDemoConsequences });
      return plan;
    },
  };
});

const name = (key: DemoLoopActor) => DEMO_STAFF.find((s) => s.key === key)?.displayName ?? key;

/** Who may take each step (the unit's 联系干部: one of the two inspectors). */
const ACTORS: Record<string, readonly DemoLoopActor[]> = {
  liaison: ['anguan'], draftNotice: ['jiancha', 'jiancha2'], issueNotice: ['jiancha', 'jiancha2'], measures: ['jiancha', 'jiancha2'],
  progress: ['jiancha', 'jiancha2'], evidence: ['jiancha', 'jiancha2'], askExtension: ['jiancha', 'jiancha2'], decideExtension: ['lingdao'],
  apply: ['jiancha'], verify: ['jiancha2'], closeItem: ['lingdao'], closeConsequence: ['lingdao'], issueAdvice: ['anguan'], delivery: ['anguan'],
  planTalk: ['jiancha'], recordTalk: ['jiancha'], talkFile: ['jiancha'], concludeTalk: ['jiancha'], followUpDone: ['jiancha'],
};

describe.each(['2026-11-21', '2027-01-04'])('the demo office’s closed loop on %s', (day) => {
  let env: TestEnv;
  let leader: string;
  let calendar: WorkCalendar;
  const errors: string[] = [];
  const n = (sql: string, ...params: unknown[]) => (env.db.prepare(sql).get(...params) as { n: number }).n;
  const work = (date: string) => {
    let d = date;
    while (!calendar.isWorkday(d)) d = addDays(d, 1);
    return d;
  };
  const officeDay = (iso: string) => dateInZone(new Date(iso), DEFAULT_OFFICE_TIME_ZONE);

  beforeAll(async () => {
    env = makeEnv(officeInstant(day).toISOString());
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
    try {
      await setupAdmin(env, true);
    } finally {
      spy.mockRestore();
    }
    leader = await userWithRole(env, '领导', `leader${day.replaceAll('-', '')}`);
    calendar = new WorkCalendar(calendarTable(env.db));
  }, 240_000);
  afterAll(() => env.close());

  const thisYear = Number(day.slice(0, 4));

  /** The publications in force, in the order they were published. */
  async function publications(): Promise<PublicationRow[]> {
    const all: PublicationRow[] = [];
    for (const year of [thisYear - 1, thisYear]) all.push(...(await ok(env, 'integrity.publications', { year }, leader)).filter((p) => p.supersededAt === null));
    return all.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
  }

  /** Every consequence of a publication, as the period's page lists them. */
  async function rowsOf(p: PublicationRow): Promise<ConsequenceRow[]> {
    const rows: ConsequenceRow[] = [];
    for (let page = 0; ; page++) {
      const got = await ok(env, 'consequences.period', { year: p.year, quarter: p.quarter, filter: '全部', page, pageSize: 100 }, leader);
      rows.push(...got.rows);
      if (rows.length >= got.total) return rows.filter((r) => r.publicationId === p.id);
    }
  }

  function plan(): { options: DemoLoopOptions; plan: DemoLoopPlan; replan: (o: DemoLoopOptions) => DemoLoopPlan } {
    const got = made.get(day);
    if (!got) throw new Error(`no plan made on ${day}`);
    return got;
  }

  it('runs without a failed follow-up; the plan is deterministic, chronological, on working days in office hours before today, each step by whom the rules allow', () => {
    expect(errors).toEqual([]);
    const { options, plan: p, replan } = plan();
    expect(JSON.stringify(replan(options))).toBe(JSON.stringify(p));
    expect(p.events.length).toBeGreaterThan(100);
    let previous = '';
    for (const e of p.events) {
      const moment = `${e.at.date} ${String(e.at.minute).padStart(4, '0')}`;
      expect(moment > previous).toBe(true);
      previous = moment;
      expect(e.at.date < day).toBe(true);
      expect(calendar.isWorkday(e.at.date)).toBe(true);
      expect(e.at.minute).toBeGreaterThanOrEqual(9 * 60);
      expect(e.at.minute).toBeLessThan(17 * 60);
      expect(ACTORS[e.act.kind], e.act.kind).toContain(e.actor);
    }
    // What a plan made again on the store as it is now would do: nothing — every step was taken.
    expect(p.expected.notices).toBeGreaterThan(0);
  });

  it('leaves every consequence of the published periods where the plan says', async () => {
    const { plan: p } = plan();
    let count = 0;
    for (const pub of await publications()) {
      for (const r of await rowsOf(pub)) {
        expect(r.state, `${r.periodLabel} ${r.unitName} ${r.kind}`).toBe(p.expected.states[r.id]);
        count++;
      }
    }
    expect(count).toBe(Object.keys(p.expected.states).length);
  });

  it('issues each red quarter’s 预警告知书 a few days after publishing (a unit red again once its earlier items are 销号; none yet when published in the last days), one item per line to fix, followed by the 联系干部, checked by another, 销号 by a leader', async () => {
    const { plan: p } = plan();
    let notices = 0;
    let items = 0;
    let closed = 0;
    for (const pub of await publications()) {
      if (pub.quarter === 0) continue;
      const noticeDay = work(addDays(officeDay(pub.publishedAt), 4));
      for (const r of (await rowsOf(pub)).filter((x) => x.kind === '预警告知书' && x.colour === '红')) {
        const what = `${r.periodLabel} ${r.unitName}`;
        if (noticeDay >= day) {
          expect(r.state, what).toBe('待拟制');
          continue;
        }
        // Red again while items of its earlier notice are open: it waits for them (and says so).
        if (r.state === '待拟制') {
          expect(r.repeatRed?.openItems, what).toBeGreaterThan(0);
          continue;
        }
        expect(['整改中', '已完成'], what).toContain(r.state);
        const doc = env.db.prepare('SELECT doc_date AS date, number, source_type AS source, issued_at AS issuedAt FROM documents WHERE id = ?').get(r.document?.id) as { date: string; number: string; source: string; issuedAt: string };
        expect([officeDay(doc.issuedAt), doc.source], what).toEqual([doc.date, 'consequence']);
        if (doc.date !== noticeDay) {
          // … and gets it the working day after the last of them is 销号.
          const last = env.db
            .prepare("SELECT max(i.closed_on) AS day FROM rect_items i JOIN index_consequences c ON c.document_id = i.document_id WHERE c.unit_id = ? AND c.kind = '预警告知书' AND c.id <> ? AND i.closed_on < ?")
            .get(r.unitId, r.id, doc.date) as { day: string | null };
          expect(last.day !== null && last.day >= noticeDay, what).toBe(true);
          expect(work(addDays(last.day ?? '', 1)), what).toBe(doc.date);
        }
        const lines = (await ok(env, 'consequences.get', { id: r.id }, leader)).lines;
        const view = await ok(env, 'rect.notice', { documentId: r.document?.id ?? 0 }, leader);
        expect(view.items, what).toHaveLength(lines.length);
        expect(r.items?.total).toBe(lines.length);
        for (const item of view.items) {
          expect(item.source).toBe('预警告知书');
          expect(item.sourceDocument?.number).toBe(doc.number);
          const detail = await ok(env, 'rect.get', { id: item.id }, leader);
          expect(detail.measures, what).toHaveLength(2);
          const progress = detail.events.filter((e) => e.kind === '进展');
          expect(progress.length, what).toBeGreaterThan(0);
          for (const e of progress) expect(e.byName, what).toBe(detail.liaisonName);
          if (item.status === '已销号') {
            closed++;
            const by = (kind: string) => detail.events.findLast((e) => e.kind === kind)?.byName;
            expect([by('申请验收'), by('验收通过'), by('销号')]).toEqual([name('jiancha'), name('jiancha2'), name('lingdao')]);
          }
        }
        expect(r.state).toBe(view.items.every((i) => i.status === '已销号') ? '已完成' : '整改中');
        notices++;
        items += view.items.length;
      }
    }
    expect([notices, items, closed]).toEqual([p.expected.notices, p.expected.items, p.expected.itemsClosed]);
    expect(n("SELECT count(*) AS n FROM documents WHERE kind = 'warning' AND source_type = 'consequence' AND status = 'issued'")).toBe(notices);
    expect(n("SELECT count(*) AS n FROM rect_extensions x JOIN rect_items r ON r.id = x.item_id JOIN documents d ON d.id = r.document_id WHERE d.source_type = 'consequence' AND x.state = '已批准'")).toBe(p.expected.extensions);
    expect(p.expected.extensions).toBeGreaterThan(0);
    // Some items still being put right on the day, most 销号.
    expect(items - closed).toBeGreaterThan(0);
    expect(closed).toBeGreaterThan(items / 2);
  });

  it('closes a quarter’s notices for found problems alone, with the reason, the day after the next quarter is published', async () => {
    const quarters = (await publications()).filter((x) => x.quarter !== 0);
    let closed = 0;
    for (const [i, pub] of quarters.entries()) {
      const next = quarters[i + 1];
      const closeDay = next ? work(addDays(officeDay(next.publishedAt), 1)) : null;
      for (const r of (await rowsOf(pub)).filter((x) => x.kind === '预警告知书' && x.colour !== '红')) {
        const what = `${r.periodLabel} ${r.unitName}`;
        if (closeDay === null || closeDay >= day) {
          expect(r.state, what).toBe('待拟制');
          continue;
        }
        expect(r.state, what).toBe('已关闭');
        expect(r.closed?.reason, what).toBe(foundProblemCloseReason(r.basis));
        expect(r.closed?.byName).toBe(name('lingdao'));
        expect(officeDay(r.closed?.at ?? '')).toBe(closeDay);
        closed++;
      }
    }
    expect(closed).toBeGreaterThan(0);
  });

  it('flags a unit red again while the items of its earlier notice are open (the 招投标 item extended on the first day’s data)', async () => {
    const flagged: string[] = [];
    const expected: string[] = [];
    for (const pub of await publications()) {
      if (pub.quarter === 0) continue;
      for (const r of (await rowsOf(pub)).filter((x) => x.kind === '预警告知书' && x.colour === '红')) {
        if (r.repeatRed) flagged.push(`${r.periodLabel} ${r.unitName} ${r.repeatRed.notices.join('、')} ${r.repeatRed.openItems}`);
        const open = env.db
          .prepare(
            `SELECT d.number AS number, count(*) AS n FROM index_consequences c JOIN documents d ON d.id = c.document_id JOIN rect_items i ON i.document_id = d.id
             WHERE c.unit_id = ? AND c.kind = '预警告知书' AND c.id <> ? AND d.status = 'issued' AND d.issued_at < ? AND i.status <> '已销号' GROUP BY d.number ORDER BY d.number`,
          )
          .all(r.unitId, r.id, pub.publishedAt) as Array<{ number: string; n: number }>;
        if (open.length > 0) expected.push(`${r.periodLabel} ${r.unitName} ${open.map((o) => o.number).join('、')} ${open.reduce((s, o) => s + o.n, 0)}`);
      }
    }
    expect(flagged).toEqual(expected);
    if (day === '2026-11-21') expect(flagged.length).toBeGreaterThan(0);
  });

  it('the last year published three working days before today: 建议书 issued in one batch with consecutive 文号, 9 in 10 delivered, its C units’ talks held and concluded; a year published since keeps its drafts and talks to plan', async () => {
    const years = (await publications()).filter((x) => x.quarter === 0);
    expect(years).toHaveLength(1);
    const year = years[0] as PublicationRow;
    const rows = await rowsOf(year);
    const advice = rows.filter((r) => r.kind === '预警建议书');
    const talks = rows.filter((r) => r.kind === '廉政谈话');
    expect(advice).toHaveLength(200);
    expect(talks).toHaveLength(year.counts.C ?? 0);
    expect(talks.length).toBeGreaterThanOrEqual(2);
    const issueDay = work(addDays(officeDay(year.publishedAt), 3));
    if (issueDay >= day) {
      expect(day).toBe('2027-01-04');
      expect(advice.every((r) => r.state === '草稿' && r.document?.number === null)).toBe(true);
      expect(talks.every((r) => r.state === '待安排' && r.interview === null)).toBe(true);
      return;
    }
    expect(day).toBe('2026-11-21');
    const docs = env.db
      .prepare("SELECT d.serial, d.year, d.issued_at AS issuedAt, c.unit_id AS unitId FROM documents d JOIN index_consequences c ON c.document_id = d.id WHERE c.publication_id = ? AND c.kind = '预警建议书' ORDER BY d.serial")
      .all(year.id) as Array<{ serial: number; year: number; issuedAt: string; unitId: number }>;
    expect(docs.map((d) => d.serial)).toEqual(docs.map((_, i) => i + 1));
    expect(new Set(docs.map((d) => d.issuedAt)).size).toBe(1);
    expect(officeDay(docs[0]?.issuedAt ?? '')).toBe(issueDay);
    // In the units' order, as the period's page lists them.
    expect(docs.map((d) => d.unitId)).toEqual(advice.map((r) => r.unitId));
    expect(advice.filter((r) => r.state === '已送达')).toHaveLength(180);
    expect(advice.filter((r) => r.state === '已印发')).toHaveLength(20);
    for (const r of talks) {
      const leaders = env.db.prepare("SELECT id FROM people WHERE unit_id = ? AND category = '主要负责人'").all(r.unitId) as Array<{ id: number }>;
      expect(leaders).toHaveLength(1);
      expect(r.state).toBe('已完成');
      const talk = await ok(env, 'interviews.get', { id: r.interview?.id ?? 0 }, leader);
      expect([talk.talkType, talk.cause.kind, talk.personId, talk.status, talk.outcome]).toEqual(['廉政谈话', '廉情指数', leaders[0]?.id, '已办结', '了结']);
      expect(talk.interviewers.map((x) => x.name)).toEqual([name('lingdao'), name('jiancha')]);
      expect((talk.heldDate ?? '') <= (r.dueDate ?? '')).toBe(true);
      expect(talk.files.map((f) => f.kind)).toEqual(['签字谈话记录']);
      expect(talk.followUps.map((f) => f.doneDate !== null)).toEqual([true]);
    }
  });

  it('lists from publishing: a C unit’s 主要负责人 and 班子成员 under 不得评先评优, the A units under 可参与优秀班子评定; the lookup answers for the main leader', async () => {
    const year = (await publications()).find((x) => x.quarter === 0) as PublicationRow;
    const no = await ok(env, 'consequences.awardList', { year: year.year, list: '不得评先评优', page: 0, pageSize: 100 }, leader);
    expect(no.total).toBe(year.counts.C);
    for (const row of no.rows) {
      const people = env.db.prepare("SELECT id FROM people WHERE unit_id = ? AND category IN ('主要负责人', '班子成员') AND status = '在职' ORDER BY id").all(row.unitId) as Array<{ id: number }>;
      expect(row.persons.map((x) => x.personId).sort((a, b) => a - b)).toEqual(people.map((x) => x.id));
      const main = row.persons.find((x) => x.category === '主要负责人');
      expect(main).toBeDefined();
      const answer = await ok(env, 'consequences.lookup', { year: year.year, personId: main?.personId ?? 0 }, leader);
      expect(answer.answer).toBe('不得评先评优');
      expect(answer.because).toContain(row.unitName);
    }
    const yes = await ok(env, 'consequences.awardList', { year: year.year, list: '可参与优秀班子评定', page: 0, pageSize: 1 }, leader);
    expect(yes.total).toBe(year.counts.A);
  });

  it('keeps every published result what a recomputation gives (no item open past its deadline at a quarter’s end)', async () => {
    for (const year of [thisYear - 1, thisYear]) {
      const rows = [];
      for (let page = 0; page < 2; page++) rows.push(...(await ok(env, 'integrity.grid', { year, page, pageSize: 100 }, leader)).rows);
      for (const r of rows) {
        for (const q of r.quarters) if (q?.published) expect(q.changed, `${year} ${r.unitName}`).toBe(false);
        if (r.year?.published) expect(r.year.changed, `${year} ${r.unitName}`).toBe(false);
      }
    }
  });

  it('leaves the database whole: integrity, foreign keys, audit chain', async () => {
    expect(env.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(env.db.pragma('foreign_key_check')).toEqual([]);
    const admin = await userWithRole(env, '系统管理员', `admin${day.replaceAll('-', '')}`);
    expect((await ok(env, 'audit.verify', {}, admin)).ok).toBe(true);
  });
});
