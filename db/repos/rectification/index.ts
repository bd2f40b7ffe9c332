// What code outside the rectification domain may use of its repos (the scoring engine will read
// overdue items at a quarter's end from here; the closed loop traces an item back to its notice).
export { indexRectItem } from './search.ts';
export { overdueItemsAt, overdueCountsByUnitAt, type OverdueItemAt } from './overdue.ts';
export { getItemRecord, itemIdsOfDocument, type ItemRecord } from './items.ts';
