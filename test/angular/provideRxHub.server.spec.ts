// A real server render: @angular/platform-server's renderApplication, in Node, of a standalone app on provideRxHub
// and provideMT4Hub pointed at the real simulator, through a TCP proxy that counts every connection made to it.
// The render ends (the app turns stable, and no timer is left behind), its HTML shows the hub's first values, and
// no socket reaches the simulator: no token, no negotiate, no WebSocket, no hub call.
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { bootstrapApplication, type BootstrapContext } from '@angular/platform-browser';
import { provideServerRendering, renderApplication } from '@angular/platform-server';
import { injectConnectionState, injectGaps, injectTicks, MT4_HUB, provideMT4Hub, provideRxHub } from 'rxhub/angular';
import { startSimulator } from '../support/startSimulator';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { trackTimers } from '../support/trackTimers';
import { withTimeout } from '../support/withTimeout';

@Component({
  selector: 'app-board',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="state">{{ state() }}</p>
    <p class="gaps">{{ gaps().count }} gaps</p>
    @if (eurusd(); as tick) {
      <p class="eurusd">EURUSD {{ tick.bid }}</p>
    } @else {
      <p class="eurusd">EURUSD connecting…</p>
    }
    <p class="gbpusd">GBPUSD {{ gbpusd()?.bid ?? '–' }}</p>`,
})
class BoardComponent {
  readonly state = injectConnectionState();
  readonly gaps = injectGaps();
  readonly eurusd = injectTicks('EURUSD');
  // The facade's own cold observable, subscribed on the server too: it waits for a first render that never comes.
  readonly gbpusd = toSignal(inject(MT4_HUB).ticks('GBPUSD'));
}

describe('provideRxHub in a server render (renderApplication)', () => {
  let simulator: SimulatorHandle;
  let proxy: TcpProxy;

  beforeAll(async () => {
    simulator = await startSimulator({ timeoutMs: 60_000 });
    proxy = await startTcpProxy(simulator.port);
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    await simulator?.stop();
  });

  const render = (): Promise<string> => {
    const url = `http://127.0.0.1:${proxy.port}`;
    const bootstrap = (context: BootstrapContext) =>
      bootstrapApplication(
        BoardComponent,
        {
          providers: [
            provideServerRendering(),
            provideRxHub({
              url: `${url}/hubs/mt4/v1`,
              credentials: { tokenUrl: `${url}/connect/token`, clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
            }),
            provideMT4Hub({ tradePlatform: 'demo' }),
          ],
        },
        context,
      );
    const document = '<!doctype html><html><head></head><body><app-board></app-board></body></html>';
    return withTimeout(renderApplication(bootstrap, { document }), 10_000, 'the render');
  };

  it('renders the first values and ends, and nothing reaches the simulator', async () => {
    // Once renderApplication has destroyed the platform, no timer of the hub is left to connect later.
    const timers = trackTimers();
    let html: string;
    try {
      html = await render();
      expect(timers.pending()).toEqual([]);
    } finally {
      timers.stop();
    }

    expect(html).toContain('<p class="state">Disconnected</p>');
    expect(html).toContain('<p class="gaps">0 gaps</p>');
    expect(html).toContain('<p class="eurusd">EURUSD connecting…</p>');
    expect(html).toContain('<p class="gbpusd">GBPUSD –</p>');
    expect(await simulator.admin.connections()).toEqual([]);
    expect(await simulator.admin.calls()).toEqual([]);
    expect(proxy.accepted).toBe(0);
  });
});
