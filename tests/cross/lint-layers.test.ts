import { describe, it, expect, afterEach } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkLayers, importsOf } from '../../scripts/lib/layers.ts';
import { PROJECT_ROOT } from '../../electron/hosts/paths.ts';
import { tempDir } from '../helpers/services.ts';

const roots: string[] = [];
function tree(files: Record<string, string>): string {
  const root = tempDir('lianqing-layers-');
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const clean = {
  'shared/api.ts': "import { z } from 'zod';\nexport const a = z;\n",
  'db/repo.ts': "import Database from 'better-sqlite3-multiple-ciphers';\nimport { a } from '../shared/api.ts';\n",
  'electron/services/units.ts': "import { a } from '../../shared/api.ts';\nimport { x } from '../../db/repo.ts';\n",
  'electron/hosts/http.ts': "import { dispatch } from '../services/units.ts';\n",
  'electron/main/main.ts': "import { app } from 'electron';\nimport { h } from '../hosts/http.ts';\n",
  'electron/preload/preload.ts': "import { contextBridge } from 'electron';\nimport type { Envelope } from '../../shared/api.ts';\n",
  'renderer/App.tsx': "import React from 'react';\nimport type { OpName } from '../shared/api.ts';\n",
};

describe('layer rule', () => {
  it('passes a tree that keeps the rule, and the project itself', () => {
    expect(checkLayers(tree(clean))).toEqual([]);
    expect(checkLayers(PROJECT_ROOT)).toEqual([]);
  });

  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['renderer → db', { 'renderer/Bad.tsx': "import { x } from '../db/repo.ts';\n" }, /renderer may not import db\/repo\.ts/],
    ['renderer → node:fs', { 'renderer/Bad.tsx': "import { readFileSync } from 'node:fs';\n" }, /renderer may not import the package 'node:fs'/],
    ['services → electron', { 'electron/services/bad.ts': "import { app } from 'electron';\n" }, /services may not import the package 'electron'/],
    ['shared → db', { 'shared/bad.ts': "export { x } from '../db/repo.ts';\n" }, /shared may not import db/],
    ['shared → node:crypto', { 'shared/bad.ts': "const c = await import('node:crypto');\n" }, /shared may not import the package 'node:crypto'/],
    ['db → services', { 'db/bad.ts': "import { u } from '../electron/services/units.ts';\n" }, /db may not import/],
    ['preload value import from shared', { 'electron/preload/bad.ts': "import { api } from '../../shared/api.ts';\n" }, /preload may import only types/],
    ['hosts → electron', { 'electron/hosts/bad.ts': "import { ipcMain } from 'electron';\n" }, /hosts may not import the package 'electron'/],
    ['a stray folder under electron/', { 'electron/misc/x.ts': 'export const x = 1;\n' }, /outside every layer/],
    [
      'a domain importing another domain past its index.ts',
      { 'shared/core/roles.ts': 'export const r = 1;\n', 'shared/core/index.ts': "export * from './roles.ts';\n", 'shared/tips/ops.ts': "import { r } from '../core/roles.ts';\n" },
      /shared\/core\/roles\.ts is inside the domain 'core': import it through shared\/core\/index\.ts/,
    ],
    [
      'services of one domain reaching into the repos of another',
      { 'db/repos/registry/units.ts': 'export const u = 1;\n', 'electron/services/tips/flow.ts': "import { u } from '../../../db/repos/registry/units.ts';\n" },
      /inside the domain 'registry'/,
    ],
  ];
  for (const [name, extra, message] of cases) {
    it(`fails on ${name}`, () => {
      const violations = checkLayers(tree({ ...clean, ...extra }));
      expect(violations.map((v) => v.message).join('\n')).toMatch(message);
    });
  }

  it('lets a domain use its own files in every layer, and others through their index.ts', () => {
    const violations = checkLayers(
      tree({
        ...clean,
        'shared/core/roles.ts': 'export const r = 1;\n',
        'shared/core/index.ts': "export * from './roles.ts';\n",
        'shared/tips/enums.ts': 'export const e = 1;\n',
        'shared/tips/ops.ts': "import { r } from '../core/index.ts';\nimport { e } from './enums.ts';\n",
        'db/repos/tips/list.ts': "import { e } from '../../../shared/tips/enums.ts';\n",
      }),
    );
    expect(violations).toEqual([]);
  });

  it('fails on an import cycle', () => {
    const violations = checkLayers(
      tree({ ...clean, 'db/a.ts': "import { b } from './b.ts';\n", 'db/b.ts': "import { a } from './a.ts';\n" }),
    );
    expect(violations.some((v) => /import cycle: db\/(a|b)\.ts → db\/(a|b)\.ts → db\/(a|b)\.ts/.test(v.message))).toBe(true);
  });

  it('reads the import forms TypeScript uses, ignoring comments', () => {
    const refs = importsOf(`
      import a from 'x';
      import type { B } from "./b.ts";
      export * from './c.ts';
      // import nope from 'commented';
      const d = await import('./d.ts');
      import './side-effect.ts';
    `);
    expect(refs.map((r) => r.spec)).toEqual(['x', './b.ts', './c.ts', './d.ts', './side-effect.ts']);
    expect(refs[1]?.typeOnly).toBe(true);
  });
});
