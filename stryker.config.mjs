// npm run mutate: mutation testing (StrykerJS) of the pure rules (shared/) and of the services'
// permission and flow checks, killed by the vitest tests (tests/**, vitest.config.ts). Not part of
// `npm test`: it runs the related tests once per mutant, which takes long on a small machine.
//   npm run mutate                                    everything listed in `mutate` below
//   npm run mutate -- --mutate 'shared/tips/**/*.ts'   a subset (any glob; several comma-separated)
// Prints the score (clear-text) and writes reports/mutation/index.html (git-ignored).
// Stryker copies the project into .stryker-tmp/sandbox-*/ (node_modules symlinked, migrations and
// seeds copied with db/), instruments the files to mutate there, and runs vitest in that copy,
// through Vite's transform; the tests that start `node electron/hosts/cli.ts` run the sandbox's
// (instrumented) files on Node 24's type stripping, with no mutant active.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: true },
  checkers: [],
  // Stryker rewrites the sandbox's tsconfig through TypeScript's JS API, which TypeScript 7 (the
  // native compiler) no longer has; ours has no `extends` or `references` to rewrite, so point
  // Stryker at no tsconfig at all (a name that is not there).
  tsconfigFile: 'tsconfig.stryker-none.json',
  // Each mutant runs only the tests that reached it; mutants reached while modules load (the
  // contract's and settings' declarations) would need every test for each, so they are skipped.
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // Two cores: two vitest instances, each with one fork (the runner sets maxWorkers 1).
  concurrency: 2,
  // Service tests hash passwords with scrypt (N=2^17): allow slow tests before calling a mutant a timeout.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  // The first run of every related test, one at a time, measuring what each test reaches.
  dryRunTimeoutMinutes: 40,
  inPlace: false,
  symlinkNodeModules: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['/dist', '/dist-electron', '/release', '/test-results', '/playwright-report', '/.tmp', '/.ci', '/build'],
  mutate: [
    'shared/**/*.ts',
    // who may call what: the dispatcher's session, role and must-change-password gates, the caller
    'electron/services/dispatch.ts',
    'electron/services/kernel/caller.ts',
    'electron/services/kernel/sessions.ts',
    // a write must audit, a read may not change a row
    'electron/services/kernel/runner.ts',
    // sign-in, failed logins, lock-out, changing passwords; the last active administrator
    'electron/services/core/auth.ts',
    'electron/services/core/users.ts',
    // the tip's flow: registration, each step (version check, history), who may conclude, reveal
    'electron/services/tips/common.ts',
    'electron/services/tips/flow.ts',
    'electron/services/tips/register.ts',
    'electron/services/tips/view.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
};
