// Bundles the Electron main process (ESM) and the sandboxed preload (one CommonJS file) into
// dist-electron/. Only used where an Electron runtime exists (npm start, packaging). The worker
// thread that reads uploaded workbooks is an entry of its own (readWorker.cjs), found beside the
// main bundle (electron/services/kernel/xlsx/readInWorker.ts); code both use goes to a shared
// chunk, named .cjs because package.json makes .js files ES modules.
import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';

const external = ['electron', 'better-sqlite3-multiple-ciphers', 'exceljs', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  build: {
    outDir: 'dist-electron',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        main: 'electron/main/main.ts',
        preload: 'electron/preload/preload.ts',
        readWorker: 'electron/services/kernel/xlsx/readWorker.ts',
      },
      formats: ['cjs'],
      fileName: (_format, name) => (name === 'preload' ? 'preload.cjs' : `${name}.cjs`),
    },
    rollupOptions: {
      external,
      // For Node: import.meta.url becomes the file's own URL (from __filename), not undefined.
      platform: 'node',
      // exceljs loaded when first needed is required then, as everywhere else in the bundle
      // (import() of a package inside app.asar has failed in Electron before).
      output: { chunkFileNames: '[name]-[hash].cjs', dynamicImportInCjs: false },
    },
  },
});
