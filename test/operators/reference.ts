import type { Tick } from '../../src/cplugin/codecs/Tick';
import type { Candle } from '../../operators/Candle';

/**
 * The obviously correct candles of a batch of ticks, the way pandas' `resample().ohlc()` makes them: sort by time
 * (stable, so equal times keep their order), group by symbol and `floor(time / period)`, and take the first, the
 * highest, the lowest and the last of each group. Sorted by symbol, then window.
 */
export function reference(ticks: readonly Tick[], period: number): Candle[] {
  const groups = new Map<string, Tick[]>();
  const sorted = [...ticks].sort((a, b) => a.lastTime!.getTime() - b.lastTime!.getTime());
  for (const tick of sorted) {
    const start = Math.floor(tick.lastTime!.getTime() / period) * period;
    const key = `${tick.symbol} ${String(start).padStart(16, '0')}`;
    const group = groups.get(key);
    if (group) group.push(tick);
    else groups.set(key, [tick]);
  }
  return [...groups.keys()].sort().map((key) => {
    const group = groups.get(key)!;
    const [symbol, start] = key.split(' ');
    const bids = group.map((tick) => tick.bid);
    const asks = group.map((tick) => tick.ask);
    return {
      open: { bid: bids[0], ask: asks[0] },
      maximum: { bid: Math.max(...bids), ask: Math.max(...asks) },
      minimum: { bid: Math.min(...bids), ask: Math.min(...asks) },
      close: { bid: bids[bids.length - 1], ask: asks[asks.length - 1] },
      symbol,
      lastTime: new Date(Number(start)),
      volume: group.length,
      complete: true,
    };
  });
}

/** Candles in the order of `reference`: by symbol, then window. */
export function byWindow(candles: readonly Candle[]): Candle[] {
  return [...candles].sort((a, b) => a.symbol.localeCompare(b.symbol) || a.lastTime.getTime() - b.lastTime.getTime());
}
