// 从备份恢复 while the app serves: restore.ts does the work before the transaction (the current
// data kept first, the store swapped); the transaction records it — in the restored database,
// whose trail then says from which backup it came and where the data before it was kept.
import type { RestoreDone } from '../../../shared/backup/index.ts';
import { audit } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { restoreInPlace } from './restore.ts';

export const restoringHandlers: HandlerGroup<'backup.restore'> = {
  'backup.restore': steps<'backup.restore', RestoreDone>({
    prepare: (call, input) => restoreInPlace(call.ctx, input.folder, call.now, call.timeZone, call.sessionToken),
    run: (call, _input, done) => {
      const r = done.restored;
      audit(call, 'backup', r.name, r.name, { folder: r.folder, madeAt: r.madeAtLocal, ...r.counts, before: done.before.folder });
      return done;
    },
    // Recorded: the restoring administrator signs in again too.
    finish: (call, done) => {
      if (call.sessionToken) call.ctx.sessions.remove(call.sessionToken);
      return done;
    },
  }),
};
