// The demo office's profile (机关信息): the imaginary county's 纪委 and 监委 issuing jointly, so a
// newcomer's documents, slips and tables carry a name from the first minute.
import { saveOfficeProfile } from '../../../db/repos/core/office.ts';
import type { OfficeProfileInput } from '../../../shared/core/office.ts';
import { actorId } from '../kernel/caller.ts';
import { audit, nowIso } from '../kernel/context.ts';
import type { DemoStep } from '../kernel/demo.ts';

export const DEMO_OFFICE: OfficeProfileInput = {
  organs: ['中共临江县纪律检查委员会', '临江县监察委员会'],
  mark: '中共临江县纪律检查委员会\n临江县监察委员会',
  abbreviation: '临纪',
  printer: '中共临江县纪委办公室',
  address: '临江县城关镇人民路18号',
  phone: '0571-6512 3456',
};

export const coreDemo: DemoStep = (call) => {
  saveOfficeProfile(call.ctx.db, DEMO_OFFICE, nowIso(call), actorId(call));
  audit(call, 'office-profile', 1, '机关信息', { demo: true, organs: DEMO_OFFICE.organs.join('、') });
};
