// The documents domain's services: the dispatch register (发文登记) — drafts, preview, issuing with a
// 文号, frozen files — over the one documents engine (engine/) and the builders per kind (builders/).
import type { documentsContract } from '../../../shared/documents/ops.ts';
import { documentNumbersById } from '../../../db/repos/documents/documents.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { byNumericId } from '../kernel/subjects.ts';
import { draftHandlers } from './drafts.ts';
import { issueHandlers } from './issue.ts';
import { documentCommands } from './cli.ts';
import { documentsDemo } from './demo/demoNotices.ts';

export const documentsModule: DomainModule<keyof typeof documentsContract.ops> = {
  domain: 'documents',
  handlers: joinHandlers('documents', draftHandlers, issueHandlers),
  auditSubjects: { document: byNumericId(documentNumbersById) },
  cli: documentCommands,
  demo: documentsDemo,
};
