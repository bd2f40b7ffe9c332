// The 谈话函询登记 section of `npm run bench`: BENCH_INTERVIEWS talks and letters (default 50,000)
// over five years about the bench registry, inserted in bulk by SQL — interviewers, a history line
// each, the deadlines running (most near today), outcomes, follow-ups, the search index — and the
// bare SQL for the same work the bench measures: each ledger page (the same filter, order with its
// id tie-break, page and total, the row's columns read for the page only), the counts (the two
// GROUP BYs) and the export's rows.
import type { Db } from '../db/types.ts';
import { ftsColumn, ftsPhrase } from '../db/repos/kernel/charSearch.ts';
import { addDays } from '../shared/kernel/workdays.ts';
import { mulberry32, pick, weighted } from '../shared/kernel/random.ts';
import { INTERVIEW_OUTCOMES, interviewNumber, type InterviewStatus, type TalkType } from '../shared/interviews/index.ts';
import type { BareQuery } from './bare.ts';

export const BENCH_INTERVIEWS = Number(process.env.BENCH_INTERVIEWS ?? 50000);

const PLACES = ['县纪委谈话室', '县纪委第二谈话室', '镇党委会议室', '县委党校', '派驻纪检组办公室'];
const CAUSES = ['反映违规收受礼金', '反映优亲厚友', '年度廉政谈话', '巡察发现问题', '整改不到位', '任前廉政谈话', '群众反映工作作风问题', '反映违规经商办企业'];
const TYPE_WEIGHTS: ReadonlyArray<readonly [TalkType, number]> = [
  ['廉政谈话', 30], ['提醒谈话', 25], ['诫勉谈话', 8], ['约谈', 10], ['任前廉政谈话', 15], ['巡察谈话', 7], ['谈话函询', 5],
];

export interface BenchInterviewOptions {
  count: number;
  /** The bench's day; records fall in the five years before it (a few planned after it). */
  today: string;
  people: ReadonlyArray<{ id: number; name: string; unitId: number; unitName: string; post: string; category: string }>;
  /** The office's interviewers (user ids). */
  interviewers: readonly number[];
  seed?: number;
}

export interface BenchInterviewResult {
  talks: number;
  letters: number;
  open: number;
  withDue: number;
  followUps: number;
}

/** Fills the interviews tables in bulk (one transaction per 10,000 records). */
export function fillInterviews(db: Db, o: BenchInterviewOptions): BenchInterviewResult {
  const rng = mulberry32(o.seed ?? 13_000);
  const span = 5 * 365;
  const start = addDays(o.today, -span);
  const dates = Array.from({ length: o.count }, () => addDays(start, Math.floor(rng() * (span + 30)))).sort();
  const insert = db.prepare(
    `INSERT INTO interviews (number, kind, talk_type, holder, holder_names, status, cause_kind, cause_text, person_id, person_name, unit_id, unit_name,
       post, category, planned_date, planned_time, place, recorder_user_id, sent_date, held_date, held_time, reply_date, supplements, outcome,
       concluded_date, due_kind, due_original, due_date, ledger_date, created_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '其他', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const staff = db.prepare('INSERT INTO interview_staff (interview_id, user_id) VALUES (?, ?)');
  const history = db.prepare("INSERT INTO interview_history (interview_id, at, by_name, action, date, text) VALUES (?, ?, '基准', '登记', ?, '')");
  const followUp = db.prepare('INSERT INTO interview_followups (interview_id, content, due_date, done_date, created_at) VALUES (?, ?, ?, ?, ?)');
  const fts = db.prepare('INSERT INTO interview_fts (rowid, text) VALUES (?, ?)');
  const counters = new Map<string, number>();
  const result: BenchInterviewResult = { talks: 0, letters: 0, open: 0, withDue: 0, followUps: 0 };
  const batch = 10_000;
  for (let from = 0; from < dates.length; from += batch) {
    db.transaction(() => {
      for (let k = from; k < Math.min(from + batch, dates.length); k++) {
        const day = dates[k] as string;
        const at = `${day}T02:00:00.000Z`;
        const letter = rng() < 0.35;
        const kind = letter ? '函询' : '谈话';
        const year = Number(day.slice(0, 4));
        const serial = (counters.get(`${kind}${year}`) ?? 0) + 1;
        counters.set(`${kind}${year}`, serial);
        const number = interviewNumber(kind, year, serial);
        const p = pick(rng, o.people);
        const age = Math.round((Date.parse(o.today) - Date.parse(day)) / 86_400_000);
        const entrusted = !letter && rng() < 0.08;
        const cause = pick(rng, CAUSES);
        const place = letter ? '' : pick(rng, PLACES);
        const r = rng();
        // Older records are concluded; recent ones in every state.
        const concluded = age > 90 ? r < 0.97 : age > 0 ? r < 0.5 : false;
        let status: InterviewStatus;
        let dueKind: string | null = null;
        let dueDate: string | null = null;
        let sent: string | null = null;
        let held: string | null = null;
        let reply: string | null = null;
        let planned: string | null = null;
        if (letter) {
          sent = day;
          if (concluded) {
            status = '已办结';
            reply = addDays(day, 10 + Math.floor(rng() * 10));
          } else if (age <= 0 || r < 0.6) {
            status = '待答复';
            dueKind = '答复';
            dueDate = addDays(day, 21);
          } else {
            status = '待评估';
            reply = addDays(day, 12);
          }
        } else {
          planned = day;
          if (concluded) {
            status = '已办结';
            held = day;
          } else if (age < 0 || r < 0.7) {
            status = '待谈话';
            if (entrusted) {
              dueKind = '谈话';
              dueDate = addDays(day, 5);
            }
          } else {
            status = '待办结';
            held = day;
            if (entrusted) {
              dueKind = '记录';
              dueDate = addDays(day, 7);
            }
          }
        }
        const outcome = status === '已办结' ? weighted(rng, INTERVIEW_OUTCOMES.map((x, i) => [x, [60, 15, 12, 5, 8][i] as number] as const)) : null;
        const concludedDate = status === '已办结' ? (reply ?? addDays(day, 3)) : null;
        const id = Number(insert.run(
          number, kind, letter ? null : weighted(rng, TYPE_WEIGHTS), entrusted ? '委托谈话' : '本委', entrusted ? `${p.unitName}党委书记` : '', status, cause,
          p.id, p.name, p.unitId, p.unitName, p.post, p.category, planned, planned && rng() < 0.8 ? `${String(8 + Math.floor(rng() * 9)).padStart(2, '0')}:30` : null,
          place, letter ? null : pick(rng, o.interviewers), sent, held, held ? '09:30' : null, reply, 0, outcome, concludedDate,
          dueKind, dueDate, dueDate, day, day, at, at,
        ).lastInsertRowid);
        if (!letter && !entrusted) {
          const a = pick(rng, o.interviewers);
          let b = pick(rng, o.interviewers);
          if (b === a) b = o.interviewers[(o.interviewers.indexOf(a) + 1) % o.interviewers.length] as number;
          staff.run(id, a);
          staff.run(id, b);
        }
        history.run(id, at, day);
        if (outcome !== null && outcome !== '了结' && rng() < 0.5) {
          const fDue = addDays(concludedDate as string, 30);
          followUp.run(id, '提交书面说明', fDue, fDue < o.today && rng() < 0.9 ? fDue : null, at);
          result.followUps++;
        }
        fts.run(id, ftsColumn([number, p.name, p.unitName, p.post, cause, place, entrusted ? `${p.unitName}党委书记` : '']));
        if (letter) result.letters++;
        else result.talks++;
        if (status !== '已办结') result.open++;
        if (dueDate) result.withDue++;
      }
    })();
  }
  for (const [key, last] of counters) db.prepare('INSERT OR REPLACE INTO interview_counters (kind, year, last) VALUES (?, ?, ?)').run(key.slice(0, 2), Number(key.slice(2)), last);
  return result;
}

// ---- the bare SQL -------------------------------------------------------------------------

/** The ledger's columns, written out by hand: the interviewers' names, the cause's record numbers. */
const ROW = `
  SELECT i.id, i.number, i.kind, i.talk_type, i.holder, i.holder_names, i.status, i.person_id, i.person_name, i.unit_id, i.unit_name, i.post,
         i.category, i.cause_kind, i.cause_text, t.number AS tip_number, r.number AS rect_number, d.number AS doc_number,
         (SELECT group_concat(u.display_name, '、') FROM interview_staff s JOIN users u ON u.id = s.user_id WHERE s.interview_id = i.id) AS staff,
         i.planned_date, i.planned_time, i.held_date, i.place, i.sent_date, i.reply_date, i.outcome, i.concluded_date, i.due_kind, i.due_date,
         i.ledger_date, i.version
  FROM interviews i LEFT JOIN tips t ON t.id = i.tip_id LEFT JOIN rect_items r ON r.id = i.rect_item_id LEFT JOIN documents d ON d.id = i.warning_document_id`;

export interface BareWhere {
  sql: string;
  params: unknown[];
}

export function interviewWhere(...parts: BareWhere[]): BareWhere {
  return parts.length === 0 ? { sql: '', params: [] } : { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

export const interviewFts = (q: string): BareWhere => {
  const phrase = ftsPhrase(q);
  if (phrase === null) throw new Error('empty search in the bench');
  return { sql: 'i.id IN (SELECT rowid FROM interview_fts WHERE interview_fts MATCH ?)', params: [phrase] };
};

/** The page (ids in a subquery, filtered, ordered and offset; the columns for those rows) and the total. */
export function bareInterviews(where: BareWhere, order: string, pageSize: number, page = 0): BareQuery {
  return {
    page: {
      sql: `${ROW} WHERE i.id IN (SELECT i.id FROM interviews i ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`,
      params: [...where.params, pageSize, page * pageSize],
    },
    count: { sql: `SELECT count(*) AS n FROM interviews i ${where.sql}`, params: where.params },
  };
}

/** The export's rows read by hand: every match, in order, with the row's columns and the export's extras. */
export function bareInterviewExport(db: Db, where: BareWhere, order: string): () => number {
  const rows = db.prepare(
    `${ROW.replace('i.version', `i.version, i.held_time, i.supplements, i.due_original, i.meeting_date,
       (SELECT x.new_due FROM interview_extensions x WHERE x.interview_id = i.id AND x.state = '已批准' ORDER BY x.id DESC LIMIT 1) AS extended`)}
     ${where.sql} ORDER BY ${order}`,
  );
  return () => rows.all(...where.params).length;
}

/** The counts by hand: 类别 per month of the year by the ledger date, 结果 by the concluded date. */
export function bareInterviewStats(db: Db, year: number): () => number {
  const byType = db.prepare(
    `SELECT substr(ledger_date, 1, 7) AS k, CASE WHEN kind = '函询' THEN '函询' ELSE talk_type END AS v, count(*) AS n
     FROM interviews WHERE ledger_date BETWEEN ? AND ? GROUP BY 1, 2`,
  );
  const byOutcome = db.prepare(
    'SELECT substr(concluded_date, 1, 7) AS k, outcome AS v, count(*) AS n FROM interviews WHERE outcome IS NOT NULL AND concluded_date BETWEEN ? AND ? GROUP BY 1, 2',
  );
  return () => byType.all(`${year}-01-01`, `${year}-12-31`).length + byOutcome.all(`${year}-01-01`, `${year}-12-31`).length;
}
