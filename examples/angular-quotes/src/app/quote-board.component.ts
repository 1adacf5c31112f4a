import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { QuotesService, type BoardRow, type Direction } from './quotes.service';

/** Bid, ask, spread and the direction of the last move, one row per symbol of the page's `symbols`. */
@Component({
  selector: 'app-quote-board',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table data-testid="board">
      <thead>
        <tr>
          <th>Symbol</th>
          <th>Bid</th>
          <th>Ask</th>
          <th>Spread</th>
          <th></th>
          <th>Ticks</th>
          <th>Time (UTC)</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.symbol) {
          <tr [attr.data-symbol]="row.symbol">
            <td>{{ row.symbol }}</td>
            @if (row.quote; as quote) {
              <td class="bid" [class]="quote.direction">{{ quote.bid.toFixed(quote.digits) }}</td>
              <td class="ask" [class]="quote.direction">{{ quote.ask.toFixed(quote.digits) }}</td>
              <td class="spread">{{ quote.spread.toFixed(quote.digits) }}</td>
              <td class="direction" [attr.data-direction]="quote.direction" [class]="quote.direction">
                {{ arrows[quote.direction] }}
              </td>
              <td class="updates">{{ quote.updates }}</td>
              <td class="time">{{ quote.time?.toISOString()?.substring(11, 23) ?? '' }}</td>
            } @else {
              <td class="bid">…</td>
              <td class="ask">…</td>
              <td colspan="4"></td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class QuoteBoardComponent {
  private readonly quotes = inject(QuotesService);
  protected readonly arrows: Record<Direction, string> = { up: '▲', down: '▼', flat: '–' };
  protected readonly rows = toSignal(this.quotes.board(this.quotes.config.symbols), {
    initialValue: this.quotes.config.symbols.map((symbol): BoardRow => ({ symbol })),
  });
}
