// Bundles the Electron main process (ESM) and the sandboxed preload (one CommonJS file) into
// dist-electron/. Only used where an Electron runtime exists (npm start, packaging).
import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';

const external = ['electron', 'better-sqlite3', 'exceljs', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  build: {
    outDir: 'dist-electron',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: true,
    lib: {
      entry: { main: 'electron/main/main.ts', preload: 'electron/preload/preload.ts' },
      formats: ['cjs'],
      fileName: (_format, name) => (name === 'preload' ? 'preload.cjs' : `${name}.cjs`),
    },
    rollupOptions: { external },
  },
});
