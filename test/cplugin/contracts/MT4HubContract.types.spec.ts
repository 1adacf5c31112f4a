import type { Observable } from 'rxjs';
import type { ContractHub, MarginLevel, SymbolInfo, TickArgs } from '../../../src';
import { MT4HubContract } from '../../../src/cplugin/contracts/MT4HubContract';

// Compiled by ts-jest: each `@ts-expect-error` line must be an error, and every other line must compile.

type Equals<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T => true as T;

function typed(hub: ContractHub<typeof MT4HubContract>): void {
  assert<Equals<ReturnType<typeof hub.on<'OnTick'>>, Observable<TickArgs>>>();
  const connected: Observable<boolean> = hub.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 1000 });
  const subscribed: Observable<void> = hub.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'EURUSD' });
  assert<Equals<ReturnType<typeof hub.stream<'StreamAllTicks'>>, Observable<SymbolInfo>>>();
  assert<Equals<ReturnType<typeof hub.stream<'StreamMarginCallUpdates'>>, Observable<MarginLevel>>>();
  // @ts-expect-error: Connect takes ConnectArgs
  hub.invoke('Connect', { tradePlatform: 'demo' });
  // @ts-expect-error: no such method in the vendor's interface
  hub.invoke('SubscribeToCandles', { tradePlatform: 'demo' });
  // @ts-expect-error: no such event
  hub.on('OnCandle');
  void connected;
  void subscribed;
}

describe('MT4HubContract', () => {
  it('types the hub by the vendor interface (checked at compile time)', () => {
    expect(typeof typed).toBe('function');
    expect(Object.keys(MT4HubContract.methods)).toContain('SubscribeToAllTicks');
  });
});
