// The integrity index's part of the demo office: the plan (demoPlan.ts) is made in the demo's
// transaction from the registry's units (with their 设立日期) and people, the demo's today and the
// working-day calendar. The schemes and the thousands of quarterly records (each unit's checklist,
// surveys and costs as the offices' sheets give them) are entered in that transaction through the
// real handlers, as the tips' part does — several times faster than an operation or an import each; the decisions made elsewhere (their
// documents are stored outside a transaction), this year's correction and the publications run after
// the commit through the real operations (call.runAs) — after the tips', rectification's and talks'
// parts, whose substantiated tips, overdue items and discipline events each published quarter then
// holds. Every step is its member of staff's at its own past moment, so the schemes' versions, every
// input's record, the publications' frozen results and the audit are what the office would have produced.
import { api, type OpInput, type OpName, type OpOutput, type OpParsed } from '../../../../shared/api.ts';
import { instantInZone } from '../../../../shared/kernel/dates.ts';
import { WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import { calendarTable, type UserRecord } from '../../../../db/repos/core/index.ts';
import { getIndexUnit } from '../../../../db/repos/integrity/checks.ts';
import { quarterInputs } from '../../../../db/repos/integrity/inputs.ts';
import { DEFAULT_SCHEME, QUARTERS } from '../../../../shared/integrity/index.ts';
import { audit, today, type Call } from '../../kernel/context.ts';
import type { DemoStep } from '../../kernel/demo.ts';
import { runWithin, type Impl } from '../../kernel/handler.ts';
import { DEMO_REGISTRY, type RegisteredDemoPerson } from '../../registry/index.ts';
import { DEMO_STAFF_USERS, type StaffKey } from '../../tips/index.ts';
import { schemeHandlers } from '../schemes.ts';
import { checklistHandlers } from '../checklist.ts';
import { measureHandlers } from '../measures.ts';
import { findingHandlers } from '../findings.ts';
import { bonusHandlers } from '../bonuses.ts';
import { planDemoIndex, type DemoIndexAct, type DemoIndexEvent, type DemoIndexUnit } from './demoPlan.ts';

type Runner = <K extends OpName>(op: K, input: OpInput<K>) => Promise<OpOutput<K>>;

/** A one-page PDF standing for the scanned 判决书 or 决定书 of a decision made elsewhere. */
function decisionPdf(note: string): string {
  const pdf = `%PDF-1.4\n% ${note}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1').toString('base64');
}

/** The operations the demo's own transaction runs (their handlers answer at once). */
type DirectOp = 'integrity.createScheme' | 'integrity.enableScheme' | 'integrity.setChecklist' | 'integrity.setMeasure' | 'integrity.addFinding' | 'integrity.addBonus';
const DIRECT: { [K in DirectOp]: Impl<K> } = {
  'integrity.createScheme': schemeHandlers['integrity.createScheme'],
  'integrity.enableScheme': schemeHandlers['integrity.enableScheme'],
  'integrity.setChecklist': checklistHandlers['integrity.setChecklist'],
  'integrity.setMeasure': measureHandlers['integrity.setMeasure'],
  'integrity.addFinding': findingHandlers['integrity.addFinding'],
  'integrity.addBonus': bonusHandlers['integrity.addBonus'],
};

/** The acts entered in the demo's transaction: the schemes and the records of each quarter. */
const ENTERED_NOW: ReadonlySet<DemoIndexAct['kind']> = new Set(['scheme', 'checklist', 'measures', 'finding', 'bonus']);

/** One operation through its real handler, its input as the contract parses it, in the caller's transaction. */
function direct<K extends DirectOp>(call: Call, op: K, input: OpInput<K>): OpOutput<K> {
  const parsed = api[op].input.parse(input) as OpParsed<K>;
  const out = runWithin(DIRECT[op] as Impl<K>, { ...call, op }, parsed);
  if (out instanceof Promise) throw new Error(`demo index: ${op} answered asynchronously`);
  return out;
}

/** An act of ENTERED_NOW, as its member of staff at its moment. */
function enterNow(call: Call, a: DemoIndexAct): void {
  switch (a.kind) {
    case 'scheme': {
      const draft = direct(call, 'integrity.createScheme', { year: a.year, from: '默认方案', note: a.note });
      direct(call, 'integrity.enableScheme', { id: draft.id, rowVersion: draft.rowVersion });
      return;
    }
    case 'checklist':
      direct(call, 'integrity.setChecklist', { year: a.year, quarter: a.quarter, unitId: a.unitId, results: a.results });
      return;
    case 'measures':
      for (const r of a.rows) direct(call, 'integrity.setMeasure', { kind: a.measure, year: a.year, quarter: a.quarter, unitId: r.unitId, values: r.values });
      return;
    case 'finding':
      direct(call, 'integrity.addFinding', { unitId: a.unitId, channelKey: a.channelKey, date: a.date, source: a.source, summary: a.summary });
      return;
    case 'bonus':
      direct(call, 'integrity.addBonus', { unitId: a.unitId, kindKey: a.kindKey, date: a.date, summary: a.summary, evidence: a.evidence });
      return;
    default:
      throw new Error(`demo index: ${a.kind} is run after the demo's commit`);
  }
}

/** An act run after the commit: a decision (its document is stored outside the transaction), the correction, publishing. */
async function runLater(run: Runner, a: DemoIndexAct): Promise<void> {
  switch (a.kind) {
    case 'correctScheme': {
      const draft = await run('integrity.createScheme', { year: a.year, from: '本年最新版本', note: a.note });
      const saved = await run('integrity.saveScheme', { id: draft.id, rowVersion: draft.rowVersion, content: a.content, note: a.note });
      await run('integrity.enableScheme', { id: saved.id, rowVersion: saved.rowVersion });
      return;
    }
    case 'decision':
      await run('integrity.addDecision', {
        body: a.body, documentNumber: a.documentNumber, decidedDate: a.decidedDate, personId: a.personId, outcome: a.outcome, grade: a.grade,
        circumstance: a.circumstance, conductDate: a.conductDate, summary: a.summary,
        file: { fileName: `${a.documentNumber}.pdf`, dataBase64: decisionPdf(`lianqing demo decision ${a.decidedDate}`) },
      });
      return;
    case 'publish':
      await run('integrity.publish', { year: a.year, quarter: a.quarter, reason: '', confirmMissing: false });
      return;
    default:
      throw new Error(`demo index: ${a.kind} is entered in the demo's transaction`);
  }
}

function described(e: DemoIndexEvent, error: unknown): Error {
  const what = 'year' in e.act ? ` ${e.act.year}${'quarter' in e.act ? `Q${e.act.quarter}` : ''}` : '';
  return new Error(`demo index: ${e.act.kind}${what} on ${e.at.date}: ${error instanceof Error ? error.message : String(error)}`);
}

function userOf(staff: ReadonlyMap<StaffKey, UserRecord>, e: DemoIndexEvent): UserRecord {
  const user = staff.get(e.actor);
  if (!user) throw new Error(`demo index: no ${e.actor}`);
  return user;
}

/**
 * The schemes and every quarter's records, in the demo's transaction: each act through its real
 * handler as its member of staff at its own moment (thousands of steps running the same few
 * statements: while entering, each SQL text is prepared once).
 */
export function enterDemoIndex(call: Call, events: readonly DemoIndexEvent[], staff: ReadonlyMap<StaffKey, UserRecord>): void {
  const db = call.ctx.db;
  const prepare = db.prepare;
  const cache = new Map<string, ReturnType<typeof prepare>>();
  db.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = prepare.call(db, sql)));
    return stmt;
  }) as typeof prepare;
  try {
    for (const e of events) {
      const now = instantInZone(e.at.date, e.at.minute, call.timeZone);
      if (now >= call.now) throw new Error('demo index: a step after the demo’s now');
      try {
        enterNow({ ...call, caller: { kind: 'user', user: userOf(staff, e) }, now }, e.act);
      } catch (error) {
        throw described(e, error);
      }
    }
  } finally {
    db.prepare = prepare;
  }
}

/** The decisions, the correction and the publications, through the real operations after the other domains' follow-ups. */
export async function runDemoIndex(after: Call, events: readonly DemoIndexEvent[], staff: ReadonlyMap<StaffKey, UserRecord>): Promise<void> {
  for (const e of events) {
    const user = userOf(staff, e);
    const now = instantInZone(e.at.date, e.at.minute, after.timeZone);
    if (now >= after.now) throw new Error('demo index: a step after the demo’s now');
    const run: Runner = (op, input) => after.runAs({ ...after, now }, user, op, input);
    try {
      await runLater(run, e.act);
    } catch (error) {
      throw described(e, error);
    }
  }
}

/**
 * Last year's events with 一票否决 the tips' part has made (移送司法), with the registry person they
 * are about: the plan's criminal judgment follows the first.
 */
function transfersOf(call: Call, year: number, people: readonly RegisteredDemoPerson[]): Array<{ unitId: number; personId: number; decidedDate: string }> {
  const vetoes = new Set<string>(DEFAULT_SCHEME.integrity.deductions.filter((d) => d.veto).map((d) => d.outcome));
  return QUARTERS.flatMap((q) => quarterInputs(call.ctx.db, year, q).events)
    .filter((e) => vetoes.has(e.outcome))
    .flatMap((e) => {
      const person = people.find((x) => x.unitId === e.unitId && x.name === e.personName);
      return person ? [{ unitId: e.unitId, personId: person.id, decidedDate: e.decidedDate }] : [];
    });
}

export const integrityDemo: DemoStep = (call: Call, shelf) => {
  const { units, people } = shelf.get(DEMO_REGISTRY);
  const staff = shelf.get(DEMO_STAFF_USERS);
  // The units as the index sees them: their 设立日期 and 撤销日期 decide the quarters they are scored in.
  const indexUnits = units.flatMap((u): DemoIndexUnit[] => {
    const stored = getIndexUnit(call.ctx.db, u.id);
    return stored ? [{ id: u.id, name: u.name, type: stored.type, establishedDate: stored.establishedDate, revokedDate: stored.revokedDate }] : [];
  });
  const day = today(call);
  const plan = planDemoIndex({ today: day, units: indexUnits, people, calendar: new WorkCalendar(calendarTable(call.ctx.db)), transfers: transfersOf(call, Number(day.slice(0, 4)) - 1, people) });
  const now = plan.events.filter((e) => ENTERED_NOW.has(e.act.kind));
  const later = plan.events.filter((e) => !ENTERED_NOW.has(e.act.kind));
  enterDemoIndex(call, now, staff);
  audit(call, 'demo', null, null, { units: indexUnits.length, rows: now.reduce((n, e) => n + (e.act.kind === 'measures' ? e.act.rows.length : 1), 0) });
  return (after) => runDemoIndex(after, later, staff);
};
