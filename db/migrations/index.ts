// The ordered list of migrations. Append only: never edit one that has shipped.
import type { Migration } from './migration.ts';
import { m0001Core } from './0001-core.ts';
import { m0002Registry } from './0002-registry.ts';
import { m0003Tips } from './0003-tips.ts';
import { m0004AuditSubject } from './0004-audit-subject.ts';
import { m0005TipsSearchContent } from './0005-tips-search-content.ts';
import { m0006RegistryRoster } from './0006-registry-roster.ts';
import { m0007TipsLedger } from './0007-tips-ledger.ts';
import { m0008TipsCategoryMask } from './0008-tips-category-mask.ts';
import { m0009RegistryNameKeyIndex } from './0009-registry-name-key-index.ts';
import { m0010AuditMac } from './0010-audit-mac.ts';
import { m0011Documents } from './0011-documents.ts';
import { m0012Rectification } from './0012-rectification.ts';
import { m0013Interviews } from './0013-interviews.ts';
import { m0014Integrity } from './0014-integrity.ts';
import { m0015Consequences } from './0015-consequences.ts';

export const MIGRATIONS: readonly Migration[] = [
  m0001Core, m0002Registry, m0003Tips, m0004AuditSubject, m0005TipsSearchContent, m0006RegistryRoster, m0007TipsLedger,
  m0008TipsCategoryMask, m0009RegistryNameKeyIndex, m0010AuditMac, m0011Documents,
  m0012Rectification, m0013Interviews, m0014Integrity, m0015Consequences,
];

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
});
