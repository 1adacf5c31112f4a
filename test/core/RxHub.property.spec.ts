import fc from 'fast-check';
import type { Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';
import { quotes } from './fixtures';

const SYMBOLS = ['EURUSD', 'GBPUSD', 'USDJPY', 'XAUUSD'];

type Command =
  | { readonly kind: 'subscribe'; readonly symbol: string; readonly delay: number }
  | { readonly kind: 'unsubscribe'; readonly index: number }
  | { readonly kind: 'drop' | 'reconnect' | 'close' | 'wait' };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('subscribe' as const),
      symbol: fc.constantFrom(...SYMBOLS),
      delay: fc.nat(3),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), index: fc.nat(20) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('drop' as const, 'reconnect' as const, 'close' as const, 'wait' as const),
    }),
  },
);

describe('RxHub property', () => {
  it('keeps the server subscriptions equal to the topics with subscribers, and leaves nothing behind', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
        const connection = new TestHubConnection(scheduler);
        /** Server-side subscription counts of the current connection. */
        const server = new Map<string, number>();
        const delays = new Map<string, number>();
        const reply = (frames: number) => scheduler.createColdObservable(`${'-'.repeat(frames)}(r|)`, { r: true });
        connection.respond('Subscribe', (symbol: string) => {
          server.set(symbol, (server.get(symbol) ?? 0) + 1);
          return reply(delays.get(symbol) ?? 0);
        });
        connection.respond('Unsubscribe', (symbol: string) => {
          server.set(symbol, (server.get(symbol) ?? 0) - 1);
          if (server.get(symbol) === 0) server.delete(symbol);
          return reply(1);
        });
        const forget = (): void => server.clear();
        const hub = new RxHub(connection, { scheduler, restart: { initialDelay: 1, jitter: 0 } });
        const subscriptions: { symbol: string; subscription: Subscription }[] = [];
        const wanted = () => new Set(subscriptions.map((entry) => entry.symbol));

        scheduler.run(() => {
          commands.forEach((cmd, step) =>
            scheduler.schedule(() => {
              switch (cmd.kind) {
                case 'subscribe':
                  delays.set(cmd.symbol, cmd.delay);
                  subscriptions.push({ symbol: cmd.symbol, subscription: hub.topic(quotes(cmd.symbol)).subscribe() });
                  break;
                case 'unsubscribe':
                  if (subscriptions.length)
                    subscriptions.splice(cmd.index % subscriptions.length, 1)[0].subscription.unsubscribe();
                  break;
                case 'drop':
                  if (connection.state === 'Connected') forget();
                  connection.drop();
                  break;
                case 'reconnect':
                  connection.reconnect();
                  break;
                case 'close':
                  if (connection.state === 'Connected') forget();
                  connection.close(new Error('closed by the server'));
                  break;
                case 'wait':
                  break;
              }
            }, step * 10),
          );
          // Quiet points, between commands: once settled, the server holds exactly what subscribers want.
          commands.forEach((_, step) =>
            scheduler.schedule(
              () => {
                if (connection.state !== 'Connected') return;
                expect(new Set(server.keys())).toEqual(wanted());
                for (const count of server.values()) expect(count).toBe(1);
              },
              step * 10 + 9,
            ),
          );
          scheduler.schedule(() => {
            connection.reconnect();
            for (const { subscription } of subscriptions.splice(0)) subscription.unsubscribe();
          }, commands.length * 10);
        });

        expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
        expect(connection.handlerCount()).toBe(0);
        expect(connection.state).toBe('Disconnected');
      }),
      { numRuns: 200 },
    );
  });
});
