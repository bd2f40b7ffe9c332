// Bench data for tips: N tips (default 100,000) over five years about the bench registry,
// in every state, with 重复件, extensions, outcomes and history, written through the real
// repos (numbers, parts, steps, outcomes and the full-text index), one transaction per 10,000.
// Deterministic (seeded); no services: the flow rules are not what is measured here.
import type { Db } from '../db/types.ts';
import { insertExtension, decideExtension, insertOutcome, insertStep, insertTip, insertTipParts, nextTipSeq, updateTip, type TipChanges } from '../db/repos/tips/tips.ts';
import { indexTip } from '../db/repos/tips/search.ts';
import { DEMO_CATEGORY_WEIGHTS, DEMO_CHANNEL_WEIGHTS, DEMO_DETAILS, DEMO_MATTERS } from '../electron/services/tips/demo/demoTips.ts';
import { tipNumber } from '../electron/services/tips/register.ts';
import { addDays } from '../shared/kernel/workdays.ts';
import type { Disposal, TipCategory, TipResult, TipStatus } from '../shared/tips/enums.ts';
import type { PersonCategory } from '../shared/registry/people.ts';
import { mulberry32, pick, weighted, type Rng } from '../shared/kernel/random.ts';

export interface BenchPerson {
  id: number;
  name: string;
  unitId: number;
  unitName: string;
  post: string;
  category: PersonCategory;
}

export interface BenchTipsOptions {
  count: number;
  /** The day the figures are taken (YYYY-MM-DD); tips are received in the five years before. */
  today: string;
  people: readonly BenchPerson[];
  units: ReadonlyArray<{ id: number; name: string }>;
  /** Users the leads are assigned to. */
  handlers: ReadonlyArray<{ id: number; name: string }>;
  seed?: number;
}

export interface BenchTipsResult {
  tips: number;
  steps: number;
  outcomes: number;
  repeats: number;
  /** Received dates, ascending (to choose export ranges). */
  receivedDates: string[];
}

const DISPOSALS: ReadonlyArray<readonly [Disposal, number]> = [['谈话函询', 36], ['初步核实', 30], ['暂存待查', 9], ['予以了结', 25]];
const DEPTS: Record<Disposal, string> = { 谈话函询: '监督检查室', 初步核实: '第一纪检监察室', 暂存待查: '案件监督管理室', 予以了结: '信访室' };

/** The status a tip of this age has reached (older tips are mostly archived). */
function statusFor(rng: Rng, ageDays: number, named: boolean): TipStatus {
  if (ageDays < 5) return '待拟办';
  const r = rng();
  if (ageDays < 120) {
    if (r < 0.06) return '待拟办';
    if (r < 0.12) return '待审批';
    if (r < 0.6) return '承办中';
    if (r < 0.7) return named ? '待反馈' : '待归档';
    if (r < 0.9) return '待归档';
    return '已归档';
  }
  if (r < 0.02) return '承办中';
  if (r < 0.03) return named ? '待反馈' : '待归档';
  if (r < 0.08) return '待归档';
  return '已归档';
}

const ORDER: readonly TipStatus[] = ['待拟办', '待审批', '承办中', '待反馈', '待归档', '已归档'];

export function buildBenchTips(db: Db, o: BenchTipsOptions): BenchTipsResult {
  const rng = mulberry32(o.seed ?? 100_000);
  const start = addDays(o.today, -5 * 365);
  const span = 5 * 365;
  const dates = Array.from({ length: o.count }, () => addDays(start, Math.floor(rng() * span))).sort();
  const leaders = o.people.filter((p) => p.category !== '一般干部');
  const unitNames = new Map(o.units.map((u) => [u.id, u.name]));
  const recent: Array<{ id: number; people: BenchPerson[]; summary: string; categories: TipCategory[]; unitIds: number[] }> = [];
  let steps = 0;
  let outcomes = 0;
  let repeats = 0;
  const batch = 10_000;
  for (let from = 0; from < dates.length; from += batch) {
    db.transaction(() => {
      for (let i = from; i < Math.min(from + batch, dates.length); i++) {
        const received = dates[i] as string;
        const at = `${received}T01:30:00.000Z`;
        const year = Number(received.slice(0, 4));
        const ageDays = Math.round((Date.parse(o.today) - Date.parse(received)) / 86_400_000);
        const channel = weighted(rng, DEMO_CHANNEL_WEIGHTS);
        const named = rng() < 0.35;
        const mode = named ? '实名' : '匿名';
        const repeatOf = recent.length > 20 && rng() < 0.05 ? pick(rng, recent.slice(-300)) : null;
        let people: BenchPerson[];
        let categories: TipCategory[];
        let unitIds: number[];
        let summary: string;
        if (repeatOf) {
          ({ people, categories, unitIds } = repeatOf);
          summary = `再次反映${repeatOf.summary}`.slice(0, 200);
          repeats++;
        } else {
          const main = rng() < 0.8 ? pick(rng, leaders) : pick(rng, o.people);
          people = [main];
          const first = weighted(rng, DEMO_CATEGORY_WEIGHTS);
          categories = rng() < 0.2 ? [...new Set([first, weighted(rng, DEMO_CATEGORY_WEIGHTS)])] : [first];
          unitIds = rng() < 0.5 ? [main.unitId] : [];
          summary = pick(rng, DEMO_MATTERS[first]).replace('{u}', main.unitName).replace('{p}', `${main.unitName}${main.post}${main.name}`).slice(0, 200);
        }
        const content = `${named ? '反映人称：' : '匿名反映称：'}${summary}。${pick(rng, DEMO_DETAILS)}${pick(rng, DEMO_DETAILS)}`;
        const status = statusFor(rng, ageDays, named);
        const stage = ORDER.indexOf(status);
        const seq = nextTipSeq(db, year);
        const number = tipNumber(year, seq);
        const intakeDue = addDays(received, 7);
        const id = insertTip(db, {
          number, year, seq, receivedDate: received, channel, mode,
          reporter: named ? { name: '王某某', phone: `139${String(i).padStart(8, '0')}`, idNumber: '', address: '' } : { name: '', phone: '', idNumber: '', address: '' },
          queryCodeHash: null, summary, content, status, dueDate: status === '待拟办' ? intakeDue : null, repeatOf: repeatOf?.id ?? null,
          createdBy: '基准', now: at,
        });
        insertTipParts(db, id, people.map((p) => ({ personId: p.id, name: p.name, unitId: p.unitId, unitName: p.unitName, post: p.post, category: p.category })), unitIds, categories);
        const step = (name: string, fromStatus: TipStatus | null, to: TipStatus, dueDate: string | null) => {
          insertStep(db, { tipId: id, at, step: name, fromStatus, toStatus: to, actorUserId: null, actorName: '基准', note: '', dueDate });
          steps++;
        };
        step('登记', null, '待拟办', intakeDue);

        if (stage >= 1) {
          const disposal = repeatOf ? '予以了结' : weighted(rng, DISPOSALS);
          const handler = pick(rng, o.handlers);
          const proposed = addDays(received, 3 + Math.floor(rng() * 5));
          const handlingDue = addDays(proposed, disposal === '初步核实' ? 75 : disposal === '暂存待查' ? 150 : 30);
          const changes: TipChanges = {
            disposal, handling_dept: DEPTS[disposal], handler_user_id: handler.id, handling_due_original: handlingDue,
            due_date: status === '待审批' ? addDays(proposed, 4) : status === '承办中' ? handlingDue : null,
          };
          step('拟办', '待拟办', '待审批', addDays(proposed, 4));
          if (stage >= 2) {
            step('审批', '待审批', '承办中', handlingDue);
            if (rng() < 0.06) {
              const newDue = addDays(handlingDue, 20);
              const ext = insertExtension(db, { tipId: id, at, userId: handler.id, by: handler.name, reason: '需调取账目', oldDue: handlingDue, newDue });
              if (status !== '承办中' || rng() < 0.7) {
                decideExtension(db, ext, true, at, '基准', '');
                if (status === '承办中') changes.due_date = newDue;
              }
            }
          }
          if (stage >= 3) {
            const concluded = addDays(proposed, 10 + Math.floor(rng() * 60));
            const result: TipResult | null = disposal === '谈话函询' || disposal === '初步核实' ? weighted(rng, [['查实', 22], ['部分查实', 20], ['查否', 58]] as const) : null;
            Object.assign(changes, { result, conclusion: '办结', concluded_date: concluded });
            changes.due_date = status === '待反馈' ? addDays(concluded, 21) : null;
            step('办结', '承办中', named ? '待反馈' : '待归档', changes.due_date ?? null);
            if (result === '查实' || result === '部分查实') {
              const tipPersonIds = db.prepare('SELECT id FROM tip_people WHERE tip_id = ? ORDER BY position').all(id) as Array<{ id: number }>;
              tipPersonIds.forEach((tp, k) => {
                const p = people[k] as BenchPerson;
                const [outcome, grade] = weighted(rng, [[['党纪处分', '警告'], 30], [['政务处分', '记过'], 10], [['诫勉', ''], 25], [['批评教育', ''], 35]] as const);
                insertOutcome(db, {
                  tipId: id, tipPersonId: tp.id, personId: p.id, personName: p.name, unitId: p.unitId, unitName: p.unitName, category: p.category,
                  outcome, grade, circumstance: '一般', conductDate: addDays(received, -200), decidedDate: concluded, now: at,
                });
                outcomes++;
              });
            }
            if (stage >= 4 && named) {
              Object.assign(changes, { feedback_date: addDays(concluded, 5), feedback_way: '电话反馈', feedback_content: '已反馈', feedback_by: '基准', feedback_at: at });
              step('反馈', '待反馈', '待归档', null);
            }
            if (stage >= 5) {
              changes.archived_at = at;
              step('归档', '待归档', '已归档', null);
            }
          }
          updateTip(db, id, 0, changes, at);
        }
        indexTip(db, id, { number, summary, names: [...people.flatMap((p) => [p.name, p.unitName, p.post]), ...unitIds.map((u) => unitNames.get(u) ?? '')], content });
        if (!repeatOf) {
          recent.push({ id, people, summary, categories, unitIds });
          if (recent.length > 1000) recent.splice(0, 500);
        }
      }
    })();
  }
  return { tips: dates.length, steps, outcomes, repeats, receivedDates: dates };
}
