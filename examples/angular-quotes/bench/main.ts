// The quote board of the browser benchmark (bench/angularBoard.ts): 100 symbols, one row each, fed five ways,
// chosen by the page's query string (`?mode=conflate|plain|naive|floor|render&hub=…&symbols=100`):
// - conflate: rxhub/angular, ticks conflated to the latest per symbol per animation frame, one board update per frame;
// - plain: rxhub/angular, the board updated on every tick;
// - naive: the raw @microsoft/signalr client, no validation, the board updated on every tick;
// - floor: the raw client with a handler that only counts the tick, the board never updated: what every board pays
//   the SignalR client to read the socket and parse the JSON, which no board can go below.
// - render: no socket at all; every animation frame gives every row a new quote, as 100 ticks/s per symbol do: what
//   rendering alone costs at this rate, which no board that shows every change in every frame can go below.
// Every mode that updates the board keeps it in one signal, replaced immutably per update, as a straightforward
// board would.
import { ChangeDetectionStrategy, Component, inject, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { HubConnectionBuilder } from '@microsoft/signalr';
import { animationFrameScheduler, bufferTime, filter, merge, tap, type Observable } from 'rxjs';
import { clientCredentials } from 'rxhub';
import { MT4_HUB, provideMT4Hub, provideRxHub } from 'rxhub/angular';
import { conflate } from 'rxhub/operators';

/** A tick as the raw client hands it over, unvalidated. */
interface WireTick {
  readonly symbol: string;
  readonly bid: number;
  readonly ask: number;
}

interface Row {
  readonly symbol: string;
  readonly bid: number;
  readonly ask: number;
  readonly updates: number;
}

const query = new URLSearchParams(window.location.search);
const mode = query.get('mode') ?? 'conflate';
const base = query.get('hub') ?? 'http://127.0.0.1:5080';
const symbols = Array.from(
  { length: Number(query.get('symbols') ?? 100) },
  (_, i) => `SYM${String(i + 1).padStart(4, '0')}`,
);
/** Ticks received, in every mode before any conflation: what the benchmark reports as the delivered rate. */
const received = { ticks: 0 };
(window as unknown as { received: typeof received }).received = received;
const credentials = { tokenUrl: `${base}/connect/token`, clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' };

@Component({
  selector: 'app-board',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      {{ mode }}: <span data-testid="live">{{ live() }}</span> of {{ rows().length }} symbols live
    </p>
    <table>
      @for (row of rows(); track row.symbol) {
        <tr>
          <td>{{ row.symbol }}</td>
          <td>{{ row.bid.toFixed(5) }}</td>
          <td>{{ row.ask.toFixed(5) }}</td>
          <td>{{ row.updates }}</td>
        </tr>
      }
    </table>
  `,
})
class BoardComponent {
  protected readonly mode = mode;
  protected readonly rows = signal<readonly Row[]>(symbols.map((symbol) => ({ symbol, bid: 0, ask: 0, updates: 0 })));
  protected readonly live = signal(0);
  private readonly index = new Map(symbols.map((symbol, i) => [symbol, i]));

  constructor() {
    if (mode === 'naive') this.raw((tick) => this.apply([tick]));
    else if (mode === 'floor') this.raw(this.counted());
    else if (mode === 'render') this.everyFrame();
    else this.rxhub(mode === 'conflate');
  }

  /** Applies ticks to the board: one new array per call. */
  private apply(ticks: readonly WireTick[]): void {
    const rows = [...this.rows()];
    for (const tick of ticks) {
      const i = this.index.get(tick.symbol);
      if (i === undefined) continue;
      if (rows[i].updates === 0) this.live.update((n) => n + 1);
      rows[i] = { symbol: tick.symbol, bid: tick.bid, ask: tick.ask, updates: rows[i].updates + 1 };
    }
    this.rows.set(rows);
  }

  private rxhub(conflated: boolean): void {
    const mt4 = inject(MT4_HUB);
    const ticks = merge(
      ...symbols.map((symbol) => mt4.ticks(symbol).pipe(tap(() => received.ticks++))),
    ) as Observable<WireTick>;
    if (conflated) {
      ticks
        .pipe(
          conflate((tick) => tick.symbol, animationFrameScheduler),
          bufferTime(0, animationFrameScheduler),
          filter((batch) => batch.length > 0),
        )
        .subscribe((batch) => this.apply(batch));
    } else {
      ticks.subscribe((tick) => this.apply([tick]));
    }
  }

  /** The render board: each frame, a new quote for every row, made up here instead of read from a socket. */
  private everyFrame(): void {
    let frame = 0;
    const next = () => {
      frame++;
      this.apply(symbols.map((symbol, i) => ({ symbol, bid: 1 + (frame + i) / 1e5, ask: 1.0001 + (frame + i) / 1e5 })));
      requestAnimationFrame(next);
    };
    requestAnimationFrame(next);
  }

  /** The floor's tick handler: it notes the symbols seen until every one has ticked (`live`), and then nothing. */
  private counted(): (tick: WireTick) => void {
    const waiting = new Set(symbols);
    return (tick) => {
      if (waiting.size > 0 && waiting.delete(tick.symbol)) this.live.set(symbols.length - waiting.size);
    };
  }

  /** The raw @microsoft/signalr client, every tick handed to `onTick` as it comes off the wire. */
  private raw(onTick: (tick: WireTick) => void): void {
    const tokens = clientCredentials(credentials);
    const connection = new HubConnectionBuilder()
      .withUrl(`${base}/hubs/mt4/v1`, { accessTokenFactory: tokens.accessTokenFactory })
      .build();
    connection.on('OnTick', (args: { tick: WireTick }) => {
      received.ticks++;
      onTick(args.tick);
    });
    void connection.start().then(async () => {
      await connection.invoke('Connect', { tradePlatform: 'demo' });
      await Promise.all(
        symbols.map((symbol) => connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol })),
      );
    });
  }
}

bootstrapApplication(BoardComponent, {
  providers: [
    provideZonelessChangeDetection(),
    provideRxHub({ url: `${base}/hubs/mt4/v1`, credentials }),
    provideMT4Hub({ tradePlatform: 'demo' }),
  ],
}).catch((error: unknown) => console.error(error));
