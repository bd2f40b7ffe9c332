// The layer rule of ARCHITECTURE.md, checked over the source tree: which folder may import
// which, which packages each may use, and no import cycles.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type Layer = 'shared' | 'db' | 'services' | 'hosts' | 'main' | 'preload' | 'renderer';

/** Which layers each layer may import (itself included where listed). */
export const ALLOWED: Record<Layer, readonly Layer[]> = {
  shared: ['shared'],
  db: ['db', 'shared'],
  services: ['services', 'shared', 'db'],
  hosts: ['hosts', 'services', 'shared', 'db'],
  main: ['main', 'hosts', 'services', 'shared', 'db'],
  preload: ['preload', 'shared'],
  renderer: ['renderer', 'shared'],
};

/** Packages (bare imports) each layer may use: a list, or a test. */
const PACKAGES: Record<Layer, (name: string) => boolean> = {
  shared: (n) => n === 'zod',
  db: (n) => n === 'better-sqlite3-multiple-ciphers' || n === 'pinyin-pro' || n.startsWith('node:'),
  services: (n) => n !== 'electron' && !n.startsWith('react') && !n.startsWith('@mui/'),
  hosts: (n) => n !== 'electron' && !n.startsWith('react') && !n.startsWith('@mui/'),
  main: (n) => !n.startsWith('react') && !n.startsWith('@mui/'),
  preload: (n) => n === 'electron',
  renderer: (n) => !n.startsWith('node:') && !['electron', 'better-sqlite3-multiple-ciphers', 'exceljs'].includes(n),
};

export function layerOf(root: string, file: string): Layer | null {
  const rel = relative(root, file).split(sep);
  const [top, second] = rel;
  if (top === 'shared' || top === 'db' || top === 'renderer') return top;
  if (top === 'electron') {
    if (second === 'services') return 'services';
    if (second === 'hosts') return 'hosts';
    if (second === 'main') return 'main';
    if (second === 'preload') return 'preload';
  }
  return null;
}

/** Where each layer keeps its domains (one folder each); other folders there are shared plumbing. */
const DOMAIN_ROOTS = ['shared', 'db/repos', 'electron/services', 'renderer'] as const;
const NOT_DOMAINS = new Set(['kernel', 'app', 'api', 'kit']);

/** The domain folder a file belongs to (e.g. 'electron/services/tips'), or null outside every domain. */
export function domainOf(root: string, file: string): { folder: string; name: string } | null {
  const rel = relative(root, file).split(sep).join('/');
  for (const base of [...DOMAIN_ROOTS].sort((a, b) => b.length - a.length)) {
    if (!rel.startsWith(`${base}/`)) continue;
    const parts = rel.slice(base.length + 1).split('/');
    if (parts.length < 2 || NOT_DOMAINS.has(parts[0] as string)) return null;
    return { folder: `${base}/${parts[0]}`, name: parts[0] as string };
  }
  return null;
}

export interface Violation {
  file: string;
  message: string;
}

interface ImportRef {
  spec: string;
  typeOnly: boolean;
}

const IMPORT_RE = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(source: string): ImportRef[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: ImportRef[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[3] ?? m[4] ?? m[5];
    if (spec) out.push({ spec, typeOnly: Boolean(m[2]) });
  }
  return out;
}

function packageName(spec: string): string {
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

export function checkLayers(root: string): Violation[] {
  const violations: Violation[] = [];
  const files = ['shared', 'db', 'electron', 'renderer'].flatMap((d) => sourceFiles(join(root, d)));
  const graph = new Map<string, string[]>();

  for (const file of files) {
    const layer = layerOf(root, file);
    const relFile = relative(root, file);
    if (layer === null) {
      violations.push({ file: relFile, message: 'file is outside every layer (electron/ holds only main, preload, services, hosts)' });
      continue;
    }
    const edges: string[] = [];
    for (const ref of importsOf(readFileSync(file, 'utf8'))) {
      if (ref.spec.startsWith('.')) {
        const target = resolve(dirname(file), ref.spec);
        const targetLayer = layerOf(root, target);
        if (targetLayer === null || !ALLOWED[layer].includes(targetLayer)) {
          violations.push({ file: relFile, message: `${layer} may not import ${relative(root, target)} (${targetLayer ?? 'outside the layers'})` });
        } else if (layer === 'preload' && targetLayer === 'shared' && !ref.typeOnly) {
          violations.push({ file: relFile, message: `preload may import only types from shared (${ref.spec})` });
        } else {
          // A domain is entered only through its index.ts: from another domain, or from the plumbing around the domains.
          const to = domainOf(root, target);
          const from = domainOf(root, file);
          if (to && to.name !== from?.name && relative(root, target).split(sep).join('/') !== `${to.folder}/index.ts`) {
            violations.push({ file: relFile, message: `${relative(root, target)} is inside the domain '${to.name}': import it through ${to.folder}/index.ts` });
          }
        }
        edges.push(target);
      } else {
        const name = packageName(ref.spec);
        if (!PACKAGES[layer](name)) violations.push({ file: relFile, message: `${layer} may not import the package '${name}'` });
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of findCycles(graph)) {
    violations.push({ file: relative(root, cycle[0] as string), message: `import cycle: ${cycle.map((f) => relative(root, f)).join(' → ')}` });
  }
  return violations;
}

/** Cycles in the import graph, each reported once. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'active');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      const s = state.get(next);
      if (s === 'active') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
