// The registry of units under watch.
import { AppError } from '../../../shared/kernel/errors.ts';
import {
  countActiveChildren, insertUnit, listUnits, setUnitsLiaison, setUnitStatus, unitLiaisons, unitOptions, updateUnit,
} from '../../../db/repos/registry/units.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { changes } from '../kernel/changes.ts';
import { exportUnits } from './exportRegistry.ts';
import { checkLiaison, checkUnit, mustGetUnit } from './unitChecks.ts';

type UnitOps = 'units.list' | 'units.get' | 'units.options' | 'units.create' | 'units.update' | 'units.setStatus' | 'units.setLiaison' | 'units.export';

/** The audit names the 联系干部 (liaison: [before, after]) rather than the account's id. */
function liaisonChange(before: string, after: string): { liaison?: [string | null, string | null] } {
  return before === after ? {} : { liaison: [before || null, after || null] };
}

/** A 设立日期 or 撤销日期 not after today (the office's day). */
function notAfterToday(call: Call, date: string, label: string, field: string): void {
  const now = today(call);
  if (date > now) throw new AppError('VALIDATION', `${label}（${date}）不能晚于今天（${now}）。`, { [field]: '不能晚于今天' });
}

export const unitHandlers: HandlerGroup<UnitOps> = {
  'units.list': (call, input) => listUnits(call.ctx.db, input),
  'units.get': (call, input) => mustGetUnit(call, input.id),
  'units.options': (call, input) => unitOptions(call.ctx.db, input),

  'units.create': (call, input) => {
    checkUnit(call, input, null);
    const establishedDate = input.establishedDate ?? today(call);
    notAfterToday(call, establishedDate, '设立日期', 'establishedDate');
    const liaison = input.liaisonUserId === null ? '' : checkLiaison(call, input.liaisonUserId);
    const id = insertUnit(call.ctx.db, { ...input, establishedDate }, nowIso(call));
    const { liaisonUserId: _id, ...fields } = input;
    const shown = { ...fields, establishedDate };
    audit(call, 'unit', id, input.name, liaison ? { ...shown, liaison } : shown);
    return mustGetUnit(call, id);
  },

  'units.update': (call, input) => {
    const before = mustGetUnit(call, input.id);
    const { id, version, liaisonUserId, ...fields } = input;
    // Left out, the 联系干部 stays as it is; null clears it (shared/registry/units.ts).
    const data = { ...fields, liaisonUserId: liaisonUserId === undefined ? before.liaisonUserId : liaisonUserId };
    checkUnit(call, data, id);
    if (data.establishedDate !== undefined) {
      notAfterToday(call, data.establishedDate, '设立日期', 'establishedDate');
      if (before.revokedDate !== null && data.establishedDate > before.revokedDate) {
        throw new AppError('VALIDATION', `设立日期（${data.establishedDate}）不能晚于撤销日期（${before.revokedDate}）。`, { establishedDate: '不能晚于撤销日期' });
      }
    }
    const liaison =
      data.liaisonUserId === null ? '' : data.liaisonUserId === before.liaisonUserId ? before.liaisonName : checkLiaison(call, data.liaisonUserId);
    if (!updateUnit(call.ctx.db, id, version, data, nowIso(call))) {
      throw new AppError('CONFLICT', '该单位已被他人修改，请刷新后重试。');
    }
    audit(call, 'unit', id, data.name, { ...changes(before, fields), ...liaisonChange(before.liaisonName, liaison) });
    return mustGetUnit(call, id);
  },

  // One transaction; one audit entry per unit whose 联系干部 changes (each unit's trail stays whole).
  'units.setLiaison': (call, input) => {
    const ids = [...new Set(input.unitIds)];
    const units = unitLiaisons(call.ctx.db, ids);
    if (units.length < ids.length) {
      throw new AppError('NOT_FOUND', `所选单位中有 ${ids.length - units.length} 个不存在，请刷新后重试。`);
    }
    const liaison = input.liaisonUserId === null ? '' : checkLiaison(call, input.liaisonUserId);
    const changing = units.filter((u) => u.liaisonUserId !== input.liaisonUserId);
    if (changing.length === 0) {
      throw new AppError(
        'VALIDATION',
        liaison ? `所选的 ${units.length} 个单位的联系干部已是“${liaison}”，无需更改。` : `所选的 ${units.length} 个单位都没有联系干部，无需清除。`,
      );
    }
    setUnitsLiaison(call.ctx.db, changing.map((u) => u.id), input.liaisonUserId, nowIso(call));
    for (const u of changing) audit(call, 'unit', u.id, u.name, liaisonChange(u.liaisonName, liaison));
    return { changed: changing.length, unchanged: units.length - changing.length };
  },

  'units.setStatus': (call, input) => {
    const before = mustGetUnit(call, input.id);
    if (input.status === '已撤销' && before.status !== '已撤销') {
      const children = countActiveChildren(call.ctx.db, input.id);
      if (children > 0) {
        throw new AppError('CONFLICT', `“${before.name}”下还有 ${children} 个未撤销的下级单位，请先撤销或调整它们。`);
      }
    }
    if (input.status === '正常' && before.parentId !== null) {
      const parent = mustGetUnit(call, before.parentId);
      if (parent.status !== '正常') throw new AppError('CONFLICT', `上级单位“${parent.name}”已撤销，请先恢复上级单位。`);
    }
    let revokedDate: string | null = null;
    if (input.status === '已撤销') {
      revokedDate = input.revokedDate ?? today(call);
      notAfterToday(call, revokedDate, '撤销日期', 'revokedDate');
      if (revokedDate < before.establishedDate) {
        throw new AppError('VALIDATION', `撤销日期（${revokedDate}）不能早于设立日期（${before.establishedDate}）。`, { revokedDate: '不能早于设立日期' });
      }
    }
    if (!setUnitStatus(call.ctx.db, input.id, input.version, input.status, nowIso(call), revokedDate)) {
      throw new AppError('CONFLICT', '该单位已被他人修改，请刷新后重试。');
    }
    const dates = revokedDate !== before.revokedDate ? { revokedDate: [before.revokedDate, revokedDate] } : {};
    audit(call, 'unit', input.id, before.name, { status: [before.status, input.status], name: before.name, ...dates });
    return mustGetUnit(call, input.id);
  },

  'units.export': exportUnits,
};
