import { HubConnectionState } from '@microsoft/signalr';
import { TestScheduler } from 'rxjs/testing';
import { AuthenticationError, ConnectionFailedError, DecodeError, HubInvocationError } from '../../src';
import {
  BehaviorSubject,
  defer,
  first,
  map,
  shareReplay,
  take,
  takeWhile,
  throwError,
  timer,
  VirtualTimeScheduler,
  type Observable,
} from 'rxjs';
import { reconnectWithResubscription } from '../../operators/reconnectWithResubscription';

const lost = new HubInvocationError('StreamTrades', new Error('WebSocket closed'), true);
const states = {
  c: HubConnectionState.Connected,
  r: HubConnectionState.Reconnecting,
  d: HubConnectionState.Disconnected,
};

/** A hub whose `state$` replays the current state, as RxHub's does. */
function hubOf(states$: Observable<HubConnectionState>) {
  const state$ = states$.pipe(shareReplay(1));
  state$.subscribe();
  return { state$ };
}

describe('reconnectWithResubscription', () => {
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('resubscribes after the policy delay, once the hub is connected again', () => {
    scheduler.run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const hub = hubOf(hot('c-r------c----', states));
      const source = cold('     -a-#', undefined, lost);
      const expected = '        -a--------a-';
      const subs = ['           ^--!', '          ---------^--!'];
      const result = source.pipe(reconnectWithResubscription(hub, { initialDelay: 2, jitter: 0 }));
      expectObservable(result, '^-----------!').toBe(expected);
      expectSubscriptions(source.subscriptions).toBe(subs);
    });
  });

  it('backs off exponentially, and starts counting again after a value gets through', () => {
    scheduler.run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      let subscriptions = 0;
      const failing = cold('#', undefined, lost);
      const flaky = cold('  -a-#', undefined, lost);
      // Subscriptions 1 to 3 fail at once (retried after 1, 2, 4); the 4th emits, then fails; later ones fail at once.
      const source = defer(() => (++subscriptions === 4 ? flaky : failing));
      const policy = { initialDelay: 1, baseDelay: 2, jitter: 0 };
      const result = source.pipe(reconnectWithResubscription(hubOf(hot('c', states)), policy));
      expectObservable(result, '^-------------!').toBe('--------a-----');
      expectSubscriptions(flaky.subscriptions).toBe('   -------^--!   ');
      expectSubscriptions(failing.subscriptions).toBe([
        '(^!)',
        '-(^!)',
        '---(^!)',
        '-----------(^!)',
        '-------------(^!)',
      ]);
    });
  });

  it.each([
    ['an authentication failure', new AuthenticationError(new Error('401'))],
    ['a strict decode error', new DecodeError('OnTick', 'tick.bid', 'x', 'number')],
    ['a hub method error', new HubInvocationError('SubscribeToTicks', new Error('Unknown symbol'))],
  ])('never retries %s', (_name, error) => {
    scheduler.run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const source = cold('-a-#', undefined, error);
      expectObservable(source.pipe(reconnectWithResubscription(hubOf(hot('c', states))))).toBe(
        '-a-#',
        undefined,
        error,
      );
      expectSubscriptions(source.subscriptions).toBe('^--!');
    });
  });

  it('gives up when the policy returns null, with the last error', () => {
    scheduler.run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const failed = new ConnectionFailedError(3, new Error('ECONNREFUSED'));
      const source = cold('-#', undefined, failed);
      const policy = {
        nextRetryDelayInMilliseconds: ({ previousRetryCount }: { previousRetryCount: number }) =>
          previousRetryCount < 1 ? 1 : null,
      };
      expectObservable(source.pipe(reconnectWithResubscription(hubOf(hot('c', states)), policy))).toBe(
        '---#',
        undefined,
        failed,
      );
      expectSubscriptions(source.subscriptions).toBe(['^!', '--^!']);
    });
  });

  it.each([
    { leave: 'take(1)', on: take<string>(1) },
    { leave: 'first()', on: first<string>() },
    { leave: 'takeWhile', on: takeWhile<string>(() => false) },
  ])('leaves no action scheduled when a subscriber leaves with $leave on a resubscribed value', ({ on }) => {
    const scheduler = new VirtualTimeScheduler();
    const state$ = new BehaviorSubject(HubConnectionState.Connected);
    let subscriptions = 0;
    const source = defer(() =>
      ++subscriptions === 1 ? throwError(() => lost) : timer(5, scheduler).pipe(map(() => 'a')),
    );
    const seen: string[] = [];
    source
      .pipe(reconnectWithResubscription({ state$ }, { initialDelay: 10, jitter: 0 }, scheduler), on)
      .subscribe((value) => seen.push(value));
    // Runs the actions up to the value (the retry after 10, the value 5 later), so that later ones stay to be seen.
    scheduler.maxFrames = 15;
    scheduler.flush();
    expect(subscriptions).toBe(2);
    expect(seen.length).toBeLessThanOrEqual(1);
    expect(scheduler.actions).toEqual([]);
    expect(state$.observed).toBe(false);
  });

  it('leaves no action scheduled when a subscriber leaves while it waits to retry', () => {
    const scheduler = new VirtualTimeScheduler();
    const state$ = new BehaviorSubject(HubConnectionState.Reconnecting);
    const source = throwError(() => lost);
    const subscription = source
      .pipe(reconnectWithResubscription({ state$ }, { initialDelay: 10, jitter: 0 }, scheduler))
      .subscribe();
    expect(scheduler.actions).toHaveLength(1);
    scheduler.flush();
    expect(state$.observed).toBe(true);
    subscription.unsubscribe();
    expect(scheduler.actions).toEqual([]);
    expect(state$.observed).toBe(false);
  });

  it('resubscribes at once when the hub is idle, since the resubscription is what starts it', () => {
    scheduler.run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const source = cold('-a-#', undefined, lost);
      const result = source.pipe(reconnectWithResubscription(hubOf(hot('d', states)), { initialDelay: 0, jitter: 0 }));
      expectObservable(result, '^-------!').toBe('-a--a--a');
      expectSubscriptions(source.subscriptions).toBe(['^--!', '---^--!', '------^-!']);
    });
  });
});
