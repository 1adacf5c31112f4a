import type * as t from 'io-ts';
import type { DecodePolicy } from '../core/DecodePolicy';

/** Options of one typed-hub call. */
export interface CallOptions {
  /** Overrides the hub's decode policy for this call. */
  readonly decode?: DecodePolicy;
}

/**
 * What a typed-hub call made with `options` emits for items of `codec`: the decoded type, or under `trust`, which
 * decodes nothing, the wire shape the codec decodes from (`t.OutputOf`: ISO strings for dates, `null` for absent
 * values). A policy known only at run time gives the union of both.
 *
 * @example
 * ```ts
 * import type { Decoded, Tick } from 'rxhub';
 *
 * const wire: Decoded<typeof Tick, { decode: 'trust' }> = { symbol: null, bid: 1.1, ask: 1.2, lastTime: '2024-03-01T10:00:00' };
 * ```
 */
export type Decoded<C extends t.Any, O extends CallOptions | undefined> = ByPolicy<
  C,
  O extends CallOptions ? O['decode'] : undefined
>;

type ByPolicy<C extends t.Any, P> = P extends 'trust' ? t.OutputOf<C> : t.TypeOf<C>;
