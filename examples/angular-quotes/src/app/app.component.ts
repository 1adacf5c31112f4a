import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { CandleViewComponent } from './candle-view.component';
import { QuoteBoardComponent } from './quote-board.component';
import { QuotesService } from './quotes.service';

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [QuoteBoardComponent, CandleViewComponent],
  template: `
    <h1>
      rxhub · MT4 quotes <small>({{ quotes.config.platform }})</small>
    </h1>
    <p class="status">
      <span>
        Connection:
        <strong data-testid="state" [class]="'state-' + quotes.state()">{{ quotes.state() }}</strong>
      </span>
      <span>
        Gaps: <strong data-testid="gaps">{{ quotes.gapCount() }}</strong>
        @if (quotes.lastGap(); as gap) {
          <small data-testid="last-gap">&nbsp;(last: {{ gapLength() }} ms)</small>
        }
      </span>
      <span
        >Skipped payloads: <strong data-testid="skipped">{{ quotes.skipped() }}</strong></span
      >
    </p>
    @if (quotes.failure(); as failure) {
      <p class="down" data-testid="failure">Stopped: {{ failure }}</p>
    }
    <app-quote-board />
    <app-candle-view />
    <h2>Connection log</h2>
    <ol data-testid="state-log">
      @for (change of quotes.stateLog(); track $index) {
        <li [attr.data-state]="change.state">{{ change.at.toISOString().substring(11, 23) }} {{ change.state }}</li>
      }
    </ol>
  `,
})
export class AppComponent {
  protected readonly quotes = inject(QuotesService);
  protected readonly gapLength = computed(() => {
    const gap = this.quotes.lastGap();
    return gap ? Math.round(gap.end - gap.start) : 0;
  });
}
