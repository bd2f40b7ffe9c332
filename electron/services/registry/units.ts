// The registry of units under watch.
import { AppError } from '../../../shared/kernel/errors.ts';
import {
  countActiveChildren, insertUnit, listUnits, setUnitStatus, unitOptions, updateUnit,
} from '../../../db/repos/registry/units.ts';
import { audit, nowIso } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { changes } from '../kernel/changes.ts';
import { exportUnits } from './exportRegistry.ts';
import { checkUnit, mustGetUnit } from './unitChecks.ts';

type UnitOps = 'units.list' | 'units.get' | 'units.options' | 'units.create' | 'units.update' | 'units.setStatus' | 'units.export';

export const unitHandlers: HandlerGroup<UnitOps> = {
  'units.list': (call, input) => listUnits(call.ctx.db, input),
  'units.get': (call, input) => mustGetUnit(call, input.id),
  'units.options': (call, input) => unitOptions(call.ctx.db, input),

  'units.create': (call, input) => {
    checkUnit(call, input, null);
    const id = insertUnit(call.ctx.db, input, nowIso(call));
    audit(call, 'unit', id, input.name, input);
    return mustGetUnit(call, id);
  },

  'units.update': (call, input) => {
    const before = mustGetUnit(call, input.id);
    const { id, version, ...data } = input;
    checkUnit(call, data, id);
    if (!updateUnit(call.ctx.db, id, version, data, nowIso(call))) {
      throw new AppError('CONFLICT', '该单位已被他人修改，请刷新后重试。');
    }
    audit(call, 'unit', id, data.name, changes(before, data));
    return mustGetUnit(call, id);
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
    if (!setUnitStatus(call.ctx.db, input.id, input.version, input.status, nowIso(call))) {
      throw new AppError('CONFLICT', '该单位已被他人修改，请刷新后重试。');
    }
    audit(call, 'unit', input.id, before.name, { status: [before.status, input.status], name: before.name });
    return mustGetUnit(call, input.id);
  },

  'units.export': exportUnits,
};
