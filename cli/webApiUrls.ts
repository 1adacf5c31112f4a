import { httpUrl } from './httpUrl';

/**
 * `--url` as the MT4 hub's URL (the WebAPI's base URL with `/hubs/mt4/v1` appended, or a hub's URL as it is) and
 * the token endpoint to use when `--token-url` does not name one (`/connect/token` at the same origin).
 *
 * @throws UsageError when it is not an http(s) URL.
 */
export function webApiUrls(url: string): { readonly hubUrl: string; readonly tokenUrl: string } {
  const base = httpUrl('--url', url);
  const href = base.href.replace(/\/+$/, '');
  return {
    hubUrl: /\/hubs\//.test(base.pathname) ? href : `${href}/hubs/mt4/v1`,
    tokenUrl: new URL('/connect/token', base.origin).href,
  };
}
