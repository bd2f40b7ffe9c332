// The ordered list of migrations. Append only: never edit one that has shipped.
import type { Migration } from './migration.ts';
import { m0001Core } from './0001-core.ts';
import { m0002Registry } from './0002-registry.ts';
import { m0003Tips } from './0003-tips.ts';
import { m0004AuditSubject } from './0004-audit-subject.ts';
// Renumber on merge: 0007 on main's plan (0005 and 0006 come from other branches).
import { m0005RegistryRoster } from './0005-registry-roster.ts';

export const MIGRATIONS: readonly Migration[] = [m0001Core, m0002Registry, m0003Tips, m0004AuditSubject, m0005RegistryRoster];

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
});
