import type { Observable } from 'rxjs';
import type { CandleConfig } from '../operators/CandleConfig';
import type { Tick } from '../src/cplugin/codecs/Tick';

/** How `ownedCandles` builds candles, and what tells it that ticks may have been missed. */
export interface OwnedCandlesConfig extends CandleConfig<Tick> {
  /**
   * Emits when ticks may have been lost, e.g. the hub's state leaving Connected: the window that holds the next
   * tick is then partial. Default: none.
   */
  readonly outages?: Observable<unknown>;
}
