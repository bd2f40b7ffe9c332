// Refused sign-ins for names that are no account, counted in memory like the accounts' own count
// (which lives in the users table), so that the pause before the answer grows in the same way
// for every name and does not tell which names exist. A count whose last failure is older than
// the lock-out time starts again; the oldest names are dropped past a bound.
const MAX_NAMES = 10_000;

export class NameFailures {
  private readonly counts = new Map<string, { count: number; last: number }>();

  /** Counts one more failure for the name; returns the failures in a row. */
  fail(name: string, now: Date, resetMinutes: number): number {
    const at = now.getTime();
    const before = this.counts.get(name);
    const count = before && at - before.last <= resetMinutes * 60_000 ? before.count + 1 : 1;
    this.counts.delete(name);
    this.counts.set(name, { count, last: at });
    if (this.counts.size > MAX_NAMES) {
      const oldest = this.counts.keys().next();
      if (!oldest.done) this.counts.delete(oldest.value);
    }
    return count;
  }
}
