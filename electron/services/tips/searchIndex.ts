// Keeps a tip's search entry in step with what it says and whom it names.
import { getTipRecord, tipPeople, tipUnits } from '../../../db/repos/tips/tips.ts';
import { indexTip } from '../../../db/repos/tips/search.ts';
import type { Call } from '../kernel/context.ts';

export function reindexTip(call: Call, id: number): void {
  const tip = getTipRecord(call.ctx.db, id);
  if (!tip) return;
  const people = tipPeople(call.ctx.db, id).flatMap((p) => [p.name, p.unitName, p.post]);
  const units = tipUnits(call.ctx.db, id).map((u) => u.name);
  indexTip(call.ctx.db, id, { number: tip.number, summary: tip.summary, names: [...people, ...units], content: tip.content });
}
