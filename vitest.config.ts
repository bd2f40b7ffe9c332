import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Key files of the databases the tests make (electron/hosts/paths.ts keysDir), in a folder of this
// run's own: never the person's real key folder. Processes the tests start inherit it.
process.env.LIANQING_KEY_DIR ??= mkdtempSync(join(tmpdir(), 'lianqing-test-keys-'));

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { LIANQING_KEY_DIR: process.env.LIANQING_KEY_DIR },
  },
});
