// What every action dialog on an item's page receives: the item as last read (its version goes
// with the change), and where to hand the refreshed item with a short confirmation.
import type { RectDetail } from '../../../shared/rectification/index.ts';

export interface ActionDialogProps {
  item: RectDetail;
  onDone(item: RectDetail, message: string): void;
  onClose(): void;
}
