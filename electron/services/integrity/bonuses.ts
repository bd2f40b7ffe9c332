// Bonus entries (激励加分): a kind of the scheme in force for the date's year, its points shown from
// that scheme; each counts in the quarter of its date (the cap applies per quarter, in the engine).
// 作废 with a reason (kept and shown, no longer counted); never deleted.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { BonusRow } from '../../../shared/integrity/index.ts';
import { getBonus, insertBonus, listBonuses, withdrawBonus, type StoredBonus } from '../../../db/repos/integrity/bonuses.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import { requireSchemeInForce } from './common.ts';
import { notAfterToday, schemesOfYears, unitForRecord } from './records.ts';

function rows(call: Call, stored: StoredBonus[]): BonusRow[] {
  const schemes = schemesOfYears(call, stored.map((b) => b.date));
  return stored.map((b) => {
    const kind = schemes.get(Number(b.date.slice(0, 4)))?.bonus.kinds.find((k) => k.key === b.kindKey);
    return { ...b, kindName: kind?.name ?? b.kindKey, points: kind?.points ?? 0 };
  });
}

function mustGet(call: Call, id: number): BonusRow {
  const b = getBonus(call.ctx.db, id);
  const row = b ? rows(call, [b])[0] : undefined;
  if (!row) throw new AppError('NOT_FOUND', '未找到该激励加分。');
  return row;
}

export const bonusHandlers: HandlerGroup<'integrity.bonuses' | 'integrity.addBonus' | 'integrity.withdrawBonus'> = {
  'integrity.bonuses': (call, input) => {
    const page = listBonuses(call.ctx.db, input);
    return { rows: rows(call, page.rows), total: page.total };
  },

  'integrity.addBonus': (call, input) => {
    notAfterToday(call, input.date, '加分日期', 'date');
    const unit = unitForRecord(call, input.unitId, input.date);
    const year = Number(input.date.slice(0, 4));
    const scheme = requireSchemeInForce(call.ctx.db, year).content;
    const kind = scheme.bonus.kinds.find((k) => k.key === input.kindKey);
    if (!kind) {
      throw new AppError('VALIDATION', `${year}年度评分方案中没有该加分项，请选择：${scheme.bonus.kinds.map((k) => k.name).join('、')}。`, { kindKey: '加分项无效' });
    }
    const id = insertBonus(call.ctx.db, input, { userId: actorId(call), byName: actorName(call), at: nowIso(call) });
    audit(call, 'index-bonus', id, `${unit.name} ${input.date}`, {
      unit: unit.name, bonusKind: kind.name, date: input.date, summary: input.summary, evidence: input.evidence,
    });
    return mustGet(call, id);
  },

  'integrity.withdrawBonus': (call, input) => {
    const before = mustGet(call, input.id);
    if (before.withdrawn) throw new AppError('CONFLICT', '该记录已作废。');
    if (!withdrawBonus(call.ctx.db, input.id, input.version, input.reason, actorName(call), nowIso(call))) {
      throw new AppError('CONFLICT', '该记录已被他人修改或作废，请刷新后重试。');
    }
    audit(call, 'index-bonus', input.id, `${before.unitName} ${before.date}`, {
      unit: before.unitName, bonusKind: before.kindName, date: before.date, reason: input.reason,
    });
    return mustGet(call, input.id);
  },
};
