// What every action dialog on a tip's page receives: the tip as last read (its version goes
// with the change), and where to hand the refreshed tip with a short confirmation.
import type { TipDetail } from '../../../shared/tips/ledger.ts';

export interface ActionDialogProps {
  tip: TipDetail;
  onDone(tip: TipDetail, message: string): void;
  onClose(): void;
}
