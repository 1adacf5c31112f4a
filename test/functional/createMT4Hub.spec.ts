// The one-call MT4 hub against the simulator: client credentials alone, the token endpoint found from the hub's URL.
import { Subscription } from 'rxjs';
import { createMT4Hub, type Gap, type MT4Hub } from '../../src';
import { messagePack } from '../../msgpack';
import { waitFor } from '../support/waitFor';
import { simulatorFixture } from './fixtures';

describe('createMT4Hub', () => {
  const sim = simulatorFixture();
  let subscriptions: Subscription;
  let tokenRequests: string[];
  let mt4: MT4Hub;

  beforeEach(async () => {
    subscriptions = new Subscription();
    await sim.admin.reset();
    tokenRequests = [];
    mt4 = createMT4Hub(`${sim.url}/hubs/mt4/v1`, {
      tradePlatform: 'demo',
      credentials: {
        clientId: 'rxhub-demo',
        clientSecret: 'rxhub-secret',
        fetch: (input, init) => {
          tokenRequests.push(String(input));
          return fetch(input, init);
        },
      },
    });
  });
  afterEach(async () => {
    subscriptions.unsubscribe();
    await sim.drained('mt4');
  });

  it('speaks MessagePack when given messagePack() as its protocol: the same ticks, with Dates', async () => {
    const binary = createMT4Hub(`${sim.url}/hubs/mt4/v1`, {
      tradePlatform: 'demo',
      credentials: { clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
      protocol: messagePack(),
    });
    const [tick] = await sim.first(binary.ticks('EURUSD'));
    expect(tick).toEqual({
      symbol: 'EURUSD',
      bid: expect.any(Number),
      ask: expect.any(Number),
      lastTime: expect.any(Date),
    });
    // Over MessagePack the server binds arguments by their C# names: Connect and SubscribeToTicks went through.
    expect((await sim.admin.calls({ hub: 'mt4' })).map((call) => call.method)).toEqual(['Connect', 'SubscribeToTicks']);
  });

  it("is MessagePack indeed: camelCase arguments (names: 'camel') are not bound by the server's C# names", async () => {
    const unrenamed = createMT4Hub(`${sim.url}/hubs/mt4/v1`, {
      tradePlatform: 'demo',
      credentials: { clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
      protocol: messagePack({ names: 'camel' }),
    });
    const failure = await sim.first(unrenamed.connect()).catch((error: unknown) => error);
    expect(String(failure)).toContain('tradePlatform is required');
  });

  it('streams ticks with nothing but client credentials', async () => {
    expect(tokenRequests).toEqual([]);
    const ticks = await sim.first(mt4.ticks('EURUSD'), 3);
    expect(ticks.map((tick) => tick.symbol)).toEqual(['EURUSD', 'EURUSD', 'EURUSD']);
    expect(tokenRequests).toEqual([`${sim.url}/connect/token`]);
  });

  it('fetches a fresh token after a lost connection, and the ticks go on', async () => {
    const gaps: Gap[] = [];
    let ticks = 0;
    subscriptions.add(mt4.hub.gaps$.subscribe((gap) => gaps.push(gap)));
    subscriptions.add(mt4.ticks('EURUSD').subscribe(() => ticks++));
    await waitFor(
      () => ticks,
      (n) => n > 0,
      { what: 'a first tick' },
    );
    expect(tokenRequests).toHaveLength(1);

    expect((await sim.admin.abort('mt4')).aborted).toBe(1);
    await waitFor(
      () => gaps.length,
      (n) => n === 1,
      { what: 'the gap to close' },
    );
    expect(tokenRequests).toHaveLength(2);
    ticks = 0;
    await waitFor(
      () => ticks,
      (n) => n > 0,
      { what: 'a tick after the reconnect' },
    );
  });
});
