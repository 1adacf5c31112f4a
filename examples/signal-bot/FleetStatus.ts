import type { OwnedCandle } from 'rxhub/nats';

/** What a fleet worker has published, for its status line. */
export class FleetStatus {
  private whole = 0;
  private partial = 0;
  private readonly symbols = new Set<string>();

  constructor(private readonly worker: string) {}

  count(candle: OwnedCandle): void {
    if (candle.partial) this.partial++;
    else this.whole++;
    this.symbols.add(candle.symbol);
  }

  /** How many candles it published, whole and partial. */
  get candles(): number {
    return this.whole + this.partial;
  }

  /** `w1 published 120 candles (3 partial) of 100 symbols`. */
  line(): string {
    return `${this.worker} published ${this.candles} candles (${this.partial} partial) of ${this.symbols.size} symbols`;
  }
}
