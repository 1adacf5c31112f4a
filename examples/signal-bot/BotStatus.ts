import type { Averages } from './Averages';
import type { Signal } from './Signal';

/** What the bot knows per symbol: the latest averages and the latest signal, for its periodic status line. */
export class BotStatus {
  private readonly latest = new Map<string, Averages>();
  private readonly signals = new Map<string, Signal>();

  constructor(
    private readonly symbols: readonly string[],
    private readonly lengths: { readonly fast: number; readonly slow: number },
  ) {}

  averages(averages: Averages): void {
    this.latest.set(averages.symbol, averages);
  }

  signal(signal: Signal): void {
    this.signals.set(signal.symbol, signal);
  }

  /** How many completed candles there have been, over every symbol. */
  get candles(): number {
    let count = 0;
    for (const averages of this.latest.values()) count += averages.candles;
    return count;
  }

  /**
   * One line: per symbol, its candle count and either its latest signal or why there is none yet
   * (`EURUSD 9 candles, SMA3 above SMA8, no crossover yet | GBPUSD 2/8 candles, no crossover yet | …`).
   */
  line(): string {
    const { fast, slow } = this.lengths;
    return this.symbols
      .map((symbol) => {
        const averages = this.latest.get(symbol);
        const signal = this.signals.get(symbol);
        if (!averages) return `${symbol} no candle yet`;
        if (signal) return `${symbol} ${averages.candles} candles, last ${signal.side} at ${signal.price}`;
        if (averages.slow === undefined || averages.fast === undefined)
          return `${symbol} ${averages.candles}/${slow} candles, no crossover yet`;
        const side = averages.fast > averages.slow ? 'above' : averages.fast < averages.slow ? 'below' : 'level with';
        return `${symbol} ${averages.candles} candles, SMA${fast} ${side} SMA${slow}, no crossover yet`;
      })
      .join(' | ');
  }
}
