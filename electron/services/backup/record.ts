// A restore made by `lianqing restore` before any service context existed (another database's
// backup, with its recovery key): recorded in the restored database's audit trail, as the
// command line, once the store is open on it.
import { appendAudit } from '../../../db/repos/core/index.ts';
import type { BackupEntry } from '../../../shared/backup/index.ts';
import { recordOutsideHead, type ServiceContext } from '../kernel/context.ts';

export function recordRestore(ctx: ServiceContext, actor: string, restored: BackupEntry, before: string | null, keyChanged: boolean): void {
  ctx.db
    .transaction(() =>
      appendAudit(ctx.db, ctx.keys.audit, {
        at: ctx.clock.now().toISOString(),
        userId: null,
        username: actor,
        op: 'backup.restore',
        entity: 'backup',
        entityId: restored.name,
        subject: restored.name,
        summary: { folder: restored.folder, madeAt: restored.madeAtLocal, ...restored.counts, before: before ?? '（无）', ...(keyChanged ? { keyChanged: true } : {}) },
      }),
    )
    .immediate();
  recordOutsideHead(ctx);
}
