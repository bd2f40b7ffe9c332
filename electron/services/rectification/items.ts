// Registering items — one 问题清单 at a time (rect.create), or one per problem when a 预警告知书 is
// issued (createItems, from notices.ts) — editing an open item's description, and an item's page.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { MeasureInput, RectRow, RectSource } from '../../../shared/rectification/index.ts';
import { DEFAULT_RECT_CATEGORIES, withDueState } from '../../../shared/rectification/index.ts';
import { getItemRecord, insertEvent, insertItem, nextRectSerial, updateItem } from '../../../db/repos/rectification/items.ts';
import { rectRowsByIds } from '../../../db/repos/rectification/rows.ts';
import { getPerson, getUnit } from '../../../db/repos/registry/index.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import { getSettings } from '../settings/index.ts';
import { checkVersion, itemDetail, mustGetItem, requireStep, soonDays } from './common.ts';
import { getTipRecordForLink } from './links.ts';

export interface NewItemInput {
  unitId: number;
  problem: string;
  category: string;
  measures: readonly MeasureInput[];
  leaderPersonId: number | null;
  ownerPersonId: number | null;
  deadline: string;
  remarks: string;
  /** The tip this item came from, when it is not the source's (a notice's problem taken from a tip). */
  tipId?: number | null;
}

export interface ItemSource {
  source: RectSource;
  sourceRef: string;
  documentId: number | null;
  tipId: number | null;
  recurrenceOf: number | null;
}

function categories(call: Call): readonly string[] {
  return getSettings(call.ctx.db).rectCategories ?? DEFAULT_RECT_CATEGORIES;
}

/** The checks of an item's description (row: its place in a 问题清单, for the message). */
function checkItem(call: Call, item: NewItemInput, row: string): void {
  const db = call.ctx.db;
  const unit = getUnit(db, item.unitId);
  if (!unit) throw new AppError('VALIDATION', `${row}单位不存在，请重新选择。`, { unitId: '单位不存在' });
  if (unit.status !== '正常') throw new AppError('VALIDATION', `${row}单位“${unit.name}”已撤销，不能登记整改事项。`, { unitId: '单位已撤销' });
  if (!categories(call).includes(item.category)) {
    throw new AppError('VALIDATION', `${row}问题类别“${item.category}”不在问题类别列表中（可选：${categories(call).join('、')}）。`, { category: '问题类别无效' });
  }
  const people: Array<[number | null, string]> = [
    [item.leaderPersonId, '责任领导'],
    [item.ownerPersonId, '责任人'],
    ...item.measures.map((m, i): [number | null, string] => [m.ownerPersonId, `第${i + 1}条措施的责任人`]),
  ];
  for (const [id, label] of people) {
    if (id === null) continue;
    const person = getPerson(db, id);
    if (!person) throw new AppError('VALIDATION', `${row}${label}不在人员名册中，请重新选择。`);
    if (person.status !== '在职') throw new AppError('VALIDATION', `${row}${label}“${person.name}”已离任，请选择在职人员。`);
  }
}

/**
 * Creates the items, numbered ZG-<year>-NNNN in the order given, each with its 登记 entry and an
 * audit entry. Inside the caller's transaction (rect.create, or issuing a 预警告知书).
 */
export function createItems(
  call: Call,
  from: ItemSource,
  items: readonly NewItemInput[],
  rowLabel: (index: number) => string = (i) => (items.length > 1 ? `第${i + 1}项：` : ''),
): number[] {
  const db = call.ctx.db;
  const day = today(call);
  const at = nowIso(call);
  items.forEach((item, i) => checkItem(call, item, rowLabel(i)));
  const year = Number(day.slice(0, 4));
  return items.map((item) => {
    const number = `ZG-${year}-${String(nextRectSerial(db, year)).padStart(4, '0')}`;
    const id = insertItem(db, {
      number, source: from.source, sourceRef: from.sourceRef, documentId: from.documentId, tipId: item.tipId ?? from.tipId, unitId: item.unitId,
      problem: item.problem, category: item.category, leaderPersonId: item.leaderPersonId, ownerPersonId: item.ownerPersonId,
      deadline: item.deadline, recurrenceOf: from.recurrenceOf, remarks: item.remarks, measures: item.measures,
      createdOn: day, at, userId: actorId(call),
    });
    insertEvent(db, {
      itemId: id, kind: '登记', date: day, text: from.recurrenceOf !== null ? '屡查屡犯，重新登记' : '', toStatus: '未启动',
      userId: actorId(call), byName: actorName(call), at,
    });
    audit(call, 'rect-item', id, number, {
      number, source: from.source, ...(from.sourceRef ? { sourceRef: from.sourceRef } : {}), unit: getUnit(db, item.unitId)?.name,
      problem: item.problem, category: item.category, deadline: item.deadline, measures: item.measures.length,
      ...(from.recurrenceOf !== null ? { recurrenceOf: getItemRecord(db, from.recurrenceOf)?.number } : {}),
    });
    return id;
  });
}

function rows(call: Call, ids: readonly number[]): RectRow[] {
  const day = today(call);
  const soon = soonDays(call);
  return rectRowsByIds(call.ctx.db, ids).map((r) => withDueState(r, day, soon));
}

export const itemHandlers: HandlerGroup<'rect.get' | 'rect.create' | 'rect.update'> = {
  'rect.get': (call, input) => itemDetail(call, input.id),

  'rect.create': (call, input) => {
    let tipId: number | null = null;
    if (input.tipId !== null) tipId = getTipRecordForLink(call, input.tipId).id;
    if (input.recurrenceOf !== null) {
      const old = mustGetItem(call, input.recurrenceOf);
      requireStep(call, old, 'recur');
      const other = input.items.find((i) => i.unitId !== old.unitId);
      if (other) throw new AppError('VALIDATION', `屡查屡犯的事项应与原事项 ${old.number} 为同一单位。`, { unitId: '单位应与原事项相同' });
    }
    const ids = createItems(call, { source: input.source, sourceRef: input.sourceRef, documentId: null, tipId, recurrenceOf: input.recurrenceOf }, input.items);
    return rows(call, ids);
  },

  'rect.update': (call, input) => {
    const item = mustGetItem(call, input.id);
    requireStep(call, item, 'edit');
    checkVersion(item, input.version);
    checkItem(call, input, '');
    if (input.deadline !== item.deadline) {
      throw new AppError('VALIDATION', `整改时限不能直接修改（现为 ${item.deadline}）：请申请延期，由领导审批。`, { deadline: '请通过延期申请修改' });
    }
    if (input.unitId !== item.unitId && item.documentId !== null) {
      throw new AppError('VALIDATION', '该事项来自预警告知书，单位不能更改。', { unitId: '不能更改' });
    }
    if (input.unitId !== item.unitId && item.recurrenceOf !== null) {
      throw new AppError('VALIDATION', '该事项是屡查屡犯事项，应与原事项为同一单位，单位不能更改。', { unitId: '不能更改' });
    }
    const at = nowIso(call);
    if (!updateItem(call.ctx.db, item.id, input.version, input, at)) throw new AppError('CONFLICT', `${item.number} 已被他人更新，请刷新后再试。`);
    insertEvent(call.ctx.db, { itemId: item.id, kind: '修改', date: today(call), text: '', userId: actorId(call), byName: actorName(call), at });
    audit(call, 'rect-item', item.id, item.number, {
      number: item.number, problem: input.problem, category: input.category, measures: input.measures.length,
    });
    return itemDetail(call, item.id);
  },
};
