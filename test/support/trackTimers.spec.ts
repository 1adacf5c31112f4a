import { setTimeout as processTimer } from 'node:timers';
import { trackTimers, type TimerTracker } from './trackTimers';

describe('trackTimers', () => {
  let timers: TimerTracker;
  beforeEach(() => {
    timers = trackTimers();
  });
  afterEach(() => timers.stop());

  it('names a timer that is still due, and where it was started', () => {
    const timer = setTimeout(() => undefined, 5000);
    try {
      expect(timers.pending()).toEqual([
        { kind: 'setTimeout', ms: 5000, from: expect.stringContaining('trackTimers.spec.ts') },
      ]);
    } finally {
      clearTimeout(timer);
    }
  });

  it('forgets timers that fired or were cleared, and intervals once cleared', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    clearTimeout(setTimeout(() => undefined, 5000));
    const interval = setInterval(() => undefined, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(timers.pending().map(({ kind }) => kind)).toEqual(['setInterval']);
    clearInterval(interval);
    expect(timers.pending()).toEqual([]);
  });

  it('does not count an unref-ed timer, which keeps nothing alive', () => {
    const timer = setTimeout(() => undefined, 5000).unref();
    try {
      expect(timers.pending()).toEqual([]);
    } finally {
      clearTimeout(timer);
    }
  });

  // What made serverRestart.spec.ts fail one run in a few: it counted process.getActiveResourcesInfo(), which
  // includes the 100 ms timer of jest's status line (its reporter runs in the same process).
  it("does not count a timer of someone else in the process, which the process's resource count does", () => {
    const before = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const runners = processTimer(() => undefined, 100);
    try {
      expect(process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout')).toHaveLength(before + 1);
      expect(timers.pending()).toEqual([]);
    } finally {
      clearTimeout(runners);
    }
  });
});
