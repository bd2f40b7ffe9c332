// npm run lint: fails when a layer imports what it may not, or imports form a cycle.
import { checkLayers } from './lib/layers.ts';
import { PROJECT_ROOT } from '../electron/hosts/paths.ts';

const violations = checkLayers(PROJECT_ROOT);
if (violations.length > 0) {
  for (const v of violations) console.error(`${v.file}: ${v.message}`);
  console.error(`layer rule: ${violations.length} violation(s)`);
  process.exit(1);
}
console.log('layer rule: ok (shared → nothing · db → shared · services → shared, db · hosts/main → services, shared, db · preload → shared types · renderer → shared; a domain is entered only through its index.ts; no cycles)');
