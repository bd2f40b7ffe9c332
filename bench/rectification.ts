// The rectification section of `npm run bench`: BENCH_RECT items (default 50,000) over six years
// about the bench registry, inserted in bulk by SQL — measures, progress entries, approved and
// refused extensions, closed items with evidence, 屡查屡犯 recurrences, the search index — and the
// bare SQL for each ledger page the bench measures: the same filter, order (id breaking ties),
// page and total, hand-written on the same handle, with the row's columns read for the page only.
import { createHash } from 'node:crypto';
import type { Db } from '../db/types.ts';
import { ftsColumn, ftsPhrase } from '../db/repos/kernel/charSearch.ts';
import { addDays } from '../shared/kernel/workdays.ts';
import { mulberry32, pick, weighted } from '../shared/kernel/random.ts';
import { DEFAULT_RECT_CATEGORIES, type RectSource, type RectStatus } from '../shared/rectification/index.ts';
import type { BareQuery } from './bare.ts';

export const BENCH_RECT = Number(process.env.BENCH_RECT ?? 50000);

const PROBLEMS = [
  '村集体资金收支未经民主理财', '工程项目未按规定公开招标', '惠民补贴发放不及时', '公务接待超标准、无公函', '三重一大事项未集体决策',
  '财务报销未履行双签制度', '村务公开不及时不全面', '公车使用登记不规范', '专项资金挪作他用', '合同管理不规范、未经审核',
  '食堂采购无台账', '固定资产未入账', '低保评审程序不规范', '干部考勤制度执行不严', '会议记录缺失、决策无痕',
];
const MEASURES = [
  '建立资金收支台账，每月公开', '重新组织招标并报县公共资源交易中心', '逐户核对补贴名单，限期发放到位', '退还超标准接待费用，修订接待办法',
  '完善三重一大议事规则', '落实财务双签，专人复核', '按季度公开村务，接受群众监督', '建立公车使用登记簿', '收回挪用资金，追究相关人员责任',
  '建立合同审核流程', '建立采购台账，定期盘点', '全面清查固定资产', '重新评审低保对象', '严格考勤，每月通报', '补齐会议记录，规范档案管理',
];
const SOURCE_WEIGHTS: ReadonlyArray<readonly [Exclude<RectSource, '预警告知书'>, number]> = [
  ['巡察反馈', 35], ['审计发现', 25], ['信访核查', 5], ['民主生活会', 10], ['专项检查', 20], ['其他', 5],
];

export interface BenchRectOptions {
  count: number;
  /** The bench's day; items are registered in the six years before it. */
  today: string;
  units: ReadonlyArray<{ id: number; name: string }>;
  people: ReadonlyArray<{ id: number; unitId: number }>;
  seed?: number;
}

export interface BenchRectResult {
  items: number;
  measures: number;
  extensions: number;
  closed: number;
  recurrences: number;
  files: number;
}

/** Fills the rectification tables in bulk (one transaction per 10,000 items). */
export function fillRect(db: Db, o: BenchRectOptions): BenchRectResult {
  const rng = mulberry32(o.seed ?? 50_000);
  // Six years: at most about 8,500 a year, so the numbers keep four digits (ZG-2026-0001).
  const span = 6 * 365;
  const start = addDays(o.today, -span);
  const created = Array.from({ length: o.count }, () => addDays(start, Math.floor(rng() * span))).sort();
  const peopleOf = new Map<number, number[]>();
  for (const p of o.people) peopleOf.set(p.unitId, [...(peopleOf.get(p.unitId) ?? []), p.id]);
  // Items go to a tenth of the units (the ones a year's 巡察 and audits reach), most to a few.
  const units = o.units.filter((_, k) => k % 10 === 0);
  const item = db.prepare(
    `INSERT INTO rect_items (number, source, source_ref, unit_id, problem, category, leader_person_id, owner_person_id, deadline_original, deadline,
       status, percent, latest_progress, verified, recurrence_of, remarks, created_on, created_at, closed_on, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const measure = db.prepare('INSERT INTO rect_measures (item_id, seq, text, owner_person_id, due_date) VALUES (?, ?, ?, ?, ?)');
  const event = db.prepare(
    "INSERT INTO rect_events (item_id, kind, on_date, text, percent, from_status, to_status, data, by_name, at) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', '基准', ?)",
  );
  const extension = db.prepare(
    `INSERT INTO rect_extensions (item_id, previous_deadline, requested_deadline, reason, state, requested_by_name, requested_at, decided_by_name, decided_on, decided_at)
     VALUES (?, ?, ?, '工程量大，需延期', ?, '基准', ?, '基准', ?, ?)`,
  );
  const file = db.prepare("INSERT INTO rect_files (item_id, sha256, file_name, size, added_at, added_by_name) VALUES (?, ?, ?, ?, ?, '基准')");
  const fts = db.prepare('INSERT INTO rect_fts (rowid, text) VALUES (?, ?)');
  const counters = new Map<number, number>();
  const closedIds: number[] = [];
  const result: BenchRectResult = { items: 0, measures: 0, extensions: 0, closed: 0, recurrences: 0, files: 0 };
  const bytes = Buffer.from('bench evidence');
  const sha = createHash('sha256').update(bytes).digest('hex');
  db.prepare('INSERT OR IGNORE INTO files (sha256, size, created_at) VALUES (?, ?, ?)').run(sha, bytes.length, `${o.today}T00:00:00.000Z`);
  const batch = 10_000;
  for (let from = 0; from < created.length; from += batch) {
    db.transaction(() => {
      for (let i = from; i < Math.min(from + batch, created.length); i++) {
        const on = created[i] as string;
        const at = `${on}T02:00:00.000Z`;
        const year = Number(on.slice(0, 4));
        const seq = (counters.get(year) ?? 0) + 1;
        counters.set(year, seq);
        const number = `ZG-${year}-${String(seq).padStart(4, '0')}`;
        const unit = rng() < 0.5 ? (units[Math.floor(rng() * Math.min(30, units.length))] as { id: number; name: string }) : pick(rng, units);
        const staff = peopleOf.get(unit.id) ?? [];
        const source = weighted(rng, SOURCE_WEIGHTS);
        const problem = `${unit.name}${pick(rng, PROBLEMS)}`;
        const original = addDays(on, 30 + Math.floor(rng() * 90));
        const age = Math.round((Date.parse(o.today) - Date.parse(on)) / 86_400_000);
        // Older items are mostly closed; recent ones in every state.
        const r = rng();
        const status: RectStatus = age > 200 ? (r < 0.93 ? '已销号' : r < 0.97 ? '整改中' : '待验收') : r < 0.2 ? '未启动' : r < 0.6 ? '整改中' : r < 0.75 ? '待验收' : '已销号';
        const extended = rng() < 0.12;
        const deadline = extended ? addDays(original, 30 + Math.floor(rng() * 60)) : original;
        const closedOn = status === '已销号' ? addDays(deadline, Math.floor(rng() * 50) - 35) : null;
        const closed = closedOn !== null && closedOn < on ? on : closedOn;
        const percent = status === '已销号' ? 100 : status === '未启动' ? 0 : 10 + Math.floor(rng() * 85);
        const recurrenceOf = closedIds.length > 100 && rng() < 0.03 ? pick(rng, closedIds.slice(-2000)) : null;
        const id = Number(item.run(
          number, source, source === '巡察反馈' ? `县委第${1 + Math.floor(rng() * 4)}巡察组反馈意见` : '', unit.id, problem, pick(rng, DEFAULT_RECT_CATEGORIES),
          staff.length ? pick(rng, staff) : null, staff.length ? pick(rng, staff) : null, original, deadline, status, percent,
          percent > 0 ? '按整改方案推进' : '', status === '已销号' ? 1 : 0, recurrenceOf, rng() < 0.1 ? '已约谈单位主要负责人' : '', on, at, closed, at,
        ).lastInsertRowid);
        const texts: string[] = [];
        const nMeasures = 1 + Math.floor(rng() * 3);
        for (let m = 1; m <= nMeasures; m++) {
          const text = pick(rng, MEASURES);
          texts.push(text);
          measure.run(id, m, text, staff.length && rng() < 0.3 ? pick(rng, staff) : null, rng() < 0.3 ? addDays(on, 20 * m) : null);
        }
        result.measures += nMeasures;
        event.run(id, '登记', on, problem, null, null, '未启动', at);
        if (percent > 0) event.run(id, '进展', addDays(on, 10), '按整改方案推进', percent, '未启动', '整改中', at);
        if (extended) {
          const decided = addDays(original, -5);
          extension.run(id, original, deadline, '已批准', at, decided, `${decided}T02:00:00.000Z`);
          result.extensions++;
        } else if (rng() < 0.03) {
          const decided = addDays(original, -5);
          extension.run(id, original, addDays(original, 60), '不批准', at, decided, `${decided}T02:00:00.000Z`);
          result.extensions++;
        }
        if (closed) {
          event.run(id, '销号', closed, '', null, '待验收', '已销号', at);
          file.run(id, sha, `${number}整改报告.pdf`, bytes.length, at);
          closedIds.push(id);
          result.closed++;
          result.files++;
        }
        if (recurrenceOf !== null) result.recurrences++;
        fts.run(id, ftsColumn([number, problem, ...texts]));
        result.items++;
      }
    })();
  }
  for (const [year, last] of counters) db.prepare('INSERT OR REPLACE INTO rect_counters (year, last) VALUES (?, ?)').run(year, last);
  return result;
}

// ---- the bare SQL -------------------------------------------------------------------------

/** The ledger's columns, written out by hand: names, measures, evidence count, the recurrence's number. */
const ROW = `
  SELECT i.id, i.number, i.source, i.source_ref, i.document_id, d.number AS document_number, i.tip_id, t.number AS tip_number,
         i.unit_id, u.name AS unit_name, i.problem, i.category,
         (SELECT group_concat(seq || '. ' || text, char(10)) FROM (SELECT seq, text FROM rect_measures WHERE item_id = i.id ORDER BY seq)) AS measures,
         lp.name AS leader_name, op.name AS owner_name, i.deadline_original, i.deadline, i.status, i.percent, i.latest_progress, i.closed_on,
         i.recurrence_of, ri.number AS recurrence_number, (SELECT count(*) FROM rect_files f WHERE f.item_id = i.id) AS evidence_count,
         lu.display_name AS liaison_name, i.version
  FROM rect_items i JOIN units u ON u.id = i.unit_id
  LEFT JOIN documents d ON d.id = i.document_id LEFT JOIN tips t ON t.id = i.tip_id
  LEFT JOIN people lp ON lp.id = i.leader_person_id LEFT JOIN people op ON op.id = i.owner_person_id
  LEFT JOIN rect_items ri ON ri.id = i.recurrence_of LEFT JOIN users lu ON lu.id = u.liaison_user_id`;

export interface BareWhere {
  sql: string;
  params: unknown[];
}

export function rectWhere(...parts: BareWhere[]): BareWhere {
  return parts.length === 0 ? { sql: '', params: [] } : { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

export const rectFts = (q: string): BareWhere => {
  const phrase = ftsPhrase(q);
  if (phrase === null) throw new Error('empty search in the bench');
  return { sql: 'i.id IN (SELECT rowid FROM rect_fts WHERE rect_fts MATCH ?)', params: [phrase] };
};

/** The page (ids in a subquery, filtered, ordered and offset; the columns for those rows) and the total. */
export function bareRect(where: BareWhere, order: string, pageSize: number, page = 0, join = ''): BareQuery {
  return {
    page: {
      sql: `${ROW} WHERE i.id IN (SELECT i.id FROM rect_items i ${join} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`,
      params: [...where.params, pageSize, page * pageSize],
    },
    count: { sql: `SELECT count(*) AS n FROM rect_items i ${where.sql}`, params: where.params },
  };
}

