import { merge, type Observable, type SchedulerLike } from 'rxjs';
import type { MT4Hub } from 'rxhub';
import { ohlc, type Candle, type Period } from 'rxhub/operators';

/**
 * Completed candles of each symbol, built on the client from its ticks (`ohlc`): one `SubscribeToTicks` per
 * symbol, resubscribed by rxhub after every reconnect.
 *
 * @param scheduler Closes the window of a symbol gone quiet; a `TestScheduler` in marble tests.
 */
export function candles(
  mt4: MT4Hub,
  symbols: readonly string[],
  period: Period,
  scheduler?: SchedulerLike,
): Observable<Candle> {
  return merge(...symbols.map((symbol) => mt4.ticks(symbol).pipe(ohlc(period, {}, scheduler))));
}
