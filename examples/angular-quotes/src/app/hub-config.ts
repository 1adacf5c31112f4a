import { InjectionToken } from '@angular/core';

/** Where the quotes come from: read from the page's query string, so one build can point at any server. */
export interface HubConfig {
  /** The MT4 hub, e.g. `http://127.0.0.1:5080/hubs/mt4/v1`. */
  readonly hubUrl: string;
  /** The OAuth 2.0 token endpoint (client-credentials grant). */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The trade platform every call goes to. */
  readonly platform: string;
  /** The quote board's symbols, in order. */
  readonly symbols: readonly string[];
  /** The candle view's symbol. */
  readonly candleSymbol: string;
}

export const HUB_CONFIG = new InjectionToken<HubConfig>('HUB_CONFIG');

/**
 * Reads the configuration from a query string such as
 * `?hub=http://127.0.0.1:5080&symbols=EURUSD,GBPUSD,USDJPY&candles=EURUSD`.
 *
 * | parameter  | default                      |
 * | ---------- | ---------------------------- |
 * | `hub`      | `http://127.0.0.1:5080`      |
 * | `path`     | `/hubs/mt4/v1`               |
 * | `token`    | `<hub>/connect/token`        |
 * | `client`   | `rxhub-demo`                 |
 * | `secret`   | `rxhub-secret`               |
 * | `platform` | `demo`                       |
 * | `symbols`  | `EURUSD,GBPUSD,USDJPY`       |
 * | `candles`  | the first symbol             |
 *
 * The client secret in a URL is fine for the simulator on loopback and nowhere else: a real app gets its tokens
 * from its own back end.
 */
export function hubConfigFrom(search: string): HubConfig {
  const query = new URLSearchParams(search);
  const get = (name: string, fallback: string): string => query.get(name)?.trim() || fallback;
  const base = get('hub', 'http://127.0.0.1:5080').replace(/\/+$/, '');
  const symbols = get('symbols', 'EURUSD,GBPUSD,USDJPY')
    .split(',')
    .map((symbol) => symbol.trim())
    .filter((symbol) => symbol !== '');
  return {
    hubUrl: `${base}${get('path', '/hubs/mt4/v1')}`,
    tokenUrl: get('token', `${base}/connect/token`),
    clientId: get('client', 'rxhub-demo'),
    clientSecret: get('secret', 'rxhub-secret'),
    platform: get('platform', 'demo'),
    symbols,
    candleSymbol: get('candles', symbols[0] ?? 'EURUSD'),
  };
}
