// The demo office is built by the domains' modules in turn, each its own step (registry: the
// county's units and people; tips: the office's staff and a year of tips). A step leaves what
// later steps need on the shelf under a typed slot, declared by the domain that fills it.
import type { Call } from './context.ts';

/** A named place on the shelf for one kind of thing. */
export interface DemoSlot<T> {
  readonly name: string;
  /** Phantom: the type of what the slot holds. */
  readonly holds?: T;
}

export function demoSlot<T>(name: string): DemoSlot<T> {
  return { name };
}

export class DemoShelf {
  private readonly items = new Map<string, unknown>();

  put<T>(slot: DemoSlot<T>, value: T): void {
    if (this.items.has(slot.name)) throw new Error(`demo: '${slot.name}' is filled twice`);
    this.items.set(slot.name, value);
  }

  get<T>(slot: DemoSlot<T>): T {
    if (!this.items.has(slot.name)) throw new Error(`demo: '${slot.name}' is needed before a step has filled it (check the module order)`);
    return this.items.get(slot.name) as T;
  }
}

/**
 * What a step leaves to do after the demo's transaction has committed, through the real operations
 * (issuing the demo's 公文: the engine renders asynchronously, so it cannot run inside it).
 */
export type DemoFollowUp = (call: Call) => Promise<void>;

/** A domain's part of the demo office; runs inside the transaction of the call that loads it. */
export type DemoStep = (call: Call, shelf: DemoShelf) => void | DemoFollowUp;

/** All steps in module order, within the caller's transaction; returns their follow-ups, in order. */
export function runDemo(call: Call, steps: readonly DemoStep[]): DemoFollowUp[] {
  const shelf = new DemoShelf();
  const followUps: DemoFollowUp[] = [];
  for (const step of steps) {
    const after = step(call, shelf);
    if (after) followUps.push(after);
  }
  return followUps;
}
