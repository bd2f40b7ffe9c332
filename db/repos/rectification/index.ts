// What code outside the rectification domain may use of its repos (the scoring engine will read
// overdue items at a quarter's end from here).
export { indexRectItem } from './search.ts';
export { overdueItemsAt, overdueCountsByUnitAt, type OverdueItemAt } from './overdue.ts';
