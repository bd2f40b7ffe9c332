// What the item forms hold (a picked unit and people, texts, '' for an empty date) and how it
// becomes the contract's input (unitId, leaderPersonId …); the schema then names what is missing.
import type { RectDetail, RectSource } from '../../../shared/rectification/index.ts';
import type { PickedUnit } from '../../registry/index.ts';
import type { PickedPerson } from '../../registry/index.ts';

export interface MeasureDraft {
  text: string;
  owner: PickedPerson | null;
  dueDate: string;
}

export interface ItemDraft {
  unit: PickedUnit | null;
  problem: string;
  category: string;
  measures: MeasureDraft[];
  leader: PickedPerson | null;
  owner: PickedPerson | null;
  deadline: string;
  remarks: string;
}

export interface ListDraft {
  source: RectSource | '';
  sourceRef: string;
  tip: { id: number; number: string } | null;
  recurrenceOf: number | null;
  items: ItemDraft[];
}

export const emptyMeasure = (): MeasureDraft => ({ text: '', owner: null, dueDate: '' });

/** A new row: 单位, 责任领导 and 整改时限 as the row above (同上), the rest empty. */
export function nextItem(above: ItemDraft | undefined): ItemDraft {
  return {
    unit: above?.unit ?? null,
    problem: '',
    category: above?.category ?? '',
    measures: [emptyMeasure()],
    leader: above?.leader ?? null,
    owner: null,
    deadline: above?.deadline ?? '',
    remarks: '',
  };
}

/** One item's fields as the contract takes them (rect.create's items, rect.update). */
export function itemInput(d: ItemDraft) {
  return {
    unitId: d.unit?.id,
    problem: d.problem,
    category: d.category,
    // A measure row left wholly empty is not a measure.
    measures: d.measures
      .filter((m) => m.text.trim() !== '' || m.owner !== null || m.dueDate !== '')
      .map((m) => ({ text: m.text, ownerPersonId: m.owner?.id ?? null, dueDate: m.dueDate === '' ? null : m.dueDate })),
    leaderPersonId: d.leader?.id ?? null,
    ownerPersonId: d.owner?.id ?? null,
    deadline: d.deadline,
    remarks: d.remarks,
  };
}

export function listInput(d: ListDraft) {
  return {
    source: d.source === '' ? undefined : d.source,
    sourceRef: d.sourceRef,
    tipId: d.source === '信访核查' ? (d.tip?.id ?? null) : null,
    recurrenceOf: d.recurrenceOf,
    items: d.items.map(itemInput),
  };
}

const person = (p: RectDetail['leader']): PickedPerson | null => (p ? { id: p.id, name: p.name, post: p.post } : null);

/** An item as it stands, to edit (修改) or to repeat (屡查屡犯). */
export function itemDraftOf(item: RectDetail): ItemDraft {
  return {
    unit: { id: item.unitId, name: item.unitName },
    problem: item.problem,
    category: item.category,
    measures: item.measures.length > 0 ? item.measures.map((m) => ({ text: m.text, owner: person(m.owner), dueDate: m.dueDate ?? '' })) : [emptyMeasure()],
    leader: person(item.leader),
    owner: person(item.owner),
    deadline: item.deadline,
    remarks: item.remarks,
  };
}

/** 登记屡查屡犯事项: the closed item's source, unit, problem and category, linked to it. */
export function recurrenceDraft(item: RectDetail): ListDraft {
  const viaNotice = item.source === '预警告知书';
  return {
    // A 预警告知书's items come only from issuing one: the repeat names the notice instead.
    source: viaNotice ? '' : item.source,
    sourceRef: viaNotice ? `预警告知书 ${item.sourceDocument?.number ?? ''}`.trim() : item.sourceRef,
    tip: item.sourceTip,
    recurrenceOf: item.id,
    items: [{ ...nextItem(undefined), unit: { id: item.unitId, name: item.unitName }, problem: item.problem, category: item.category, leader: person(item.leader) }],
  };
}
