// Test helpers for rectification: items written by SQL as the item services would leave them —
// numbered ZG-YYYY-NNNN, with measures, history (登记, 进展, 延期, 销号), approved or refused
// extensions (the deadline in force on the item, the original beside it), evidence rows over
// `files`, and the search index — so that the ledger, its export and the index's "overdue at a
// quarter's end" can be tested on exact histories.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/types.ts';
import { indexRectItem } from '../../db/repos/rectification/index.ts';
import type { RectSource, RectStatus } from '../../shared/rectification/index.ts';

export interface RectSpec {
  unitId: number;
  source?: Exclude<RectSource, '预警告知书'>;
  sourceRef?: string;
  tipId?: number | null;
  problem: string;
  category?: string;
  measures?: Array<string | { text: string; ownerPersonId?: number | null; dueDate?: string | null }>;
  leaderPersonId?: number | null;
  ownerPersonId?: number | null;
  /** The original 整改时限. */
  deadline: string;
  /** The day registered (the office's date). */
  createdOn: string;
  /** Default: 整改中 when progress was recorded, else 未启动; 已销号 when closedOn is given. */
  status?: RectStatus;
  progress?: Array<{ date: string; text: string; percent: number }>;
  /** 延期: approved ones move the deadline in force (the last decided, the later row on a day). */
  extensions?: Array<{ deadline: string; decidedOn: string | null; state?: '已批准' | '不批准' | '待审批'; reason?: string }>;
  closedOn?: string | null;
  recurrenceOf?: number | null;
  remarks?: string;
  /** 佐证材料: file names (content made up from the name). */
  files?: string[];
}

export interface InsertedRect {
  id: number;
  number: string;
  deadline: string;
}

function nextNumber(db: Db, year: number): string {
  db.prepare('INSERT INTO rect_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1').run(year);
  const { last } = db.prepare('SELECT last FROM rect_counters WHERE year = ?').get(year) as { last: number };
  return `ZG-${year}-${String(last).padStart(4, '0')}`;
}

/** Inserts one item and its history; returns its id, number and deadline in force. */
export function insertRect(db: Db, s: RectSpec): InsertedRect {
  const at = `${s.createdOn}T02:00:00.000Z`;
  const closedOn = s.closedOn ?? null;
  const progress = s.progress ?? [];
  const status: RectStatus = closedOn ? '已销号' : (s.status ?? (progress.length ? '整改中' : '未启动'));
  const extensions = (s.extensions ?? []).map((e) => ({ ...e, state: e.state ?? (e.decidedOn ? '已批准' : '待审批') }));
  let deadline = s.deadline;
  let decidedAt = '';
  for (const e of extensions) {
    if (e.state === '已批准' && e.decidedOn && e.decidedOn >= decidedAt) {
      deadline = e.deadline;
      decidedAt = e.decidedOn;
    }
  }
  const last = progress[progress.length - 1];
  const number = nextNumber(db, Number(s.createdOn.slice(0, 4)));
  const id = Number(
    db
      .prepare(
        `INSERT INTO rect_items (number, source, source_ref, tip_id, unit_id, problem, category, leader_person_id, owner_person_id,
           deadline_original, deadline, status, percent, latest_progress, verified, recurrence_of, remarks, created_on, created_at, closed_on, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        number, s.source ?? '巡察反馈', s.sourceRef ?? '', s.tipId ?? null, s.unitId, s.problem, s.category ?? '三资管理', s.leaderPersonId ?? null,
        s.ownerPersonId ?? null, s.deadline, deadline, status, closedOn ? 100 : (last?.percent ?? 0), last?.text ?? '', closedOn ? 1 : 0,
        s.recurrenceOf ?? null, s.remarks ?? '', s.createdOn, at, closedOn, at,
      ).lastInsertRowid,
  );
  (s.measures ?? []).forEach((m, k) => {
    const measure = typeof m === 'string' ? { text: m } : m;
    db.prepare('INSERT INTO rect_measures (item_id, seq, text, owner_person_id, due_date) VALUES (?, ?, ?, ?, ?)')
      .run(id, k + 1, measure.text, measure.ownerPersonId ?? null, measure.dueDate ?? null);
  });
  const event = (kind: string, date: string, text: string, extra: { percent?: number; from?: RectStatus | null; to?: RectStatus | null; data?: unknown } = {}) => {
    db.prepare(
      `INSERT INTO rect_events (item_id, kind, on_date, text, percent, from_status, to_status, data, by_name, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '测试', ?)`,
    ).run(id, kind, date, text, extra.percent ?? null, extra.from ?? null, extra.to ?? null, JSON.stringify(extra.data ?? {}), `${date}T02:00:00.000Z`);
  };
  event('登记', s.createdOn, s.problem, { to: '未启动' });
  progress.forEach((p, k) => event('进展', p.date, p.text, { percent: p.percent, from: k === 0 ? '未启动' : '整改中', to: '整改中' }));
  let previous = s.deadline;
  for (const e of extensions) {
    db.prepare(
      `INSERT INTO rect_extensions (item_id, previous_deadline, requested_deadline, reason, state, requested_by_name, requested_at, decided_by_name, decided_on, decided_at)
       VALUES (?, ?, ?, ?, ?, '测试', ?, ?, ?, ?)`,
    ).run(id, previous, e.deadline, e.reason ?? '工程量大', e.state, at, e.decidedOn ? '测试' : null, e.decidedOn, e.decidedOn ? `${e.decidedOn}T02:00:00.000Z` : null);
    if (e.state === '已批准' && e.decidedOn) {
      event('批准延期', e.decidedOn, '', { data: { deadlineFrom: previous, deadlineTo: e.deadline } });
      previous = e.deadline;
    }
  }
  for (const name of s.files ?? []) {
    const bytes = Buffer.from(`佐证材料 ${name}`);
    const sha = createHash('sha256').update(bytes).digest('hex');
    db.prepare('INSERT OR IGNORE INTO files (sha256, size, created_at) VALUES (?, ?, ?)').run(sha, bytes.length, at);
    db.prepare('INSERT INTO rect_files (item_id, sha256, file_name, size, added_at, added_by_name) VALUES (?, ?, ?, ?, ?, ?)').run(id, sha, name, bytes.length, at, '测试');
  }
  if (closedOn) event('销号', closedOn, '', { from: '待验收', to: '已销号' });
  indexRectItem(db, id);
  return { id, number, deadline };
}

/** Makes a user the 联系干部 of a unit. */
export function setLiaison(db: Db, unitId: number, userId: number | null): void {
  db.prepare('UPDATE units SET liaison_user_id = ? WHERE id = ?').run(userId, unitId);
}
