// The store is one connection: while a job holds a transaction across its pauses (an import
// writing 20,000 rows, telling the page how far it is), no other call may run its own in the
// middle of it — a read would see rows not yet committed, a write would be rolled back with the
// job's. Every transaction of the runner takes the gate first. It is free except while a job
// holds it (every other transaction is one synchronous step), and waiting for it is asynchronous:
// the serving process still answers what needs no store (a job's progress).
export class StoreGate {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  /** Resolves, in the order asked, when the caller holds the gate; call the result to let go. */
  async acquire(): Promise<() => void> {
    if (this.held) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // Handed straight to the next in line (still held), or freed.
      if (next) next();
      else this.held = false;
    };
  }

  /** How many calls wait for the gate (for tests and the bench). */
  get queued(): number {
    return this.waiting.length;
  }
}

/**
 * Reads committed rows outside the runner's transaction (a `prepare` step that must know what to
 * render before its transaction: the 文号 a 公文 will take): taken under the gate, so never in
 * the middle of a job's open transaction. The transaction that follows checks what was read.
 */
export async function readCommitted<T>(gate: StoreGate, read: () => T): Promise<T> {
  const release = await gate.acquire();
  try {
    return read();
  } finally {
    release();
  }
}
