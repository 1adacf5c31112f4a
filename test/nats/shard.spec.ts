import { TestScheduler } from 'rxjs/testing';
import { ownerOf } from '../../nats/ownerOf';
import { shard } from '../../nats/shard';

// A key that w1 owns alone, and w2 takes from it once w2 is a member.
const key = Array.from({ length: 100 }, (_, i) => `demo.SYM${i}`).find((k) => ownerOf(k, ['w1', 'w2']) === 'w2')!;
const members = { a: ['w1'], b: ['w1', 'w2'] };

describe('shard', () => {
  let testScheduler: TestScheduler;

  beforeEach(() => {
    testScheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('unsubscribes the work of a key it loses at once by default', () => {
    testScheduler.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const members$ = hot('a---b-------', members);
      const work = cold('   -x-x-x-x-x-x');
      const sub = '         ^---!       ';
      const expected = '    -x-x--------';
      expectObservable(shard(members$, 'w1', [key], () => work)).toBe(expected);
      expectSubscriptions(work.subscriptions).toBe(sub);
    });
  });

  it('keeps the work of a key it loses running for the handover, then unsubscribes it', () => {
    testScheduler.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const members$ = hot('a---b-------', members);
      const work = cold('   -x-x-x-x-x-x');
      const sub = '         ^-------!   ';
      const expected = '    -x-x-x-x----';
      const changes: unknown[] = [];
      const config = { handover: 4, scheduler: testScheduler, changed: (change: unknown) => changes.push(change) };
      expectObservable(shard(members$, 'w1', [key], () => work, config)).toBe(expected);
      expectSubscriptions(work.subscriptions).toBe(sub);
      testScheduler.flush();
      expect(changes).toEqual([
        { members: ['w1'], gained: [key], lost: [] },
        { members: ['w1', 'w2'], gained: [], lost: [key] },
      ]);
    });
  });

  it('keeps the same work, with no new subscribe, for a key regained during the handover', () => {
    testScheduler.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const members$ = hot('a---b-a-----', members);
      const work = cold('   -x-x-x-x-x-x');
      const sub = '         ^-----------';
      const expected = '    -x-x-x-x-x-x';
      expectObservable(shard(members$, 'w1', [key], () => work, { handover: 4, scheduler: testScheduler })).toBe(
        expected,
      );
      expectSubscriptions(work.subscriptions).toBe(sub);
    });
  });

  it('leaves nothing scheduled when its subscriber leaves during a handover', () => {
    testScheduler.run(({ hot, cold, expectObservable, expectSubscriptions }) => {
      const members$ = hot('a---b-------', members);
      const work = cold('   -x-x-x-x-x-x');
      const unsub = '       ------!     ';
      const sub = '         ^-----!     ';
      const expected = '    -x-x-x-     ';
      expectObservable(
        shard(members$, 'w1', [key], () => work, { handover: 4, scheduler: testScheduler }),
        unsub,
      ).toBe(expected);
      expectSubscriptions(work.subscriptions).toBe(sub);
    });
    expect(testScheduler.actions).toHaveLength(0);
  });
});
