// Reads an uploaded workbook in a worker thread. exceljs loads and parses for a second or more
// (a 20,000-row roster of 6 columns: 0.6 s; of 50 columns: 3 s), in stretches of up to half a
// second that held every other call of the serving process; in a worker the process keeps
// answering, and the worker's memory is capped.
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

/**
 * How long a worker waits for the next file. A new one takes 0.2 s to start and load exceljs
 * and reads slower until its code is warm (a 20,000-row roster: 0.9 s against 0.55), and a
 * preview is followed by its import within moments; after this, its memory is given back.
 */
const IDLE_MS = 30_000;

export const TOO_BIG_TO_READ = '文件内容过多，读取时超出了内存上限，未导入。请确认这是正常的 Excel 文件，删除多余的工作表和无关的列，或把数据拆分成多个文件后分批导入。';
export const TOO_SLOW_TO_READ = '文件读取超时，未导入。请确认这是正常的 Excel 文件，删除多余的工作表和无关的列，或把数据拆分成多个文件后分批导入。';

// One read at a time: two at once would need twice the memory, and imports are rare.
let queue: Promise<unknown> = Promise.resolve();
let idle: { worker: Worker; heapMb: number; timer: NodeJS.Timeout } | null = null;

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

/** The idle worker of that heap, or a new one. */
function takeWorker(heapMb: number): Worker {
  const kept = idle;
  idle = null;
  if (kept) {
    clearTimeout(kept.timer);
    if (kept.heapMb === heapMb) {
      kept.worker.ref();
      return kept.worker;
    }
    void kept.worker.terminate();
  }
  const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  // A worker that ends while idle is not handed out again; an error while reading is the
  // read's to answer (readOnce), one while idle needs no answer.
  worker.on('exit', () => {
    if (idle?.worker === worker) {
      clearTimeout(idle.timer);
      idle = null;
    }
  });
  worker.on('error', () => undefined);
  return worker;
}

/** Kept for the next file; neither it nor its timer keeps the process from ending. */
function keepIdle(worker: Worker, heapMb: number): void {
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, heapMb, timer };
}

function readOnce(request: ReadRequest, heapMb: number, timeoutMs: number): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker(heapMb);
    const timer = setTimeout(() => fail(() => resolve({ ok: false, message: TOO_SLOW_TO_READ })), timeoutMs);
    const onMessage = (json: string) => {
      done();
      keepIdle(worker, heapMb);
      // The worker's own answer, as JSON (readWorker.ts).
      resolve(JSON.parse(json) as ReadResult);
    };
    const onError = (error: Error & { code?: string }) => {
      fail(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve({ ok: false, message: TOO_BIG_TO_READ }) : reject(error)));
    };
    const onExit = (code: number) => fail(() => reject(new Error(`xlsx read worker exited with code ${code} before answering`)));
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    // A worker that failed, ran out of memory or time is not used again.
    const fail = (answer: () => void) => {
      done();
      void worker.terminate();
      answer();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}
