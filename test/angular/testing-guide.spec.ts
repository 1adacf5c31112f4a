// The Angular example of docs/testing.md, run as a spec: test/docs/examples.spec.ts checks that the guide quotes it verbatim.
import { ApplicationRef, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { map } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { injectGaps, injectTicks, injectTicks$, provideMT4Hub, provideRxHub, RX_HUB } from 'rxhub/angular';
import { TestHubConnection } from 'rxhub/testing';

const wire = (symbol: string, bid: number) => ({
  tradePlatform: 'demo',
  tick: { symbol, bid, ask: bid + 0.0002, lastTime: '2026-03-02T10:00:00Z' },
});

@Component({
  selector: 'app-quote',
  template: `<b class="bid">{{ tick()?.bid }}</b> <b class="gaps">{{ gaps().count }}</b>`,
})
class QuoteComponent {
  readonly symbol = signal('EURUSD');
  readonly tick = injectTicks(this.symbol);
  readonly bids$ = injectTicks$(this.symbol).pipe(map((tick) => tick.bid));
  readonly gaps = injectGaps();
}

it('shows ticks, the drop as a gap, and ticks again', () => {
  const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  const connection = new TestHubConnection(scheduler);
  TestBed.configureTestingModule({
    providers: [provideRxHub({ connection, scheduler }), provideMT4Hub({ tradePlatform: 'demo' })],
  });
  TestBed.inject(RX_HUB);
  TestBed.inject(ApplicationRef).tick(); // the first render: from now on the hub connects at once
  let fixture!: ComponentFixture<QuoteComponent>;
  scheduler.run(({ hot, expectObservable }) => {
    connection.serve(
      'OnTick',
      hot('--a-b------c-', { a: wire('EURUSD', 1.1), b: wire('EURUSD', 1.2), c: wire('EURUSD', 1.3) }),
    );
    connection.at(hot('            -----d--r----'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
    fixture = TestBed.createComponent(QuoteComponent);
    expectObservable(fixture.componentInstance.bids$, '^-----------!').toBe('--a-b------c', { a: 1.1, b: 1.2, c: 1.3 });
  });
  fixture.detectChanges();
  expect((fixture.nativeElement as HTMLElement).querySelector('.gaps')?.textContent).toBe('1');
});
