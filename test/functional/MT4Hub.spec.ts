// The typed hubs against the simulator: every method, event and stream, decoded from real payloads.
import type { Observable } from 'rxjs';
import { DecodeError, MT5Hub, type MT4Hub, type SymbolUpdateArgs } from '../../src';
import { simulatorHooks } from '../support/simulatorHooks';
import { waitFor } from '../support/waitFor';
import { protocols, simulatorFixture } from './fixtures';

describe.each(protocols)('typed hubs against the simulator over %s', (protocol) => {
  const sim = simulatorFixture(protocol);
  const subscriptions = simulatorHooks(sim, ['mt4', 'mt5']);
  let mt4: MT4Hub;

  beforeEach(() => {
    mt4 = sim.mt4('demo');
  });

  describe('MT4', () => {
    it('connects: Connect answers true, and the platform reports its status', async () => {
      expect(await sim.first(mt4.connect())).toEqual([true]);
      expect(await sim.first(mt4.platformStatus())).toEqual([{ tradePlatform: 'demo', connected: true }]);
    });

    it('decodes ticks of one symbol, with Dates', async () => {
      const ticks = await sim.first(mt4.ticks('GBPUSD'), 3);
      for (const tick of ticks) {
        expect(tick).toEqual({
          symbol: 'GBPUSD',
          bid: expect.any(Number),
          ask: expect.any(Number),
          lastTime: expect.any(Date),
        });
        expect(tick.ask).toBeGreaterThanOrEqual(tick.bid);
      }
    });

    it('takes ticks from batched OnTicks as well as OnTick', async () => {
      await sim.admin.setTickRate({ mode: 'batch' });
      const ticks = await sim.first(mt4.ticks('EURUSD'), 5);
      expect(new Set(ticks.map((tick) => tick.symbol))).toEqual(new Set(['EURUSD']));
      const calls = await sim.admin.calls({ hub: 'mt4' });
      expect(calls.map((call) => call.method).slice(0, 2)).toEqual(['Connect', 'SubscribeToTicks']);
    });

    it('streams all ticks of the platform', async () => {
      const symbols = new Set<string | undefined>();
      subscriptions.add(mt4.allTicks().subscribe((tick) => symbols.add(tick.symbol)));
      await waitFor(
        () => symbols.size,
        (n) => n > 3,
        { what: 'ticks of more than three symbols' },
      );
      expect(await sim.subscriptions()).toEqual({ 'SubscribeToAllTicks demo': 1 });
    });

    it('flattens server candles of the subscribed symbols', async () => {
      subscriptions.add(mt4.ticks('USDJPY').subscribe());
      const [candle] = await sim.first(mt4.ticksOHLC());
      expect(candle).toMatchObject({ symbol: 'USDJPY', lastTime: expect.any(Date), volume: expect.any(Number) });
      expect(candle.maximum!.bid).toBeGreaterThanOrEqual(candle.minimum!.bid);
    });

    it('flattens margin updates into margin levels with enum states', async () => {
      const levels = await sim.first(mt4.margins(), 5);
      for (const level of levels) {
        expect(['Ok', 'MarginCall', 'StopOut']).toContain(level.levelType);
        expect(['Percent', 'Currency']).toContain(level.controllingType);
        expect(typeof level.login).toBe('number');
      }
    });

    it('receives symbol configuration updates', async () => {
      // Held while the server's count is read: once `first` has its item, the hub unsubscribes at once, racing
      // the admin call that reads the count.
      const updates: SymbolUpdateArgs[] = [];
      subscriptions.add(mt4.symbols().subscribe((update) => updates.push(update)));
      const [update] = await waitFor(
        () => updates,
        (list) => list.length > 0,
        { what: 'a symbol update', timeoutMs: 10_000 },
      );
      expect(update.tradePlatform).toBe('demo');
      expect(['Add', 'Delete', 'Update', 'ChangeGrp']).toContain(update.type);
      expect(update.symbol?.starting).toBeInstanceOf(Date);
      expect(await sim.subscriptions()).toEqual({ 'SubscribeToSymbols demo': 1 });
    });

    it('receives online updates', async () => {
      const [update] = await sim.first(mt4.onlineUpdates());
      expect(update).toMatchObject({ tradePlatform: 'demo', login: expect.any(Number) });
    });

    it('receives debug messages', async () => {
      const [message] = await sim.first(mt4.debug(), 1, 15_000);
      expect(message.tradePlatform).toBe('demo');
    }, 20_000);

    it.each([
      ['trades', (hub: MT4Hub) => hub.trades(), 'StreamTrades'],
      ['tickStream', (hub: MT4Hub) => hub.tickStream(), 'StreamAllTicks'],
      ['marginCallUpdates', (hub: MT4Hub) => hub.marginCallUpdates(), 'StreamMarginCallUpdates'],
      ['userUpdates', (hub: MT4Hub) => hub.userUpdates(), 'StreamUserUpdates'],
    ] as [string, (hub: MT4Hub) => Observable<unknown>, string][])(
      'streams %s, and cancels the stream on the server',
      async (_name, open, method) => {
        const items = await sim.first(open(mt4), 2, 15_000);
        expect(items).toHaveLength(2);
        await waitFor(
          () => sim.admin.streams(),
          (streams) => streams.counters[method]?.canceled === 1,
          { what: `${method} canceled` },
        );
      },
      20_000,
    );

    it('decodes trade and user payloads to Dates and enums', async () => {
      const [trade] = await sim.first(mt4.trades());
      expect(trade.openTime).toBeInstanceOf(Date);
      expect(['Add', 'Delete', 'Update', 'ChangeGrp']).toContain(trade.updateType);
      expect(['Buy', 'Sell', 'BuyLimit', 'SellLimit', 'BuyStop', 'SellStop', 'Balance', 'Credit']).toContain(
        trade.tradeCommand,
      );
      const [user] = await sim.first(mt4.userUpdates(), 1, 15_000);
      expect(user.user?.regDate).toBeInstanceOf(Date);
    }, 20_000);
  });

  describe('MT5', () => {
    it('connects and reports the platform status from two positional arguments', async () => {
      const hub = sim.rxHub('/hubs/mt5/v1', { tokens: sim.tokens() });
      const mt5 = new MT5Hub(hub, { tradePlatform: 'uat' });
      expect(await sim.first(mt5.connect())).toEqual([true]);
      expect(await sim.first(mt5.platformStatus())).toEqual([{ tradePlatform: 'uat', connected: true }]);
    });
  });
});

// The simulator's admin injects payloads as JSON values (JsonElement), which only its JSON protocol writes as given.
describe('typed hubs against the simulator, fed malformed payloads', () => {
  const sim = simulatorFixture();
  const subscriptions = simulatorHooks(sim, ['mt4', 'mt5']);
  let mt4: MT4Hub;

  beforeEach(() => {
    mt4 = sim.mt4('demo');
  });

  describe('malformed payloads', () => {
    it('reports bad ticks on errors$ while valid ticks keep flowing (report)', async () => {
      const errors: DecodeError[] = [];
      subscriptions.add(mt4.hub.errors$.subscribe((error) => errors.push(error as DecodeError)));
      let valid = 0;
      subscriptions.add(mt4.ticks('EURUSD').subscribe(() => valid++));
      await waitFor(
        () => valid,
        (n) => n > 0,
        { what: 'a first tick' },
      );
      await sim.admin.inject({
        hub: 'mt4',
        event: 'OnTick',
        payloads: [
          { tradePlatform: 'demo', tick: { symbol: 'EURUSD', bid: 'NaN', ask: 1.1, lastTime: '2024-03-01T10:00:00Z' } },
          { tradePlatform: 'demo', tick: { symbol: 'EURUSD', bid: 1.1, ask: 1.1002, lastTime: 'yesterday' } },
        ],
      });
      await waitFor(
        () => errors.length,
        (n) => n === 2,
        { what: 'two reports' },
      );
      expect(errors.map((error) => error.message)).toEqual([
        'OnTick: invalid value "NaN" at tick.bid, expected number',
        'OnTick: invalid value "yesterday" at tick.lastTime, expected DateTime | null',
      ]);
      const before = valid;
      await waitFor(
        () => valid,
        (n) => n > before + 2,
        { what: 'valid ticks after the bad ones' },
      );
    });

    it('errors the observable with the same message (strict)', async () => {
      const failure = sim.first(mt4.ticks('EURUSD', { decode: 'strict' }), 1000).catch((error: unknown) => error);
      await waitFor(
        () => sim.subscriptions(),
        (subs) => subs['SubscribeToTicks demo EURUSD'] === 1,
        { what: 'subscribed' },
      );
      await sim.admin.inject({
        hub: 'mt4',
        event: 'OnTick',
        payload: { tradePlatform: 'demo', tick: { symbol: 'EURUSD', bid: null, ask: 1.1, lastTime: null } },
      });
      const error = await failure;
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as Error).message).toBe('OnTick: invalid value null at tick.bid, expected number');
    });
  });
});
