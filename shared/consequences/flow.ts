// Who does what in the closed loop. The services ask these; the renderer asks the same to show what may be done.
import type { Role } from '../core/index.ts';

/** Who sees the consequences, the lists and the traces (every reader of the index). */
export const CONSEQUENCE_READERS: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导', '只读'];
/** Who drafts notices and recommendations, plans the talk, records delivery and edits the lists. */
export const CONSEQUENCE_WRITERS: readonly Role[] = ['监督检查室', '案件监督管理室'];
/** Who closes a consequence without its action (with a reason) and removes a person from a list. */
export const CONSEQUENCE_CLOSERS: readonly Role[] = ['案件监督管理室', '领导'];
/** Who asks the lists by person (the organisation department's question comes to any of these). */
export const AWARD_LOOKUP_ROLES: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导', '只读'];
