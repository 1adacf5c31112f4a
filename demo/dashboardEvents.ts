import { catchError, distinctUntilChanged, EMPTY, map, merge, type Observable, type OperatorFunction } from 'rxjs';
import { HubInvocationError } from 'rxhub';
import { marginCalls, ohlc, type Period } from 'rxhub/operators';
import type { DemoConnection } from './DemoConnection';
import type { DemoEvent } from './DemoEvent';

/**
 * Everything the dashboard shows, as one cold observable of events: subscribing to it subscribes to the hub's
 * state, gaps and reports, the platform's status, each symbol's ticks (once on the server, shared by the quotes
 * and the candles), the candles built from them, and the margin-call alerts. It errors only when the hub gives up
 * (refused credentials, or no connection in time); a symbol the server refuses is reported and left out.
 */
export function dashboardEvents(
  { hub, mt4 }: DemoConnection,
  symbols: readonly string[],
  timeframe: Period,
): Observable<DemoEvent> {
  const perSymbol = symbols.map((symbol) => {
    const ticks = mt4.ticks(symbol);
    return merge(
      ticks.pipe(
        map((tick): DemoEvent => ({ kind: 'tick', tick })),
        refused(symbol),
      ),
      ticks.pipe(
        ohlc(timeframe, { forming: 250 }),
        map((candle): DemoEvent => ({ kind: 'candle', candle })),
        catchError((error: unknown) => (isRefusal(error) ? EMPTY : rethrow(error))),
      ),
    );
  });
  return merge(
    hub.state$.pipe(
      distinctUntilChanged(),
      map((state): DemoEvent => ({ kind: 'state', state })),
    ),
    hub.gaps$.pipe(map((gap): DemoEvent => ({ kind: 'gap', gap }))),
    hub.errors$.pipe(map((error): DemoEvent => ({ kind: 'report', error }))),
    mt4.platformStatus().pipe(map((status): DemoEvent => ({ kind: 'platform', status }))),
    ...perSymbol,
    mt4.margins().pipe(
      marginCalls(),
      map((alert): DemoEvent => ({ kind: 'margin', alert })),
    ),
  );
}

/** A hub method's own failure (not a lost connection): the server refused this call. */
function isRefusal(error: unknown): error is HubInvocationError {
  return error instanceof HubInvocationError && !error.connectionLost;
}

function rethrow(error: unknown): Observable<never> {
  throw error;
}

/** Turns the server's refusal of one symbol into an event, and ends that symbol's stream. */
function refused(symbol: string): OperatorFunction<DemoEvent, DemoEvent> {
  return catchError((error: unknown) =>
    isRefusal(error) ? [{ kind: 'symbol-error', symbol, message: error.message } satisfies DemoEvent] : rethrow(error),
  );
}
