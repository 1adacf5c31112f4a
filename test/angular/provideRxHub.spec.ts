// rxhub/angular under Angular's TestBed, zoneless: a component on provideRxHub and provideMT4Hub over the fake
// connection of rxhub/testing, with marbles for the ticks, a drop and a reconnect.
import { ApplicationRef, Component, PLATFORM_ID, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { map } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import {
  injectConnectionState,
  injectGaps,
  injectHubErrors,
  injectTicks,
  injectTicks$,
  provideMT4Hub,
  provideRxHub,
  RX_HUB,
} from 'rxhub/angular';
import { TestHubConnection } from 'rxhub/testing';

const wire = (symbol: string, bid: number) => ({
  tradePlatform: 'demo',
  tick: { symbol, bid, ask: bid + 0.0002, lastTime: '2026-03-02T10:00:00Z' },
});

@Component({
  selector: 'app-quote',
  template: `<b class="state">{{ state() }}</b> <b class="bid">{{ tick()?.bid }}</b>
    <b class="gaps">{{ gaps().count }}</b>`,
})
class QuoteComponent {
  readonly symbol = signal('EURUSD');
  readonly state = injectConnectionState();
  readonly tick = injectTicks(this.symbol);
  readonly bids$ = injectTicks$(this.symbol).pipe(map((tick) => tick.bid));
  readonly gaps = injectGaps();
  readonly errors = injectHubErrors();
}

describe('provideRxHub', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;

  const configure = (platform = 'browser'): void => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    TestBed.configureTestingModule({
      providers: [
        provideRxHub({ connection, scheduler }),
        provideMT4Hub({ tradePlatform: 'demo' }),
        { provide: PLATFORM_ID, useValue: platform },
      ],
    });
  };
  const text = (fixture: ComponentFixture<unknown>, selector: string): string =>
    (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent ?? '';
  const calls = (): string[] => connection.log.map((call) => `${call.kind} ${call.method ?? ''}`.trim());

  it('connects after the first render, and a component sees ticks, the drop as a gap, and ticks again', () => {
    configure();
    TestBed.inject(RX_HUB);
    expect(calls()).toEqual([]);
    TestBed.inject(ApplicationRef).tick(); // the first render opens the gate
    let fixture!: ComponentFixture<QuoteComponent>;
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve(
        'OnTick',
        hot('--a-b------c-', { a: wire('EURUSD', 1.1), b: wire('EURUSD', 1.2), c: wire('EURUSD', 1.3) }),
      );
      connection.at(hot('            -----d--r----'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      fixture = TestBed.createComponent(QuoteComponent);
      expectObservable(fixture.componentInstance.bids$, '^-----------!').toBe('--a-b------c', {
        a: 1.1,
        b: 1.2,
        c: 1.3,
      });
    });
    fixture.detectChanges();
    expect(text(fixture, '.state')).toBe('Connected');
    expect(text(fixture, '.bid')).toBe('1.3');
    expect(text(fixture, '.gaps')).toBe('1');
    // One server subscription for the signal and the observable, re-requested once after the reconnect.
    expect(connection.invocations().map((call) => `${call.frame} ${call.method}`)).toEqual([
      '0 Connect',
      '0 SubscribeToTicks',
      '8 Connect',
      '8 SubscribeToTicks',
    ]);
  });

  it('follows a symbol signal: the old symbol is unsubscribed, the new one subscribed', () => {
    configure();
    TestBed.inject(RX_HUB);
    TestBed.inject(ApplicationRef).tick();
    const fixture = TestBed.createComponent(QuoteComponent);
    fixture.detectChanges();
    connection.emit('OnTick', wire('EURUSD', 1.1));
    fixture.detectChanges();
    expect(text(fixture, '.bid')).toBe('1.1');

    fixture.componentInstance.symbol.set('GBPUSD');
    fixture.detectChanges(); // runs the effect that feeds the symbol's changes
    connection.emit('OnTick', wire('EURUSD', 1.15));
    connection.emit('OnTick', wire('GBPUSD', 1.27));
    fixture.detectChanges();
    expect(text(fixture, '.bid')).toBe('1.27');
    // The switch lets go of EURUSD before it asks for GBPUSD, so the platform's session (Connect) is set up again.
    expect(
      connection.invocations().map((call) => `${call.method} ${(call.args?.[0] as { symbol?: string }).symbol ?? ''}`),
    ).toEqual([
      'Connect ',
      'SubscribeToTicks EURUSD',
      'UnsubscribeFromTicks EURUSD',
      'Connect ',
      'SubscribeToTicks GBPUSD',
    ]);
  });

  it('moves to a new connection when a signal behind it changes; the component sees a gap, then ticks again', () => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const server = signal<'a' | 'b'>('a');
    const fakes = { a: new TestHubConnection(scheduler), b: new TestHubConnection(scheduler) };
    TestBed.configureTestingModule({
      providers: [
        provideRxHub({ connection: () => fakes[server()], scheduler }),
        provideMT4Hub({ tradePlatform: 'demo' }),
      ],
    });
    TestBed.inject(RX_HUB);
    TestBed.inject(ApplicationRef).tick();
    const fixture = TestBed.createComponent(QuoteComponent);
    fixture.detectChanges();
    fakes.a.emit('OnTick', wire('EURUSD', 1.1));
    fixture.detectChanges();
    expect(text(fixture, '.bid')).toBe('1.1');

    server.set('b');
    TestBed.tick(); // runs the effect that sees the change: connection a closes
    scheduler.flush(); // RxHub's restart, on connection b
    fakes.a.emit('OnTick', wire('EURUSD', 1.15));
    fakes.b.emit('OnTick', wire('EURUSD', 1.2));
    fixture.detectChanges();
    expect(text(fixture, '.bid')).toBe('1.2');
    expect(text(fixture, '.gaps')).toBe('1');
    expect(fakes.a.log.map((call) => call.kind).slice(-1)).toEqual(['stop']);
    expect(fakes.b.invocations().map((call) => call.method)).toEqual(['Connect', 'SubscribeToTicks']);
    expect(fakes.a.handlerCount('OnTick')).toBe(0);
    expect(fakes.b.handlerCount('OnTick')).toBe(1);
  });

  it('lets go with the component: its symbol is unsubscribed and the connection stopped', () => {
    configure();
    TestBed.inject(RX_HUB);
    TestBed.inject(ApplicationRef).tick();
    const fixture = TestBed.createComponent(QuoteComponent);
    fixture.detectChanges();
    expect(connection.handlerCount('OnTick')).toBe(1);
    fixture.destroy();
    scheduler.flush();
    expect(calls().slice(-2)).toEqual(['invoke UnsubscribeFromTicks', 'stop']);
    expect(connection.handlerCount('OnTick')).toBe(0);
  });

  it('never connects on the server: the signals keep their first values', () => {
    configure('server');
    const fixture = TestBed.createComponent(QuoteComponent);
    fixture.detectChanges();
    TestBed.inject(ApplicationRef).tick();
    fixture.detectChanges();
    expect(text(fixture, '.state')).toBe('Disconnected');
    expect(text(fixture, '.bid')).toBe('');
    expect(calls()).toEqual([]);
  });
});
