// A lead sent on from its talks and letters to 初步核实 (a 转初步核实 outcome): its disposal
// changes, its plan state is cleared, its version moves.
import type { Db } from '../../types.ts';

/** False when the tip changed meanwhile (its version). */
export function setTipToVerification(db: Db, id: number, version: number, now: string): boolean {
  return (
    db
      .prepare("UPDATE tips SET disposal = '初步核实', plan_state = NULL, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
      .run(now, id, version).changes > 0
  );
}
