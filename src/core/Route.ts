import type { DecodeError } from './errors/DecodeError';

/**
 * How the items of one server event reach topics. Each item gets a key, and the hub hands it to the topic that
 * has that key through a Map: one lookup per item, however many topics there are.
 *
 * Make one `Route` object per event and share it between topics: the hub keeps one handler per route.
 *
 * @example
 * ```ts
 * import type { Route } from 'rxhub';
 *
 * // OnQuote({ symbol, price }) feeds the topic keyed by its symbol.
 * const onQuote: Route = {
 *   event: 'OnQuote',
 *   split: ([quote], emit) => emit(String((quote as { symbol?: unknown })?.symbol), quote, -1),
 * };
 * ```
 */
export interface Route {
  /** The server-to-client event (case-insensitive, as in SignalR). */
  readonly event: string;
  /**
   * Called once per event message with its arguments. Calls `emit(key, item, index)` for every item the message
   * carries (`index` is the item's place in a batch, or -1), and `reject(error)` for a part it cannot route.
   */
  readonly split: (
    args: readonly unknown[],
    emit: (key: string, item: unknown, index: number) => void,
    reject: (error: DecodeError) => void,
  ) => void;
  /** Where item `index` of a batch sits in the payload, for error paths (e.g. `ticks[3]`). */
  readonly path?: (index: number) => string;
}
