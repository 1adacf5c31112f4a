import { DecodeError } from '../core/errors/DecodeError';
import type { Route } from '../core/Route';
import { fieldOf } from './internal/fieldOf';
import { platformOf } from './internal/platformOf';

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

/**
 * The routes of the MT4 hub's platform events, keyed by the platform they name and shared by every platform.
 * Ticks have routes of their own per platform (`tickRoutes`).
 */
export const mt4Routes = {
  ticksOHLC: platformListRoute('OnTicksOHLC', 'ticks'),
  margins: platformListRoute('OnMarginUpdate', 'margins'),
  status: platformRoute('OnMT4ConnectionStatus'),
  symbols: platformRoute('OnSymbolUpdate'),
  online: platformRoute('OnOnlineUpdate'),
  debug: platformRoute('OnDebug'),
} as const;
