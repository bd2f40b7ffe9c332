// A command of `lianqing`, contributed by a domain's module (e.g. `tips list`). It reaches the
// services only through the dispatcher, as the command line (the person holding the file).
import type { OpInput, OpName, OpOutput } from '../../../shared/api.ts';

export interface CliContext {
  /** Calls an operation through the dispatcher as the command line; a refusal ends the command with its message. */
  call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>>;
  /** The parsed options (--json, --status …). */
  options: Readonly<Record<string, string | boolean | undefined>>;
  /** Words after the command's own (a file to import …). */
  args: readonly string[];
  out(text: string): void;
  fail(message: string, exitCode?: number): never;
}

export interface CliCommand {
  /** The command's words: ['tips', 'list'], or one word (['backup']). */
  words: readonly [string] | readonly [string, string];
  /** Its lines of the help text. */
  usage: string;
  /** Options it reads besides --db (for the parser). */
  options?: Readonly<Record<string, { type: 'string' | 'boolean' }>>;
  /** Needs the clock of --clock-file (test support). */
  clock?: boolean;
  run(cli: CliContext): Promise<void>;
}
