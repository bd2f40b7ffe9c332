// The integrity index's services: the yearly schemes (schemes.ts), the inputs — control checklists,
// surveys and costs entered or imported (checklist.ts, measures.ts, imports/), supervision findings,
// bonuses and decisions made elsewhere (findings.ts, bonuses.ts, decisions.ts) —, the engine's
// results for a quarter or a year, publishing and the display platform (results/), the 廉情指数表
// (export.ts), the `lianqing index` commands (cli.ts) and its part of the demo office (demo/).
import type { integrityContract } from '../../../shared/integrity/ops.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { schemeHandlers } from './schemes.ts';
import { checklistHandlers } from './checklist.ts';
import { measureHandlers } from './measures.ts';
import { importHandlers } from './imports/handlers.ts';
import { findingHandlers } from './findings.ts';
import { bonusHandlers } from './bonuses.ts';
import { decisionHandlers } from './decisions.ts';
import { resultHandlers } from './results/handlers.ts';
import { integrityCommands } from './cli.ts';
import { integrityDemo } from './demo/demoIndex.ts';

/** integrity.publish is handled by the consequences domain (the index's publish and what it calls for, together). */
export const integrityModule: DomainModule<Exclude<keyof typeof integrityContract.ops, 'integrity.publish'>> = {
  domain: 'integrity',
  handlers: joinHandlers(
    'integrity',
    schemeHandlers, checklistHandlers, measureHandlers, importHandlers, findingHandlers, bonusHandlers, decisionHandlers, resultHandlers,
  ),
  auditSubjects: {},
  cli: integrityCommands,
  demo: integrityDemo,
};
