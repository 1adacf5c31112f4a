// The app under TestBed and Vitest (Angular's unit-test builder), on the fake connection of rxhub/testing: the
// providers are the app's own (main.ts), with the fake in place of the URL.
import { TestBed } from '@angular/core/testing';
import { TestScheduler } from 'rxjs/testing';
import { provideMT4Hub, provideRxHub } from 'rxhub/angular';
import { TestHubConnection } from 'rxhub/testing';
import { AppComponent } from './app.component';
import { HUB_CONFIG, hubConfigFrom } from './hub-config';

const wire = (bid: number) => ({
  tradePlatform: 'demo',
  tick: { symbol: 'EURUSD', bid, ask: bid + 0.0002, lastTime: '2026-03-02T10:00:00Z' },
});

describe('AppComponent', () => {
  it('shows quotes, a dropped connection as a gap, and quotes again', async () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const connection = new TestHubConnection(scheduler);
    TestBed.configureTestingModule({
      providers: [
        { provide: HUB_CONFIG, useValue: hubConfigFrom('?symbols=EURUSD') },
        provideRxHub({ connection, scheduler }),
        provideMT4Hub({ tradePlatform: 'demo' }),
      ],
    });
    const fixture = TestBed.createComponent(AppComponent);
    await fixture.whenStable(); // the first render: the hub connects
    const shown = (selector: string): string =>
      (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim() ?? '';

    scheduler.run(({ animate, hot }) => {
      animate('                    xxxxxxx'); // the board renders conflated quotes on animation frames
      connection.serve('OnTick', hot('-a---b-', { a: wire(1.1), b: wire(1.2) }));
      connection.at(hot('            --d-r--'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
    });
    await fixture.whenStable();

    expect(shown('[data-testid=state]')).toBe('Connected');
    expect(shown('[data-testid=gaps]')).toBe('1');
    expect(shown('tr[data-symbol=EURUSD] .bid')).toBe('1.2000'); // as many decimals as the prices have had (the ask's four)
    expect(shown('tr[data-symbol=EURUSD] .updates')).toBe('2');
    expect(connection.invocations().map((call) => `${call.frame} ${call.method}`)).toEqual([
      '0 Connect',
      '0 SubscribeToTicks',
      '4 Connect',
      '4 SubscribeToTicks',
    ]);
  });
});
