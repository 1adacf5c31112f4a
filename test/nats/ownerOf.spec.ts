import { ownerOf } from '../../nats/ownerOf';

const keys = Array.from({ length: 3000 }, (_, i) => `demo.SYM${i}`);

describe('ownerOf', () => {
  it('gives no owner without members, and the only member with one', () => {
    expect(ownerOf('demo.EURUSD', [])).toBeUndefined();
    expect(ownerOf('demo.EURUSD', ['w1'])).toBe('w1');
  });

  it('does not depend on the order of the members', () => {
    for (const key of keys.slice(0, 200))
      expect(ownerOf(key, ['w1', 'w2', 'w3'])).toBe(ownerOf(key, ['w3', 'w1', 'w2']));
  });

  it('spreads keys evenly: each of 3 members owns a third, within 10 %', () => {
    const counts = new Map<string, number>();
    for (const key of keys) {
      const owner = ownerOf(key, ['worker-1', 'worker-2', 'worker-3'])!;
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['worker-1', 'worker-2', 'worker-3']);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(100);
  });

  it('moves only the keys of a member that leaves, and gives them back when it returns', () => {
    const all = ['w1', 'w2', 'w3'];
    const without = ['w1', 'w3'];
    for (const key of keys) {
      const before = ownerOf(key, all)!;
      const after = ownerOf(key, without)!;
      if (before !== 'w2') expect(after).toBe(before);
      else expect(without).toContain(after);
    }
  });
});
