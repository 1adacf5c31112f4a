import { DecodeError } from '../core/DecodeError';
import type { Route } from '../core/Route';
import { fieldOf } from './internal/fieldOf';
import { platformOf } from './internal/platformOf';
import { tickKey } from './internal/tickKey';

type Emit = Parameters<Route['split']>[1];
type Reject = Parameters<Route['split']>[2];

/** A route for payloads that are one item of the trade platform they name, keyed by that platform. */
function platformRoute(event: string): Route {
  return {
    event,
    split: ([payload], emit, reject) => {
      const platform = platformOf(event, payload);
      if (platform instanceof DecodeError) reject(platform);
      else emit(platform, payload, -1);
    },
  };
}

/** A route for payloads that carry a list of items of one trade platform, each item keyed by that platform. */
function platformListRoute(event: string, field: string): Route {
  return {
    event,
    split: ([payload], emit, reject) => {
      const platform = platformOf(event, payload);
      if (platform instanceof DecodeError) return reject(platform);
      const items = fieldOf(payload, field);
      if (items === null || items === undefined) return; // `X[] | undefined` in the contract: nothing this time
      if (!Array.isArray(items)) return reject(new DecodeError(event, field, items, 'Array'));
      for (let i = 0; i < items.length; i++) emit(platform, items[i], i);
    },
    path: (index) => `${field}[${index}]`,
  };
}

// The per-tick reads, as `fieldOf` makes them but each with its own property name: a shared `value[name]` sees
// every name and object shape, and goes megamorphic on the hottest path.

/** `fieldOf(value, 'tick')`. */
function tickOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { tick?: unknown }).tick : undefined;
}

/** `fieldOf(value, 'tradePlatform')`. */
function tradePlatformOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { tradePlatform?: unknown }).tradePlatform : undefined;
}

/** `platformOf(event, payload)`. */
function tickPlatformOf(event: string, payload: unknown): string | DecodeError {
  const platform = tradePlatformOf(payload);
  return typeof platform === 'string' ? platform : new DecodeError(event, 'tradePlatform', platform, 'string');
}

// The key of the latest tick's platform and symbol. Consecutive ticks of one symbol (a client watching one
// symbol gets nothing else) reuse the same string, whose hash the engine keeps, instead of building and hashing
// a new one per tick; with many symbols interleaved this costs two string comparisons. (A Map of keys by symbol
// was tried: with 10,000 symbols its own lookups miss cache and cost more than they save.)
let lastPlatform = '';
let lastSymbol = '';
let lastKey = tickKey(lastPlatform, lastSymbol);

/** `tickKey(platform, symbol)`, the same string as for the previous tick when platform and symbol repeat. */
function keyOf(platform: string, symbol: string): string {
  if (symbol !== lastSymbol || platform !== lastPlatform) {
    lastKey = tickKey(platform, symbol);
    lastPlatform = platform;
    lastSymbol = symbol;
  }
  return lastKey;
}

/** Hands one TickArgs' tick to its symbol's topic and to its platform's all-ticks topic. */
function emitTick(event: string, platform: string, tickArgs: unknown, index: number, emit: Emit, reject: Reject): void {
  if (index >= 0 && (typeof tickArgs !== 'object' || tickArgs === null)) {
    return reject(new DecodeError(event, `ticks[${index}]`, tickArgs, 'TickArgs'));
  }
  const tick = tickOf(tickArgs);
  if (tick === null || tick === undefined) return; // `Tick | undefined` in the contract: no tick this time
  if (typeof tick !== 'object') {
    return reject(new DecodeError(event, index < 0 ? 'tick' : `ticks[${index}].tick`, tick, 'Tick'));
  }
  const symbol = (tick as { symbol?: unknown }).symbol;
  if (typeof symbol === 'string') emit(keyOf(platform, symbol), tick, index);
  emit(platform, tick, index);
}

/**
 * The routes of the MT4 hub's events. Ticks from `OnTick` and from batched `OnTicks` reach the same topics:
 * a symbol's (key `tickKey(platform, symbol)`) and the platform's all-ticks topic (key: the platform).
 */
export const mt4Routes = {
  tick: {
    event: 'OnTick',
    split: ([payload], emit, reject) => {
      const platform = tickPlatformOf('OnTick', payload);
      if (platform instanceof DecodeError) reject(platform);
      else emitTick('OnTick', platform, payload, -1, emit, reject);
    },
    path: () => 'tick',
  } satisfies Route,
  ticks: {
    event: 'OnTicks',
    split: ([payload], emit, reject) => {
      const platform = tickPlatformOf('OnTicks', payload);
      if (platform instanceof DecodeError) return reject(platform);
      const ticks =
        typeof payload === 'object' && payload !== null ? (payload as { ticks?: unknown }).ticks : undefined;
      if (ticks === null || ticks === undefined) return; // `TickArgs[] | undefined` in the contract
      if (!Array.isArray(ticks)) return reject(new DecodeError('OnTicks', 'ticks', ticks, 'Array<TickArgs>'));
      for (let i = 0; i < ticks.length; i++) {
        const own = tradePlatformOf(ticks[i]);
        emitTick('OnTicks', typeof own === 'string' ? own : platform, ticks[i], i, emit, reject);
      }
    },
    path: (index) => `ticks[${index}].tick`,
  } satisfies Route,
  ticksOHLC: platformListRoute('OnTicksOHLC', 'ticks'),
  margins: platformListRoute('OnMarginUpdate', 'margins'),
  status: platformRoute('OnMT4ConnectionStatus'),
  symbols: platformRoute('OnSymbolUpdate'),
  online: platformRoute('OnOnlineUpdate'),
  debug: platformRoute('OnDebug'),
} as const;
