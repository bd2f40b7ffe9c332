// The rules a unit must satisfy before it is written; shared by the form and the import.
import { AppError } from '../../../shared/kernel/errors.ts';
import { LIAISON_ROLE, type UnitCreateInput, type UnitRow, type UnitType } from '../../../shared/registry/units.ts';
import { ancestorIds, findUnitByParentAndName, getUnit } from '../../../db/repos/registry/units.ts';
import { getUserById } from '../../../db/repos/core/index.ts';
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


export const LIAISON_REFUSED = '联系干部应为监督检查室的在用账号';

/**
 * A 联系干部 being given to a unit: an account that exists, is not 停用 and is of 监督检查室.
 * Returns the name shown (the audit names the person, not the id). Checked when the 联系干部 is
 * set or changed; a unit keeps the one it has when an edit leaves it as it was.
 */
export function checkLiaison(call: Call, userId: number): string {
  const user = getUserById(call.ctx.db, userId);
  if (!user || user.disabled || user.role !== LIAISON_ROLE) {
    const why = !user ? '所选账号不存在' : user.disabled ? `“${user.displayName}”的账号已停用` : `“${user.displayName}”是${user.role}的账号`;
    throw new AppError('VALIDATION', `${LIAISON_REFUSED}：${why}。`, { liaisonUserId: LIAISON_REFUSED });
  }
  return user.displayName;
}
