// The recovery key until an administrator has kept it: readable from the key file while it is
// marked pending (first start, or the conversion of an older plaintext database), never after.
import type { KeyProtector } from './keyFile.ts';
import { markRecoveryKept, readKeyFile, unwrapSecret } from './keyFile.ts';
import { formatRecoveryKey } from './recoveryKey.ts';

export class RecoveryKeeper {
  readonly keyFile: string | null;
  private readonly protector: KeyProtector | null;

  /** `keyFile` null: a store kept in memory only (tests' own databases) — no recovery key to keep. */
  constructor(keyFile: string | null, protector: KeyProtector | null) {
    this.keyFile = keyFile;
    this.protector = protector;
  }

  pending(): boolean {
    return this.keyFile !== null && readKeyFile(this.keyFile).recoveryPending;
  }

  /** The recovery key, formatted for a person; only while pending. */
  reveal(): string | null {
    if (this.keyFile === null || this.protector === null) return null;
    const content = readKeyFile(this.keyFile);
    if (!content.recoveryPending) return null;
    return formatRecoveryKey(unwrapSecret(content, this.protector, this.keyFile));
  }

  markKept(): void {
    if (this.keyFile !== null) markRecoveryKept(this.keyFile);
  }
}
