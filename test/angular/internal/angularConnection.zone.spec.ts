// rxhub/angular in a zone.js app: the connection's callbacks and timers run outside the Angular zone, so a stream
// of ticks lets the app become stable. The control subscribes to a hub made without rxhub/angular: its ticks keep
// the zone busy and the app never becomes stable.
import { ApplicationRef, Component, NgZone } from '@angular/core';
import { HubConnectionState } from '@microsoft/signalr';
import { TestBed } from '@angular/core/testing';
import { asyncScheduler, filter, firstValueFrom, interval, of, timeout, type Subscription } from 'rxjs';
import { MT4Hub, RxHub } from 'rxhub';
import { injectTicks, MT4_HUB, provideMT4Hub, provideRxHub } from 'rxhub/angular';
import { TestHubConnection } from 'rxhub/testing';

@Component({ selector: 'app-quote', template: `<b class="bid">{{ tick()?.bid }}</b>` })
class QuoteComponent {
  readonly tick = injectTicks('EURUSD');
}

/** A fake connection whose "socket" sends a tick every 5 ms from a timer made in whatever zone `start()` runs in. */
function tickingConnection(): {
  readonly connection: TestHubConnection;
  readonly ticks: () => number;
  /** Whether each start ran inside the Angular zone. */
  readonly startsInZone: boolean[];
  stop(): void;
} {
  const connection = new TestHubConnection(asyncScheduler);
  const startsInZone: boolean[] = [];
  let count = 0;
  let feed: Subscription | undefined;
  connection.starting(() => {
    startsInZone.push(NgZone.isInAngularZone());
    feed?.unsubscribe();
    feed = interval(5).subscribe(() =>
      connection.emit('OnTick', {
        tradePlatform: 'demo',
        tick: { symbol: 'EURUSD', bid: 1 + ++count / 1e4, ask: 1.1, lastTime: '2026-03-02T10:00:00Z' },
      }),
    );
    return of(true);
  });
  return { connection, ticks: () => count, startsInZone, stop: () => feed?.unsubscribe() };
}

const stableWithin = (appRef: ApplicationRef, ms: number): Promise<boolean> =>
  firstValueFrom(appRef.isStable.pipe(filter(Boolean), timeout({ first: ms, with: () => of(false) })));

describe('angularConnection in a zone.js app', () => {
  it('lets ApplicationRef.isStable become true while ticks flow', async () => {
    const { connection, ticks, startsInZone, stop } = tickingConnection();
    TestBed.configureTestingModule({
      providers: [provideRxHub({ connection }), provideMT4Hub({ tradePlatform: 'demo' })],
    });
    const appRef = TestBed.inject(ApplicationRef);
    const until = (done: () => boolean) => firstValueFrom(interval(5).pipe(filter(done), timeout(5_000)));
    // The first render opens the gate and starts the connection; the component shows the ticks.
    const fixture = TestBed.createComponent(QuoteComponent);
    fixture.autoDetectChanges();
    await until(() => ticks() >= 3);
    await fixture.whenStable();
    expect(Number((fixture.nativeElement as HTMLElement).querySelector('.bid')?.textContent)).toBeGreaterThan(1);
    fixture.destroy();
    await until(() => connection.state === HubConnectionState.Disconnected);
    // Started again from inside the Angular zone, as rxResource, the async pipe or a click handler would.
    const inZone = TestBed.inject(NgZone).run(() => TestBed.inject(MT4_HUB).ticks('EURUSD').subscribe());
    try {
      const before = ticks();
      await until(() => ticks() >= before + 5);
      expect(await stableWithin(appRef, 2_000)).toBe(true);
      expect(ticks()).toBeGreaterThan(before);
      // Both starts, at the first render and from inside the zone, opened the "socket" outside it.
      expect(startsInZone).toEqual([false, false]);
    } finally {
      inZone.unsubscribe();
      stop();
    }
  });

  it('(control) never becomes stable while a hub made inside the zone sends ticks', async () => {
    const { connection, ticks, stop } = tickingConnection();
    const appRef = TestBed.inject(ApplicationRef);
    const zone = TestBed.inject(NgZone);
    const inZone = zone.run(() =>
      new MT4Hub(new RxHub(connection), { tradePlatform: 'demo' }).ticks('EURUSD').subscribe(),
    );
    try {
      await firstValueFrom(interval(10).pipe(filter(() => ticks() >= 5)));
      expect(await stableWithin(appRef, 500)).toBe(false);
    } finally {
      inZone.unsubscribe();
      stop();
    }
  });
});
