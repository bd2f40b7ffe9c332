#!/usr/bin/env node
// Runs the command-line host (TypeScript, executed by Node 24's type stripping).
process.env.LIANQING_CLI = '1';
await import('../electron/hosts/cli.ts');
