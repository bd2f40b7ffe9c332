// What the plan form holds: one row per person reported (方式, 谈话方式, 谈话人, 受托人或上级谈话人,
// 计划日期, 地点), made from the tip's people and the saved plan, and turned into interviews.savePlan's input.
import type { Holder, PlanWay, TipInterviewPlan } from '../../../shared/interviews/index.ts';
import type { TipPerson } from '../../../shared/tips/index.ts';

export interface PlanRowDraft {
  tipPersonId: number;
  /** Shown only: 姓名（单位 职务）. */
  label: string;
  way: PlanWay | '';
  holder: Holder;
  interviewerIds: number[];
  holderNames: string;
  plannedDate: string;
  place: string;
}

export interface PlanDraft {
  note: string;
  rows: PlanRowDraft[];
}

export function planDraft(people: readonly TipPerson[], plan: TipInterviewPlan['plan']): PlanDraft {
  const saved = new Map((plan?.items ?? []).map((i) => [i.tipPersonId, i]));
  return {
    note: plan?.note ?? '',
    rows: people.map((p) => {
      const item = saved.get(p.id);
      return {
        tipPersonId: p.id,
        label: `${p.name}（${[p.unitName, p.post].filter(Boolean).join(' ') || '单位未填'}）`,
        way: item?.way ?? '',
        holder: item?.holder ?? '本委',
        interviewerIds: item?.interviewers.map((u) => u.id) ?? [],
        holderNames: item?.holderNames ?? '',
        plannedDate: item?.plannedDate ?? '',
        place: item?.place ?? '',
      };
    }),
  };
}

/** interviews.savePlan's input (the schema names what is missing). */
export function planInput(tipId: number, version: number | null) {
  return (d: PlanDraft) => ({
    tipId,
    version,
    note: d.note,
    items: d.rows.map((r) => ({
      tipPersonId: r.tipPersonId,
      way: r.way,
      holder: r.holder,
      interviewerIds: r.way === '函询' || r.holder !== '本委' ? [] : r.interviewerIds,
      holderNames: r.way === '函询' || r.holder === '本委' ? '' : r.holderNames,
      plannedDate: r.plannedDate,
      place: r.place,
    })),
  });
}
