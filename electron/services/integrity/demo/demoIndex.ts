// The integrity index's part of the demo office: the plan (demoPlan.ts) is made in the demo's
// transaction from the registry's units (with their 设立日期) and people, the demo's today and the
// working-day calendar; it runs after the commit — after the tips', rectification's and talks' parts,
// whose substantiated tips, overdue items and discipline events the index reads — through the real
// operations (call.runAs), each step as its member of staff at its own past moment, so the schemes'
// versions, every input's record, the publications' frozen results and the audit are what the
// office would have produced.
import type { OpInput, OpName, OpOutput } from '../../../../shared/api.ts';
import { instantInZone } from '../../../../shared/kernel/dates.ts';
import { WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import { calendarTable, type UserRecord } from '../../../../db/repos/core/index.ts';
import { getIndexUnit } from '../../../../db/repos/integrity/checks.ts';
import { audit, today, type Call } from '../../kernel/context.ts';
import type { DemoStep } from '../../kernel/demo.ts';
import { DEMO_REGISTRY } from '../../registry/index.ts';
import { DEMO_STAFF_USERS, type StaffKey } from '../../tips/index.ts';
import { planDemoIndex, type DemoIndexAct, type DemoIndexPlan, type DemoIndexUnit } from './demoPlan.ts';

type Runner = <K extends OpName>(op: K, input: OpInput<K>) => Promise<OpOutput<K>>;

/** A one-page PDF standing for the scanned 判决书 or 决定书 of a decision made elsewhere. */
function decisionPdf(note: string): string {
  const pdf = `%PDF-1.4\n% ${note}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1').toString('base64');
}

async function runAct(run: Runner, a: DemoIndexAct): Promise<void> {
  switch (a.kind) {
    case 'scheme': {
      const draft = await run('integrity.createScheme', { year: a.year, from: '默认方案', note: a.note });
      await run('integrity.enableScheme', { id: draft.id, rowVersion: draft.rowVersion });
      return;
    }
    case 'correctScheme': {
      const draft = await run('integrity.createScheme', { year: a.year, from: '本年最新版本', note: a.note });
      const saved = await run('integrity.saveScheme', { id: draft.id, rowVersion: draft.rowVersion, content: a.content, note: a.note });
      await run('integrity.enableScheme', { id: saved.id, rowVersion: saved.rowVersion });
      return;
    }
    case 'checklist':
      await run('integrity.setChecklist', { year: a.year, quarter: a.quarter, unitId: a.unitId, results: a.results });
      return;
    case 'survey':
      await run('integrity.setMeasure', { kind: '满意度调查', year: a.year, quarter: a.quarter, unitId: a.unitId, values: a.values });
      return;
    case 'cost':
      await run('integrity.setMeasure', { kind: '行政成本', year: a.year, quarter: a.quarter, unitId: a.unitId, values: a.values });
      return;
    case 'finding':
      await run('integrity.addFinding', { unitId: a.unitId, channelKey: a.channelKey, date: a.date, source: a.source, summary: a.summary });
      return;
    case 'bonus':
      await run('integrity.addBonus', { unitId: a.unitId, kindKey: a.kindKey, date: a.date, summary: a.summary, evidence: a.evidence });
      return;
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
  }
}

/** Runs the plan through the real operations, each step as its member of staff at its own moment. */
export async function runDemoIndex(after: Call, plan: DemoIndexPlan, staff: ReadonlyMap<StaffKey, UserRecord>): Promise<void> {
  for (const e of plan.events) {
    const user = staff.get(e.actor);
    if (!user) throw new Error(`demo index: no ${e.actor}`);
    const now = instantInZone(e.at.date, e.at.minute, after.timeZone);
    if (now >= after.now) throw new Error('demo index: a step after the demo’s now');
    const run: Runner = (op, input) => after.runAs({ ...after, now }, user, op, input);
    try {
      await runAct(run, e.act);
    } catch (error) {
      const what = 'year' in e.act ? ` ${e.act.year}${'quarter' in e.act ? `Q${e.act.quarter}` : ''}` : '';
      throw new Error(`demo index: ${e.act.kind}${what} on ${e.at.date}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export const integrityDemo: DemoStep = (call: Call, shelf) => {
  const { units, people } = shelf.get(DEMO_REGISTRY);
  const staff = shelf.get(DEMO_STAFF_USERS);
  // The units as the index sees them: their 设立日期 and 撤销日期 decide the quarters they are scored in.
  const indexUnits = units.flatMap((u): DemoIndexUnit[] => {
    const stored = getIndexUnit(call.ctx.db, u.id);
    return stored ? [{ id: u.id, name: u.name, type: stored.type, establishedDate: stored.establishedDate, revokedDate: stored.revokedDate }] : [];
  });
  const plan = planDemoIndex({ today: today(call), units: indexUnits, people, calendar: new WorkCalendar(calendarTable(call.ctx.db)) });
  audit(call, 'demo', null, null, { units: indexUnits.length, rows: plan.events.length });
  return (after) => runDemoIndex(after, plan, staff);
};
