import { asyncScheduler, Observable, type OperatorFunction, type SchedulerLike } from 'rxjs';
import type { MarginLevel } from '../src/cplugin/codecs/MarginLevel';
import type { MarginLevelType } from '../src/cplugin/codecs/MarginLevelType';
import { isScheduler } from './isScheduler';
import type { MarginAlert } from './MarginAlert';
import type { MarginCallsConfig } from './MarginCallsConfig';
import type { MarginThresholds } from './MarginThresholds';

const RANK: Record<MarginLevelType, number> = { Ok: 0, MarginCall: 1, StopOut: 2 };

export function marginCalls(scheduler?: SchedulerLike): OperatorFunction<MarginLevel, MarginAlert>;
export function marginCalls(
  config?: MarginCallsConfig,
  scheduler?: SchedulerLike,
): OperatorFunction<MarginLevel, MarginAlert>;
/**
 * Turns margin levels into alerts, one per change of an account's state: Ok → MarginCall → StopOut, and with
 * `recovery` the way back.
 *
 * The state is the server's `levelType`, or, where thresholds are given for the account's controlling type, the
 * margin level (equity / margin × 100; no margin is Ok) or the free margin against them, with hysteresis on the
 * way back. Only accounts in margin call or stop-out are remembered, within `maxLogins` and `idle`.
 *
 * ## Example
 * ```ts
 * import { createMT4Hub } from 'rxhub';
 * import { marginCalls, ofState } from 'rxhub/operators';
 *
 * const mt4 = createMT4Hub('http://127.0.0.1:5080/hubs/mt4/v1', {
 *   tradePlatform: 'demo',
 *   credentials: { clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
 * });
 * mt4
 *   .margins()
 *   .pipe(marginCalls({ percent: { marginCall: 100, stopOut: 50, hysteresis: 5 }, groups: ['real'] }), ofState('StopOut'))
 *   .subscribe((alert) => console.log(`${alert.login} stopped out from ${alert.previous}`));
 * ```
 *
 * @see {@link ofState} to pick alerts by state.
 * @param config Own thresholds, recovery alerts, the bound on remembered accounts and which accounts to watch.
 * @param scheduler Gives the time for `idle`. Default `asyncScheduler`.
 * @return A function that returns an Observable of alerts.
 */
export function marginCalls(
  config: MarginCallsConfig | SchedulerLike = {},
  scheduler: SchedulerLike = asyncScheduler,
): OperatorFunction<MarginLevel, MarginAlert> {
  if (isScheduler(config)) return marginCalls({}, config);
  const { recovery = false, percent, currency, maxLogins = 100_000, idle = Infinity } = config;
  const groups = config.groups && new Set<string | undefined>(config.groups);
  const logins = config.logins && new Set(config.logins);

  return (source) =>
    new Observable<MarginAlert>((subscriber) => {
      /** The accounts not Ok, least recently updated first. */
      const accounts = new Map<number, { state: MarginLevelType; at: number }>();
      return source.subscribe({
        next: (margin) => {
          if ((groups && !groups.has(margin.group)) || (logins && !logins.has(margin.login))) return;
          const now = scheduler.now();
          for (const [login, { at }] of accounts) {
            if (now - at <= idle) break;
            accounts.delete(login);
          }
          const previous = accounts.get(margin.login)?.state ?? 'Ok';
          const levels = margin.controllingType === 'Percent' ? percent : currency;
          const state = levels ? next(previous, margin, levels) : margin.levelType;
          accounts.delete(margin.login);
          if (state !== 'Ok') accounts.set(margin.login, { state, at: now });
          if (accounts.size > maxLogins) accounts.delete(accounts.keys().next().value!);
          if (state !== previous && (recovery || RANK[state] > RANK[previous])) {
            subscriber.next({ login: margin.login, group: margin.group, state, previous, update: margin });
          }
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
    });
}

/** The state after an update against own thresholds: worse at once, better only past the hysteresis. */
function next(previous: MarginLevelType, margin: MarginLevel, levels: MarginThresholds): MarginLevelType {
  const value =
    margin.controllingType === 'Currency'
      ? margin.free
      : margin.margin === 0
        ? Infinity
        : (margin.equity / margin.margin) * 100;
  const at = (shift: number): MarginLevelType =>
    value <= levels.stopOut + shift ? 'StopOut' : value <= levels.marginCall + shift ? 'MarginCall' : 'Ok';
  const now = at(0);
  if (RANK[now] >= RANK[previous]) return now;
  const past = at(levels.hysteresis ?? 0);
  return RANK[past] < RANK[previous] ? past : previous;
}
