import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { Candle } from 'rxhub/operators';
import { decimals, QuotesService } from './quotes.service';

const WIDTH = 480;
const HEIGHT = 160;
const SLOT = 16;

/** The M1 candles of the page's `candles` symbol, built from its ticks by `ohlc` (bid prices): a chart and a table. */
@Component({
  selector: 'app-candle-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ symbol }} · M1 (bid)</h2>
    <svg [attr.width]="width" [attr.height]="height" [attr.viewBox]="'0 0 ' + width + ' ' + height" data-testid="chart">
      <rect [attr.width]="width" [attr.height]="height" fill="#fff" />
      @for (bar of bars(); track bar.key) {
        <line [attr.x1]="bar.x" [attr.x2]="bar.x" [attr.y1]="bar.high" [attr.y2]="bar.low" [attr.stroke]="bar.color" />
        <rect
          [attr.x]="bar.x - 5"
          [attr.width]="10"
          [attr.y]="bar.top"
          [attr.height]="bar.body"
          [attr.fill]="bar.color"
        />
      }
    </svg>
    <table data-testid="candles">
      <thead>
        <tr>
          <th>Minute (UTC)</th>
          <th>Open</th>
          <th>High</th>
          <th>Low</th>
          <th>Close</th>
          <th>Ticks</th>
        </tr>
      </thead>
      <tbody>
        @for (candle of recent(); track candle.lastTime.getTime()) {
          <tr class="candle" [attr.data-complete]="candle.complete">
            <td>{{ candle.lastTime.toISOString().substring(11, 16) }}{{ candle.complete ? '' : ' …' }}</td>
            <td>{{ candle.open.bid.toFixed(digits()) }}</td>
            <td>{{ candle.maximum.bid.toFixed(digits()) }}</td>
            <td>{{ candle.minimum.bid.toFixed(digits()) }}</td>
            <td class="close">{{ candle.close.bid.toFixed(digits()) }}</td>
            <td class="ticks">{{ candle.volume }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class CandleViewComponent {
  private readonly quotes = inject(QuotesService);
  protected readonly symbol = this.quotes.config.candleSymbol;
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;

  private readonly candles = toSignal(this.quotes.candles(this.symbol, WIDTH / SLOT), {
    initialValue: [] as readonly Candle[],
  });

  /** Decimal places to show, read off the prices. */
  protected readonly digits = computed(() =>
    Math.max(
      0,
      ...this.candles().flatMap((c) => [c.open.bid, c.maximum.bid, c.minimum.bid, c.close.bid].map(decimals)),
    ),
  );

  /** The newest first. */
  protected readonly recent = computed(() => this.candles().slice(-5).reverse());

  protected readonly bars = computed(() => {
    const candles = this.candles();
    if (candles.length === 0) return [];
    const high = Math.max(...candles.map((c) => c.maximum.bid));
    const low = Math.min(...candles.map((c) => c.minimum.bid));
    const range = high - low || Math.abs(high) * 1e-4 || 1;
    const y = (price: number): number => 8 + ((high - price) / range) * (HEIGHT - 16);
    return candles.map((candle, index) => {
      const open = candle.open.bid;
      const close = candle.close.bid;
      const top = y(Math.max(open, close));
      return {
        key: candle.lastTime.getTime(),
        x: WIDTH - SLOT / 2 - (candles.length - 1 - index) * SLOT,
        high: y(candle.maximum.bid),
        low: y(candle.minimum.bid),
        top,
        body: Math.max(1, y(Math.min(open, close)) - top),
        color: close >= open ? '#11823b' : '#c4261d',
      };
    });
  });
}
