/** A timer that the code under test started and that is still due: how it was started, and from where. */
export interface PendingTimer {
  readonly kind: 'setTimeout' | 'setInterval';
  readonly ms: number;
  /** The first frames of the stack that started it. */
  readonly from: string;
}

/** What `trackTimers()` saw. */
export interface TimerTracker {
  /** The timers started since tracking began that are still due and keep the process alive (not `unref`ed). */
  pending(): PendingTimer[];
  /** Gives the realm its own setTimeout, setInterval, clearTimeout and clearInterval back. */
  stop(): void;
}

type Kind = PendingTimer['kind'];
type Start = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => NodeJS.Timeout;
type Clear = (timer: NodeJS.Timeout | string | number | undefined) => void;

/**
 * Tracks the timers started from now on through `realm`'s setTimeout and setInterval: by default this spec's
 * globals, which are what rxhub, SignalR, the token provider and the spec's helpers call. Unlike
 * `process.getActiveResourcesInfo()`, it does not count timers of anyone else in the process: jest runs a spec in
 * band with its reporter, whose status line keeps a 100 ms timer due about one time in ten.
 *
 * @example
 * ```ts
 * const timers = trackTimers();
 * try {
 *   // ... subscribe, fail, unsubscribe
 *   expect(timers.pending()).toEqual([]);
 * } finally {
 *   timers.stop();
 * }
 * ```
 */
export function trackTimers(realm: typeof globalThis = globalThis): TimerTracker {
  const own = {
    setTimeout: realm.setTimeout,
    setInterval: realm.setInterval,
    clearTimeout: realm.clearTimeout,
    clearInterval: realm.clearInterval,
  };
  const due = new Map<NodeJS.Timeout, PendingTimer>();

  const start =
    (kind: Kind): Start =>
    (callback, ms = 0, ...args) => {
      const timer = (own[kind] as unknown as Start)(
        (...values) => {
          if (kind === 'setTimeout') due.delete(timer);
          callback(...values);
        },
        ms,
        ...args,
      );
      const from = (new Error().stack ?? '').split('\n').slice(2, 8).join('\n');
      due.set(timer, { kind, ms, from });
      return timer;
    };
  const clear =
    (kind: 'clearTimeout' | 'clearInterval'): Clear =>
    (timer) => {
      if (typeof timer === 'object') due.delete(timer);
      (own[kind] as Clear)(timer);
    };

  Object.assign(realm, {
    setTimeout: start('setTimeout'),
    setInterval: start('setInterval'),
    clearTimeout: clear('clearTimeout'),
    clearInterval: clear('clearInterval'),
  });

  return {
    pending: () => [...due].filter(([timer]) => timer.hasRef()).map(([, pending]) => pending),
    stop: () => Object.assign(realm, own),
  };
}
