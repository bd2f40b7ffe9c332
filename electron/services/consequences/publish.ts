// integrity.publish as the office runs it: the index's publish (integrity/results/publish.ts) and, in
// the same transaction, the consequences its result calls for (consequences.ts) — if writing them
// fails, nothing is published.
import type { HandlerGroup } from '../kernel/handler.ts';
import { publish } from '../integrity/index.ts';
import { consequencesOfPublication } from './consequences.ts';

export const publishHandlers: HandlerGroup<'integrity.publish'> = {
  'integrity.publish': (call, input) => publish(call, input, consequencesOfPublication),
};
