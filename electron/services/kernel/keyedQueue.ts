// One at a time per key (a user name signing in): attempts that arrive together are taken in
// turn, so each reads what the one before it wrote — twenty wrong passwords sent at once count
// twenty. Waiting is asynchronous; other keys are not held up.
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Resolves when the caller's turn for `key` has come; call the result (once or more) to end it. */
  async acquire(key: string): Promise<() => void> {
    const before = this.tails.get(key) ?? Promise.resolve();
    let end: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => (end = resolve));
    const tail = before.then(() => mine);
    this.tails.set(key, tail);
    await before;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      end();
      // The last in line forgets the key.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
