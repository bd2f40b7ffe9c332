// The results operations of the index: compute a quarter or the year (drafts), the display
// platform's grid, unit page and distribution, the publications and the 廉情指数表. Publishing
// (publish.ts) is handled by the consequences domain: the index's publish with what the result calls
// for written in the same transaction.
import type { HandlerGroup } from '../../kernel/handler.ts';
import { publicationsOf } from './publish.ts';
import { distribution, grid, quarterResults, unitIndex, yearResults } from './views.ts';
import { indexExportHandlers } from './export.ts';

export const resultHandlers: HandlerGroup<
  | 'integrity.computeQuarter' | 'integrity.computeYear' | 'integrity.grid' | 'integrity.unit' | 'integrity.distribution' | 'integrity.publications'
  | 'integrity.export'
> = {
  'integrity.computeQuarter': (call, input) => quarterResults(call, input.year, input.quarter),
  'integrity.computeYear': (call, input) => yearResults(call, input.year),
  'integrity.grid': grid,
  'integrity.unit': unitIndex,
  'integrity.distribution': distribution,
  'integrity.publications': (call, input) => publicationsOf(call, input.year),
  ...indexExportHandlers,
};
