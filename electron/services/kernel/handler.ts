import type { OpName, OpOutput, OpParsed } from '../../../shared/api.ts';
import type { Call } from './context.ts';

export type Handler<K extends OpName> = (call: Call, input: OpParsed<K>) => OpOutput<K> | Promise<OpOutput<K>>;

/** A module's handlers for some operations of the contract. */
export type HandlerGroup<K extends OpName> = { [P in K]: Handler<P> };

/** Every operation's handler: a missing or mistyped one fails to compile. */
export type Handlers = HandlerGroup<OpName>;
