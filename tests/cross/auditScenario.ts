// A scenario of tests/cross/audit-every-change.test.ts: what an audited operation needs before it
// succeeds. Domains with many operations keep theirs beside their tests (tests/integrity/auditScenarios).
import type { TestEnv } from '../helpers/services.ts';
import type { Office } from '../helpers/tips.ts';

export interface Prepared {
  session: string | null;
  input: unknown;
}

export interface Scenario {
  /** Runs on a database of its own with no account yet (first start), instead of the shared office. */
  empty?: true;
  /**
   * Replaces the database (a restore): its entry is the newest of the database put in place, whose
   * trail is the backup's, not a continuation of the one before. Runs on a database of its own.
   */
  replaces?: true;
  /** Runs on a store of its own opened as the hosts open it (a key file, the recovery key not yet kept). */
  keyed?: true;
  /** Everything the operation needs before it can succeed; returns its call. */
  prepare(env: TestEnv, o: Office): Promise<Prepared>;
}
