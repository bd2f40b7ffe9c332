// 机关信息: read by every signed-in person (their documents, slips and tables carry it), saved by
// the administrator. Other domains read it through officeProfile / requireOfficeProfile.
import { AppError } from '../../../shared/kernel/errors.ts';
import { EMPTY_OFFICE_PROFILE, OFFICE_PROFILE_MISSING, type OfficeProfile } from '../../../shared/core/office.ts';
import { getOfficeProfile, saveOfficeProfile } from '../../../db/repos/core/office.ts';
import type { Db } from '../../../db/types.ts';
import { actorId } from '../kernel/caller.ts';
import { audit, nowIso } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';

export function officeProfile(db: Db): OfficeProfile {
  const saved = getOfficeProfile(db);
  return saved ? { ...saved, saved: true } : EMPTY_OFFICE_PROFILE;
}

/** The profile, or a refusal naming what to do when the administrator has not yet filled it in. */
export function requireOfficeProfile(db: Db): OfficeProfile {
  const profile = officeProfile(db);
  if (!profile.saved) throw new AppError('CONFLICT', OFFICE_PROFILE_MISSING);
  return profile;
}

export const officeHandlers: HandlerGroup<'office.get' | 'office.update'> = {
  'office.get': (call) => officeProfile(call.ctx.db),
  'office.update': (call, input) => {
    const before = officeProfile(call.ctx.db);
    saveOfficeProfile(call.ctx.db, input, nowIso(call), actorId(call));
    // The profile is the office's public name and address: the entry keeps what changed.
    const changed = Object.fromEntries(
      (Object.keys(input) as Array<keyof typeof input>)
        .filter((k) => JSON.stringify(input[k]) !== JSON.stringify(before[k]))
        .map((k) => [k, Array.isArray(input[k]) ? input[k].join('、') : input[k]]),
    );
    audit(call, 'office-profile', 1, '机关信息', { firstStart: !before.saved, ...changed });
    return { ...input, saved: true };
  },
};
