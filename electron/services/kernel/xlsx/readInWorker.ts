// Reads an uploaded workbook in a worker thread. exceljs loads and parses for a second or more
// (a 20,000-row roster of 6 columns: 0.6 s; of 50 columns: 3 s) without a pause, which held
// every other call of the serving process; in a worker the process keeps answering, the
// worker's memory is capped, and all of it is given back when the worker ends.
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_ROWS, type ColumnSpec, type ReadResult } from './readTable.ts';
import type { ReadRequest } from './readWorker.ts';

// From the sources (Node strips the types: the CLI, `npm start`, vitest, the bench) the worker
// is the .ts file beside this one. In the Electron bundle this code lies in dist-electron/
// (import.meta.url is made from __filename there) and the worker beside it as readWorker.cjs.
const here = new URL(import.meta.url);
const WORKER_FILE = new URL(here.pathname.endsWith('.ts') ? './readWorker.ts' : './readWorker.cjs', here);

/**
 * The heap a read may use. A file near the check's limits (1,120,000 cells of text, 94 MB of
 * XML: 5 s) reads within 768 MB; past this the worker is stopped rather than the machine
 * running out of memory.
 */
const HEAP_MB = 1024;

/**
 * How long a read may take. A file at the limits reads in about 5 s; a read still going after
 * this is stopped, so that no fault of one file keeps the imports after it waiting for ever.
 */
const TIMEOUT_MS = 120_000;

export const TOO_BIG_TO_READ = '文件内容过多，读取时超出了内存上限，未导入。请确认这是正常的 Excel 文件，删除多余的工作表和无关的列，或把数据拆分成多个文件后分批导入。';
export const TOO_SLOW_TO_READ = '文件读取超时，未导入。请确认这是正常的 Excel 文件，删除多余的工作表和无关的列，或把数据拆分成多个文件后分批导入。';

// One read at a time: two at once would need twice the memory, and imports are rare.
let queue: Promise<unknown> = Promise.resolve();

/** readTable in a worker thread; `heapMb` and `timeoutMs` are for tests. */
export function readTableInWorker(
  data: Uint8Array,
  columns: ColumnSpec[],
  options?: { maxRows?: number; heapMb?: number; timeoutMs?: number },
): Promise<ReadResult> {
  const request: ReadRequest = { data, columns, maxRows: options?.maxRows ?? DEFAULT_MAX_ROWS };
  const read = queue.then(() => readOnce(request, options?.heapMb ?? HEAP_MB, options?.timeoutMs ?? TIMEOUT_MS));
  queue = read.catch(() => undefined);
  return read;
}

function readOnce(request: ReadRequest, heapMb: number, timeoutMs: number): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => resolve({ ok: false, message: TOO_SLOW_TO_READ })), timeoutMs);
    // The worker's own answer, as JSON (readWorker.ts).
    worker.once('message', (json: string) => settle(() => resolve(JSON.parse(json) as ReadResult)));
    worker.once('error', (error: Error & { code?: string }) => {
      settle(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve({ ok: false, message: TOO_BIG_TO_READ }) : reject(error)));
    });
    worker.once('exit', (code) => settle(() => reject(new Error(`xlsx read worker exited with code ${code} before answering`))));
  });
}
