// The results operations of the index: compute a quarter or the year (drafts), the display
// platform's grid, unit page and distribution, the publications, publishing and the 廉情指数表.
import type { HandlerGroup } from '../../kernel/handler.ts';
import { publish, publicationsOf } from './publish.ts';
import { distribution, grid, quarterResults, unitIndex, yearResults } from './views.ts';
import { indexExportHandlers } from './export.ts';

export const resultHandlers: HandlerGroup<
  | 'integrity.computeQuarter' | 'integrity.computeYear' | 'integrity.grid' | 'integrity.unit' | 'integrity.distribution' | 'integrity.publications'
  | 'integrity.publish' | 'integrity.export'
> = {
  'integrity.computeQuarter': (call, input) => quarterResults(call, input.year, input.quarter),
  'integrity.computeYear': (call, input) => yearResults(call, input.year),
  'integrity.grid': grid,
  'integrity.unit': unitIndex,
  'integrity.distribution': distribution,
  'integrity.publications': (call, input) => publicationsOf(call, input.year),
  'integrity.publish': publish,
  ...indexExportHandlers,
};
