// The year's two lists (结果运用): 不得评先评优 — a grade-C unit with its responsible people — and
// 可参与优秀班子评定 — the grade-A units. Paged and searched, exported as the office hands it on (one
// row per person, one per unit for the A list; removed people marked with why and by whom), asked by
// person ("may this person be commended in 2026?" with the answer and why), and a C unit's people
// added or removed by hand with a reason (the entry stays, marked). The rows themselves are written
// when the year is published (consequences.ts).
import { AppError } from '../../../shared/kernel/errors.ts';
import { dateInZone, dateTimeInZone } from '../../../shared/kernel/dates.ts';
import { formatHundredths } from '../../../shared/integrity/index.ts';
import { officeMaker } from '../../../shared/core/index.ts';
import type { AwardList, AwardListRow, AwardLookup, AwardPerson, ClosedMark } from '../../../shared/consequences/index.ts';
import { getPerson } from '../../../db/repos/registry/index.ts';
import { publicationInForce } from '../../../db/repos/integrity/index.ts';
import { insertAwardEntries } from '../../../db/repos/consequences/consequences.ts';
import { resultsInForce } from '../../../db/repos/consequences/rows.ts';
import {
  entriesOf, entryOfPerson, getEntry, listAll, listPage, listRow, openAListOfUnit, personEntries, removeEntry,
  type PersonEntry, type StoredEntry, type StoredListRow,
} from '../../../db/repos/consequences/lists.ts';
import type { Db } from '../../../db/types.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { writeWorkbook, type WriteColumn, type WriteValue } from '../kernel/xlsx/writeTable.ts';
import { officeProfile } from '../core/index.ts';
import { consequenceDetail } from './period.ts';
import { isYearScore, parseScore, staleReasons } from './results.ts';

const NO_AWARDS: AwardList = '不得评先评优';

/** Whether each row still matches the year's result in force (results.ts: the one rule of 与结果不符), by consequence. */
function staleOf(db: Db, stored: readonly StoredListRow[]): Map<number, string | null> {
  return staleReasons(
    db,
    stored.map((r) => ({ id: r.consequenceId, year: r.year, quarter: 0, unitId: r.unitId, kind: r.list, grade: r.grade, publicationId: r.publicationId, closed: r.closed })),
  );
}

/** The list's unit row as the page shows it: its people, and why it no longer matches the year's result in force. */
function shownRow(stored: StoredListRow, persons: AwardPerson[], stale: string | null): AwardListRow {
  return {
    consequenceId: stored.consequenceId,
    year: stored.year,
    list: stored.list,
    unitId: stored.unitId,
    unitName: stored.unitName,
    unitType: stored.unitType,
    score: stored.score,
    grade: stored.grade,
    closed: stored.closed,
    stale,
    persons,
  };
}

function shownRows(call: Call, stored: StoredListRow[]): AwardListRow[] {
  const people = entriesOf(call.ctx.db, stored.map((r) => r.consequenceId));
  const stale = staleOf(call.ctx.db, stored);
  return stored.map((r) => shownRow(r, people.get(r.consequenceId) ?? [], stale.get(r.consequenceId) ?? null));
}

/** The office's day of a stored instant (2027-01-15). */
function dayOf(call: Call, iso: string): string {
  return dateInZone(new Date(iso), call.timeZone);
}

/** 2027-01-15由张三移出，理由：调离 */
function markText(call: Call, mark: ClosedMark, done: string): string {
  return `${dayOf(call, mark.at)}由${mark.byName}${done}，理由：${mark.reason}`;
}

/** 已于2027-01-15由张三移出该名单（理由：调离） */
function doneText(call: Call, mark: ClosedMark, done: string): string {
  return `已于${dayOf(call, mark.at)}由${mark.byName}${done}（理由：${mark.reason}）`;
}

function graded(r: { grade: string; score: number }): string {
  return `${r.grade}级（${formatHundredths(r.score)}分）`;
}

// ---- export ----------------------------------------------------------------------------------

/** The columns of the exported list, in the office's order. */
export const AWARD_EXPORT_COLUMNS: WriteColumn[] = [
  { header: '序号', key: 'no', kind: 'number', width: 6 },
  { header: '单位', key: 'unit', width: 22 },
  { header: '单位类型', key: 'type', width: 12 },
  { header: '年度廉情指数', key: 'score', width: 12 },
  { header: '等级', key: 'grade', width: 6 },
  { header: '人员', key: 'person', width: 10 },
  { header: '职务', key: 'post', width: 16 },
  { header: '身份类别', key: 'category', width: 10 },
  { header: '列入依据', key: 'basis', width: 30 },
  { header: '状态', key: 'state', width: 36 },
];

interface AwardExport {
  name: string;
  title: string;
  maker: string;
  subtitle: string;
  rows: Array<Record<string, WriteValue>>;
}

/** 状态 of a unit's row: 已列入, or the list closed, and 与现行结果不符 when republished since. */
function unitState(call: Call, r: AwardListRow): string {
  const parts = [r.closed ? `名单已关闭（${markText(call, r.closed, '关闭')}）` : '已列入'];
  if (r.stale) parts.push(`与现行结果不符：${r.stale}`);
  return parts.join('；');
}

function personState(call: Call, r: AwardListRow, p: AwardPerson): string {
  if (p.removed) return `已移出（${markText(call, p.removed, '移出')}）`;
  return unitState(call, r);
}

/** The list's rows as exported: one per person of a C unit (the unit alone when it has none), one per unit of the A list. */
function exportRows(call: Call, list: AwardList, rows: AwardListRow[], bases: Map<number, string>): AwardExport['rows'] {
  const out: AwardExport['rows'] = [];
  for (const r of rows) {
    const unit = { unit: r.unitName, type: r.unitType, score: formatHundredths(r.score), grade: r.grade };
    if (list !== NO_AWARDS || r.persons.length === 0) {
      out.push({ no: out.length + 1, ...unit, person: null, post: null, category: null, basis: bases.get(r.consequenceId) ?? null, state: unitState(call, r) });
      continue;
    }
    for (const p of r.persons) {
      out.push({ no: out.length + 1, ...unit, person: p.personName, post: p.post || null, category: p.category, basis: p.basis, state: personState(call, r, p) });
    }
  }
  return out;
}

/** The year's whole list (read in the call's transaction), the export audited. */
function gatherAwardList(call: Call, year: number, list: AwardList): AwardExport {
  const db = call.ctx.db;
  const stored = listAll(db, year, list);
  const bases = new Map(stored.map((r) => [r.consequenceId, r.basis]));
  const rows = exportRows(call, list, shownRows(call, stored), bases);
  const name = `${year}年度${list}名单`;
  audit(call, 'export', null, name, { period: `${year}年度`, list, rows: rows.length });
  const maker = officeMaker(officeProfile(db));
  return { name, title: name, maker, subtitle: `导出时间：${dateTimeInZone(call.now, call.timeZone)}`, rows };
}

function renderAwardList(e: AwardExport): Promise<Uint8Array> {
  return writeWorkbook([{ name: e.name, title: e.title, maker: e.maker, subtitle: e.subtitle, columns: AWARD_EXPORT_COLUMNS, rows: e.rows }]);
}

// ---- lookup by person ------------------------------------------------------------------------

function lookupEntry(e: PersonEntry): AwardLookup['entries'][number] {
  return { list: e.list, consequenceId: e.consequenceId, unitName: e.unitName, grade: e.grade, score: e.score, category: e.category, removed: e.removed };
}

/** 该同志为发布时登记的主要负责人 — or, added by hand, the reason typed. */
function whyListed(e: StoredEntry): string {
  return e.basis.startsWith('发布时登记') ? `该同志为${e.basis}` : `该同志经增列（理由：${e.basis}）`;
}

/** Why someone of a graded unit is not on the list: 该同志未列入… and, where the person was on it, how that ended. */
function notListed(call: Call, year: number, entries: PersonEntry[]): string {
  const ended = entries.find((e) => e.removed !== null || !e.listOpen);
  const how = !ended
    ? ''
    : ended.removed
      ? `（曾列入${ended.unitName}名单，${markText(call, ended.removed, '移出')}）`
      : `（${ended.unitName}的名单已关闭）`;
  return `该同志未列入${year}年度不得评先评优名单${how}。`;
}

function lookup(call: Call, year: number, personId: number): AwardLookup {
  const db = call.ctx.db;
  const person = getPerson(db, personId);
  if (!person) throw new AppError('NOT_FOUND', '未找到该人员，请从人员名册中选择。');
  const entries = personEntries(db, year, personId);
  const base = { year, personId, personName: person.name, unitName: person.unitName, post: person.post, entries: entries.map(lookupEntry) };
  const active = entries.find((e) => e.removed === null && e.listOpen);
  if (active) {
    return {
      ...base,
      answer: '不得评先评优',
      because: `所在单位${active.unitName}${year}年度廉情指数为${graded(active)}，${whyListed(active)}，列入${year}年度不得评先评优名单。`,
    };
  }
  if (!publicationInForce(db, year, 0)) {
    return { ...base, answer: '年度尚未发布', because: `${year}年度廉情指数尚未发布，评先评优名单尚未形成。` };
  }
  // An A row of a year republished since with another grade no longer makes anyone eligible.
  const aRows = openAListOfUnit(db, year, person.unitId);
  const aStale = staleOf(db, aRows);
  const a = aRows.find((r) => aStale.get(r.consequenceId) === null);
  if (a) {
    return {
      ...base,
      answer: '可参与优秀班子评定',
      because: `所在单位${a.unitName}${year}年度廉情指数为${graded(a)}，可参与党风廉政建设责任制优秀班子评定（该同志未列入不得评先评优名单）。`,
    };
  }
  const json = resultsInForce(db, year, 0, [person.unitId]).get(person.unitId);
  const score = json === undefined ? null : parseScore(json);
  const result = score && isYearScore(score) ? score : null;
  const unitPart = result
    ? `所在单位${result.unitName}${year}年度廉情指数为${graded(result)}，`
    : `所在单位${person.unitName}未参加${year}年度廉情指数评定，`;
  return { ...base, answer: '未列入名单', because: `${unitPart}${notListed(call, year, entries)}` };
}

// ---- adding and removing people --------------------------------------------------------------

/** The consequence a person is added to: an open 不得评先评优 of a grade-C unit. */
function openNoAwardList(call: Call, id: number): StoredListRow {
  const row = listRow(call.ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', '未找到该名单，请刷新后重试。');
  if (row.list !== NO_AWARDS || row.grade !== 'C') {
    throw new AppError('VALIDATION', '只能向年度C级单位的不得评先评优名单增列人员。', { id: '不是C级单位的不得评先评优名单' });
  }
  if (row.closed) throw new AppError('CONFLICT', `${row.unitName}的不得评先评优名单${doneText(call, row.closed, '关闭')}，不能再增列或移出人员。`);
  return row;
}

function entrySummary(row: StoredListRow, personName: string, reason: string): Record<string, string> {
  return { period: `${row.year}年度`, list: row.list, unit: row.unitName, person: personName, reason };
}

export const listHandlers: HandlerGroup<
  'consequences.awardList' | 'consequences.exportAwardList' | 'consequences.lookup' | 'consequences.addListPerson' | 'consequences.removeListPerson'
> = {
  'consequences.awardList': (call, input) => {
    const page = listPage(call.ctx.db, input, input.page, input.pageSize);
    return { rows: shownRows(call, page.rows), total: page.total };
  },

  'consequences.exportAwardList': steps<'consequences.exportAwardList', undefined, AwardExport>({
    run: (call, input) => gatherAwardList(call, input.year, input.list),
    finish: async (call, e) => fileResult(e.name, call, await renderAwardList(e)),
  }),

  'consequences.lookup': (call, input) => lookup(call, input.year, input.personId),

  'consequences.addListPerson': (call, input) => {
    const db = call.ctx.db;
    const row = openNoAwardList(call, input.id);
    const person = getPerson(db, input.personId);
    if (!person) throw new AppError('VALIDATION', '所选人员不在人员名册中，请重新选择。', { personId: '人员不存在' });
    const earlier = entryOfPerson(db, row.consequenceId, person.id);
    if (earlier?.removed) {
      throw new AppError(
        'VALIDATION',
        `${person.name}${doneText(call, earlier.removed, '移出该名单')}，移出的人员不能再次增列。`,
        { personId: '该人员已被移出名单' },
      );
    }
    if (earlier) throw new AppError('VALIDATION', `${person.name}已在${row.unitName}的不得评先评优名单中。`, { personId: '该人员已在名单中' });
    const [entryId] = insertAwardEntries(db, [{
      consequenceId: row.consequenceId, personId: person.id, personName: person.name, post: person.post, category: person.category,
      basis: input.reason, userId: actorId(call), byName: actorName(call), at: nowIso(call),
    }]);
    if (entryId === undefined) throw new Error('the entry was not written');
    audit(call, 'index-award-entry', entryId, `${person.name}（${row.unitName}）`, entrySummary(row, person.name, input.reason));
    return consequenceDetail(call, row.consequenceId);
  },

  'consequences.removeListPerson': (call, input) => {
    const db = call.ctx.db;
    const entry = getEntry(db, input.entryId);
    if (!entry) throw new AppError('NOT_FOUND', '未找到该名单人员，请刷新后重试。');
    if (entry.removed) throw new AppError('CONFLICT', `${entry.personName}${doneText(call, entry.removed, '移出名单')}，不能再次移出。`);
    const row = openNoAwardList(call, entry.consequenceId);
    if (!removeEntry(db, entry.id, { reason: input.reason, userId: actorId(call), byName: actorName(call), at: nowIso(call) })) {
      throw new AppError('CONFLICT', '该名单人员已被他人移出，请刷新后重试。');
    }
    audit(call, 'index-award-entry', entry.id, `${entry.personName}（${row.unitName}）`, entrySummary(row, entry.personName, input.reason));
    return consequenceDetail(call, row.consequenceId);
  },
};
