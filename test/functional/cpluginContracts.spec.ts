// The contracts rxhub-codegen generates from the vendor's interface, against the simulator: every name and validator
// they hold matches what the server takes and sends.
import { lastValueFrom, Subscription } from 'rxjs';
import { ContractHub, type TickArgs } from '../../src';
import { MT4HubContract } from '../../src/cplugin/contracts/MT4HubContract';
import { MT5HubContract } from '../../src/cplugin/contracts/MT5HubContract';
import { TestHubContract } from '../../src/cplugin/contracts/TestHubContract';
import { waitFor } from '../support/waitFor';
import { simulatorFixture } from './fixtures';

describe('generated CPlugin contracts against the simulator', () => {
  const sim = simulatorFixture();
  let subscriptions: Subscription;

  beforeEach(async () => {
    subscriptions = new Subscription();
    await sim.admin.reset();
  });
  afterEach(async () => {
    subscriptions.unsubscribe();
    await sim.drained('test');
    await sim.drained('mt4');
    await sim.drained('mt5');
  });

  it('TestHub: GetServerTime gives a Date, Ping comes back on Pong, OnClock gives Dates', async () => {
    const test = new ContractHub(sim.rxHub('/hubs/test/v1'), TestHubContract);
    const pongs: string[] = [];
    subscriptions.add(test.on('Pong').subscribe((message) => pongs.push(message)));
    await sim.connected(test.hub);
    const [time] = await sim.first(test.invoke('GetServerTime'));
    expect(time).toBeInstanceOf(Date);
    await lastValueFrom(test.invoke('Ping', 'hello'), { defaultValue: undefined });
    await waitFor(
      () => pongs,
      (list) => list.length > 0,
      { what: 'a pong' },
    );
    expect(pongs).toEqual(['hello']);
    const [clock] = await sim.first(test.on('OnClock'), 1, 5_000);
    expect(clock).toBeInstanceOf(Date);
  });

  it('MT4Hub: Connect, a tick subscription with its OnTick payloads, and every stream', async () => {
    const mt4 = new ContractHub(sim.rxHub('/hubs/mt4/v1', { tokens: sim.tokens() }), MT4HubContract);
    const ticks: TickArgs[] = [];
    subscriptions.add(mt4.on('OnTick').subscribe((tick) => ticks.push(tick)));
    await sim.connected(mt4.hub);
    const platform = { tradePlatform: 'demo' };
    expect(await sim.first(mt4.invoke('Connect', { ...platform, timeoutMs: 5_000 }))).toEqual([true]);

    const symbol = { ...platform, symbol: 'EURUSD' };
    await lastValueFrom(mt4.invoke('SubscribeToTicks', symbol), { defaultValue: undefined });
    await waitFor(
      () => ticks,
      (list) => list.length > 0,
      { what: 'an OnTick' },
    );
    expect(ticks[0]).toEqual({
      tradePlatform: 'demo',
      tick: { symbol: 'EURUSD', bid: expect.any(Number), ask: expect.any(Number), lastTime: expect.any(Date) },
    });
    await lastValueFrom(mt4.invoke('UnsubscribeFromTicks', symbol), { defaultValue: undefined });
    expect(await sim.subscriptions()).toEqual({});

    const [trade] = await sim.first(mt4.stream('StreamTrades', platform), 1, 15_000);
    expect(trade.openTime).toBeInstanceOf(Date);
    const [info] = await sim.first(mt4.stream('StreamAllTicks', platform), 1, 15_000);
    expect(typeof info.bid).toBe('number');
    const [level] = await sim.first(mt4.stream('StreamMarginCallUpdates', platform), 1, 15_000);
    expect(['Ok', 'MarginCall', 'StopOut']).toContain(level.levelType);
    const [user] = await sim.first(mt4.stream('StreamUserUpdates', platform), 1, 15_000);
    expect(user.user?.regDate).toBeInstanceOf(Date);
  }, 60_000);

  it('MT5Hub: Connect answers true, and OnMT5ConnectionStatus gives its two positional arguments', async () => {
    const mt5 = new ContractHub(sim.rxHub('/hubs/mt5/v1', { tokens: sim.tokens() }), MT5HubContract);
    const statuses: [string, boolean][] = [];
    subscriptions.add(mt5.on('OnMT5ConnectionStatus').subscribe((status) => statuses.push(status)));
    await sim.connected(mt5.hub);
    expect(await sim.first(mt5.invoke('Connect', { tradePlatform: 'uat', timeoutMs: 5_000 }))).toEqual([true]);
    await waitFor(
      () => statuses,
      (list) => list.length > 0,
      { what: 'an OnMT5ConnectionStatus' },
    );
    expect(statuses[0]).toEqual(['uat', true]);
  });
});
