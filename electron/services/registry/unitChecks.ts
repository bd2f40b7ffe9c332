// The rules a unit must satisfy before it is written; shared by the form and the import.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { UnitCreateInput, UnitRow, UnitType } from '../../../shared/registry/units.ts';
import { ancestorIds, findUnitByParentAndName, getUnit } from '../../../db/repos/registry/units.ts';
import type { Call } from '../kernel/context.ts';

/** Villages and communities sit under a town or sub-district, when a parent is given. */
const PARENT_TYPES: Partial<Record<UnitType, readonly UnitType[]>> = {
  行政村: ['镇（街道）'],
  社区: ['镇（街道）'],
};

export function mustGetUnit(call: Call, id: number): UnitRow {
  const unit = getUnit(call.ctx.db, id);
  if (!unit) throw new AppError('NOT_FOUND', '该单位不存在。');
  return unit;
}

/** The checks a unit must pass before it is written; used by the form and by import. */
export function checkUnit(call: Call, data: UnitCreateInput, selfId: number | null): void {
  const db = call.ctx.db;
  if (data.parentId !== null) {
    const parent = getUnit(db, data.parentId);
    if (!parent) throw new AppError('VALIDATION', '所选上级单位不存在。', { parentId: '所选上级单位不存在' });
    if (parent.status !== '正常') {
      throw new AppError('VALIDATION', `上级单位“${parent.name}”已撤销，不能再作为上级单位。`, { parentId: '上级单位已撤销' });
    }
    const allowed = PARENT_TYPES[data.type];
    if (allowed && !allowed.includes(parent.type)) {
      throw new AppError('VALIDATION', `${data.type}的上级单位应为${allowed.join('或')}，“${parent.name}”是${parent.type}。`, {
        parentId: `上级单位应为${allowed.join('或')}`,
      });
    }
    if (selfId !== null && (data.parentId === selfId || ancestorIds(db, data.parentId).includes(selfId))) {
      throw new AppError('VALIDATION', '上级单位不能是本单位或本单位的下级单位。', { parentId: '不能选择本单位或其下级单位' });
    }
  }
  const same = findUnitByParentAndName(db, data.parentId, data.name);
  if (same && same.id !== selfId) {
    throw new AppError('CONFLICT', `同一上级单位下已有名为“${data.name}”的单位。`, { name: '同一上级单位下已有同名单位' });
  }
}

