import { Observable, type OperatorFunction, type SchedulerAction, type SchedulerLike, type Subscription } from 'rxjs';
import type { Bar } from './Bar';
import type { Candle } from './Candle';
import type { CandleConfig } from './CandleConfig';
import type { Fold } from './Fold';
import type { Period } from './Period';
import { Timeframe } from './Timeframe';
import type { TimeframeConfig } from './TimeframeConfig';

/**
 * The windowing that `ohlc` and `rollup` share: one `Bar` per symbol, closed by the first item of a later window
 * or by a flush on the scheduler, with forming updates, the late-item policy and flat gap candles.
 *
 * @internal
 */
export function candles<T>(
  timeframe: Period | TimeframeConfig,
  config: CandleConfig<T>,
  scheduler: SchedulerLike,
  fold: Fold<T>,
): OperatorFunction<T, Candle> {
  const frame = new Timeframe(timeframe);
  const { forming = false, late = 'amend', gaps = 'none', grace = 1000, dropped } = config;
  const throttle = forming === true ? 0 : forming === false ? -1 : forming;
  if (typeof forming === 'number' && !(forming >= 0 && forming < Infinity)) {
    throw new RangeError(`forming must be a boolean or a duration, not ${forming}`);
  }
  if (!(grace >= 0)) throw new RangeError(`grace must be a duration, not ${grace}`);

  return (source) =>
    new Observable<Candle>((subscriber) => {
      const bars = new Map<string, Bar>();
      /** Bars whose latest item placed their end earlier than their pending flush, and the action that retimes them. */
      const early: Bar[] = [];
      let retiming: Subscription | undefined;

      const emit = (bar: Bar, complete: boolean) => {
        bar.dirty = false;
        subscriber.next(candleOf(bar, complete));
      };
      const close = (bar: Bar) => {
        bar.live = false;
        bar.flush?.unsubscribe();
        bar.flush = undefined;
        bar.trailing?.unsubscribe();
        bar.trailing = undefined;
        emit(bar, true);
      };
      const due = (bar: Bar) => bar.seenAt + (bar.end - bar.seen) + grace;
      const arm = (bar: Bar, now: number) => {
        bar.flushAt = due(bar);
        bar.flush = scheduler.schedule(flush, Math.max(0, bar.flushAt - now), bar);
      };
      function flush(this: SchedulerAction<Bar>, bar: Bar) {
        const now = scheduler.now();
        if (now < due(bar)) {
          bar.flushAt = due(bar);
          bar.flush = this.schedule(bar, bar.flushAt - now);
        } else {
          bar.flush = undefined;
          close(bar);
        }
      }
      // A later end only needs the flush to look again when it fires; an earlier one needs it moved. Moving a timer
      // costs far more than a tick, and a burst of ticks (a replay, a backlog after a reconnect) can move it at every
      // tick, so the bars to move are collected and moved once, at the end of the burst.
      const retime = () => {
        retiming = undefined;
        const now = scheduler.now();
        for (const bar of early) {
          bar.early = false;
          if (bar.flush !== undefined && due(bar) < bar.flushAt) {
            bar.flush.unsubscribe();
            arm(bar, now);
          }
        }
        early.length = 0;
      };
      function trail(this: SchedulerAction<Bar>, bar: Bar) {
        bar.trailing = undefined;
        if (bar.live && bar.dirty) {
          bar.formingAt = scheduler.now();
          emit(bar, false);
        }
      }
      const update = (bar: Bar, now: number) => {
        bar.dirty = true;
        if (throttle < 0) return;
        if (now >= bar.formingAt + throttle) {
          bar.formingAt = now;
          emit(bar, false);
        } else {
          bar.trailing ??= scheduler.schedule(trail, bar.formingAt + throttle - now, bar);
        }
      };

      const subscription = source.subscribe({
        next: (item) => {
          const symbol = fold.symbol(item);
          const time = fold.time(item);
          if (typeof symbol !== 'string' || !Number.isFinite(time)) return dropped?.(item, 'invalid');
          const now = scheduler.now();
          let bar = bars.get(symbol);
          if (bar !== undefined && time < bar.end) {
            if (!bar.live || time < bar.start || (time < bar.seen && late === 'drop')) return dropped?.(item, 'late');
            fold.add(bar, item, time);
            if (time >= bar.seen) {
              bar.seen = time;
              bar.seenAt = now;
              if (bar.flush !== undefined && !bar.early && due(bar) < bar.flushAt) {
                bar.early = true;
                early.push(bar);
                retiming ??= scheduler.schedule(retime);
              }
            }
            return update(bar, now);
          }
          const start = frame.start(time);
          if (bar === undefined) {
            bar = blank(symbol);
            bars.set(symbol, bar);
          } else {
            if (bar.live) close(bar);
            if (gaps === 'flat') {
              for (let gap = bar.end; gap < start; gap += frame.length) subscriber.next(flat(bar, gap));
            }
            // A subscriber that left on one of those candles (take(1), first()) has been torn down: schedule nothing.
            if (subscriber.closed) return;
          }
          bar.start = start;
          bar.end = start + frame.length;
          bar.live = true;
          bar.openTime = bar.seen = time;
          bar.seenAt = now;
          fold.open(bar, item, time);
          if (grace !== Infinity) arm(bar, now);
          update(bar, now);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          for (const bar of bars.values()) if (bar.live) close(bar);
          subscriber.complete();
        },
      });

      return () => {
        subscription.unsubscribe();
        retiming?.unsubscribe();
        early.length = 0;
        for (const bar of bars.values()) {
          bar.flush?.unsubscribe();
          bar.trailing?.unsubscribe();
        }
        bars.clear();
      };
    });
}

function blank(symbol: string): Bar {
  return {
    symbol,
    start: 0,
    end: 0,
    live: false,
    openTime: 0,
    seen: 0,
    seenAt: 0,
    openBid: 0,
    openAsk: 0,
    highBid: 0,
    highAsk: 0,
    lowBid: 0,
    lowAsk: 0,
    closeBid: 0,
    closeAsk: 0,
    volume: 0,
    partTime: 0,
    partVolume: 0,
    dirty: false,
    formingAt: -Infinity,
    flush: undefined,
    flushAt: Infinity,
    early: false,
    trailing: undefined,
  };
}

function candleOf(bar: Bar, complete: boolean): Candle {
  return {
    open: { bid: bar.openBid, ask: bar.openAsk },
    maximum: { bid: bar.highBid, ask: bar.highAsk },
    minimum: { bid: bar.lowBid, ask: bar.lowAsk },
    close: { bid: bar.closeBid, ask: bar.closeAsk },
    symbol: bar.symbol,
    lastTime: new Date(bar.start),
    volume: bar.volume,
    complete,
  };
}

/** A candle for an empty window: open, maximum, minimum and close at the previous close, volume 0. */
function flat(bar: Bar, start: number): Candle {
  const price = () => ({ bid: bar.closeBid, ask: bar.closeAsk });
  return {
    open: price(),
    maximum: price(),
    minimum: price(),
    close: price(),
    symbol: bar.symbol,
    lastTime: new Date(start),
    volume: 0,
    complete: true,
  };
}
