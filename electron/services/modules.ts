// The domains' services modules, joined: every operation of the contract has exactly one
// handler (a missing one fails to compile; a duplicate fails at start-up). Adding a domain:
// one line in the list below.
import { OP_NAMES } from '../../shared/api.ts';
import { joinModules } from './kernel/module.ts';
import { coreModule } from './core/index.ts';
import { registryModule } from './registry/index.ts';
import { tipsModule } from './tips/index.ts';
import { settingsModule } from './settings/index.ts';
import { backupModule } from './backup/index.ts';
import { documentsModule } from './documents/index.ts';
import { rectificationModule } from './rectification/index.ts';
import { interviewsModule } from './interviews/index.ts';
import { integrityModule } from './integrity/index.ts';
import { consequencesModule } from './consequences/index.ts';

export const modules = joinModules([
  coreModule,
  registryModule,
  tipsModule,
  settingsModule,
  backupModule,
  documentsModule,
  rectificationModule,
  interviewsModule,
  integrityModule,
  consequencesModule,
] as const, OP_NAMES);

export const handlers = modules.handlers;
