import { DecodeError } from '../../core/errors/DecodeError';
import type { Route } from '../../core/Route';

/** One trade platform's tick routes, and the key of its all-ticks topic. */
export interface TickRoutes {
  /** `OnTick`: one tick. */
  readonly tick: Route;
  /** `OnTicks`: a batch of ticks. */
  readonly ticks: Route;
  /** The key of the platform's all-ticks topic; a symbol's topic has the symbol as its key. No symbol has a line break. */
  readonly allTicksKey: string;
}

const ALL_TICKS = '\n';
const byPlatform = new Map<string, TickRoutes>();

/**
 * The routes of one trade platform's ticks, shared by every `MT4Hub` of that platform. `OnTick` and batched
 * `OnTicks` feed the same topics: each symbol's, keyed by the symbol itself, and the platform's all-ticks topic.
 * The symbol comes out of `JSON.parse` interned, so finding its topic hashes nothing, however many symbols there
 * are. Ticks of other platforms are left to their own routes; a payload that names no platform is reported by
 * the routes of every platform the hub serves.
 */
export function tickRoutes(platform: string): TickRoutes {
  let routes = byPlatform.get(platform);
  if (!routes) byPlatform.set(platform, (routes = routesOf(platform)));
  return routes;
}

type Emit = Parameters<Route['split']>[1];
type Reject = Parameters<Route['split']>[2];

function routesOf(platform: string): TickRoutes {
  return {
    tick: {
      event: 'OnTick',
      split: ([payload], emit, reject) => {
        const own = tradePlatformOf(payload);
        if (typeof own !== 'string') reject(new DecodeError('OnTick', 'tradePlatform', own, 'string'));
        else if (own === platform) emitTick('OnTick', payload, -1, emit, reject);
      },
      path: () => 'tick',
    },
    ticks: {
      event: 'OnTicks',
      split: ([payload], emit, reject) => {
        const batch = tradePlatformOf(payload);
        if (typeof batch !== 'string') return reject(new DecodeError('OnTicks', 'tradePlatform', batch, 'string'));
        const ticks =
          typeof payload === 'object' && payload !== null ? (payload as { ticks?: unknown }).ticks : undefined;
        if (ticks === null || ticks === undefined) return; // `TickArgs[] | undefined` in the contract
        if (!Array.isArray(ticks)) {
          if (batch === platform) reject(new DecodeError('OnTicks', 'ticks', ticks, 'Array<TickArgs>'));
          return;
        }
        for (let i = 0; i < ticks.length; i++) {
          const own = tradePlatformOf(ticks[i]);
          if ((typeof own === 'string' ? own : batch) === platform) emitTick('OnTicks', ticks[i], i, emit, reject);
        }
      },
      path: (index) => `ticks[${index}].tick`,
    },
    allTicksKey: ALL_TICKS,
  };
}

/** Hands one TickArgs' tick to its symbol's topic and to the all-ticks topic. */
function emitTick(event: string, tickArgs: unknown, index: number, emit: Emit, reject: Reject): void {
  if (index >= 0 && (typeof tickArgs !== 'object' || tickArgs === null)) {
    return reject(new DecodeError(event, `ticks[${index}]`, tickArgs, 'TickArgs'));
  }
  const tick = tickOf(tickArgs);
  if (tick === null || tick === undefined) return; // `Tick | undefined` in the contract: no tick this time
  if (typeof tick !== 'object') {
    return reject(new DecodeError(event, index < 0 ? 'tick' : `ticks[${index}].tick`, tick, 'Tick'));
  }
  const symbol = (tick as { symbol?: unknown }).symbol;
  if (typeof symbol === 'string') emit(symbol, tick, index);
  emit(ALL_TICKS, tick, index);
}

// The per-tick reads, each with its own property name: a shared `value[name]` sees every name and object shape,
// and goes megamorphic on the hottest path.

function tickOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { tick?: unknown }).tick : undefined;
}

function tradePlatformOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { tradePlatform?: unknown }).tradePlatform : undefined;
}
