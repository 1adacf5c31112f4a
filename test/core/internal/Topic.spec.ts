import { Topic } from '../../../src/core/internal/Topic';
import type { TopicSpec } from '../../../src';

// The state diagram of docs/architecture.md, edge by edge.
describe('Topic', () => {
  const subscribe = { method: 'Subscribe', args: ['EURUSD'] };
  const unsubscribe = { method: 'Unsubscribe', args: ['EURUSD'] };
  const spec: TopicSpec<unknown> = { subscribe, unsubscribe };
  const reject = () => undefined;
  const topic = (of: TopicSpec<unknown> = spec) => new Topic('key', of, reject);

  it('subscribes once when held and connected, and waits while not connected', () => {
    const t = topic();
    t.hold();
    expect(t.next(undefined)).toBe('none');
    expect(t.next(1)).toBe(subscribe);
    expect(t.subscribing(1)).toBe(true);
    expect(t.next(1)).toBe('none');
    expect(t.settled(1, true)).toBe(true);
    expect(t.next(1)).toBe('none');
  });

  it('unsubscribes when let go while active, then is deleted', () => {
    const t = topic();
    t.hold();
    t.next(1);
    t.settled(1, true);
    t.release();
    expect(t.next(1)).toBe(unsubscribe);
    expect(t.next(1)).toBe('none');
    expect(t.settled(1, true)).toBe(true);
    expect(t.next(1)).toBe('delete');
    expect(t.next(1)).toBe('none');
  });

  it('is idle again after a refused subscribe, and subscribes on its next move', () => {
    const t = topic();
    t.hold();
    t.next(1);
    expect(t.settled(1, false)).toBe(true);
    expect(t.next(1)).toBe(subscribe);
  });

  it('is idle in any other epoch: subscribes again after a reconnect, ignores a call of the old one', () => {
    const t = topic();
    t.hold();
    t.next(1);
    expect(t.next(2)).toBe(subscribe);
    expect(t.settled(1, true)).toBe(false);
    expect(t.subscribing(2)).toBe(true);
  });

  it('is deleted at once when let go while not connected, and a call settling later changes nothing', () => {
    const t = topic();
    t.hold();
    t.next(1);
    t.release();
    expect(t.next(undefined)).toBe('delete');
    expect(t.settled(1, true)).toBe(false);
    expect(t.next(1)).toBe('none');
  });

  it('goes from active straight to deleted without an unsubscribe call, and to active without a subscribe call', () => {
    const t = topic({ routes: [] });
    t.hold();
    expect(t.next(1)).toBe('none');
    t.release();
    expect(t.next(1)).toBe('delete');
  });

  it('holds the topic it requires, fails with it, and lets go of it when deleted', () => {
    const session = topic({ subscribe: { method: 'Connect', args: [] }, stage: 'setup' });
    const t = topic();
    const failures: unknown[] = [];
    t.join('trust', { error: (error: unknown) => failures.push(error) } as never);
    t.require(session);
    expect(session.held).toBe(true);
    session.fail(new Error('refused'));
    expect(failures).toEqual([new Error('refused')]);
    expect(t.next(undefined)).toBe('delete');
    expect(session.held).toBe(false);
  });
});
