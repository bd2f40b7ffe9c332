// Attempts per key (a person looking up query codes) in a sliding window, held in memory by the
// serving process: how many were made lately and how many of them failed. Attempts for one key
// are also taken one at a time (`turns`), so that a pause before an answer limits how fast a key
// can try, whatever it sends at once.
import { KeyedQueue } from './keyedQueue.ts';

/** Pause after a failed attempt (a sign-in, a query-code lookup): 200 ms per failure so far, at most 2 s. */
export function failureDelayMs(failures: number): number {
  return Math.min(200 * failures, 2000);
}

export class AttemptWindow {
  readonly turns = new KeyedQueue();
  private readonly log = new Map<string, Array<{ at: number; failed: boolean }>>();
  private readonly windowMs: number;

  constructor(windowMs: number) {
    this.windowMs = windowMs;
  }

  /** The key's attempts within the window before `now`, oldest first. */
  recent(key: string, now: Date): ReadonlyArray<{ at: number; failed: boolean }> {
    const since = now.getTime() - this.windowMs;
    const kept = (this.log.get(key) ?? []).filter((a) => a.at > since);
    if (kept.length) this.log.set(key, kept);
    else this.log.delete(key);
    return kept;
  }

  add(key: string, now: Date, failed: boolean): void {
    this.log.set(key, [...this.recent(key, now), { at: now.getTime(), failed }]);
  }

  /** When the oldest attempt of the window leaves it: the key may try again then. */
  freeAt(key: string, now: Date): number {
    const oldest = this.recent(key, now)[0];
    return oldest ? oldest.at + this.windowMs : now.getTime();
  }
}
