import type { EnvironmentProviders } from '@angular/core';
import { MT5Hub } from '../src/cplugin/MT5Hub';
import type { PlatformHubProviderConfig } from './CPluginHubProviderConfig';
import { facadeProvider } from './internal/facadeProvider';
import { read } from './internal/read';
import { MT5_HUB } from './MT5_HUB';

/**
 * Provides an `MT5Hub` for one trade platform on a hub of `provideRxHub`, under `MT5_HUB` or the config's token.
 *
 * ## Example
 * ```ts
 * import { provideMT5Hub, provideRxHub } from 'rxhub/angular';
 *
 * export const providers = [
 *   provideRxHub({ url: 'http://127.0.0.1:5080/hubs/mt5/v1', accessTokenFactory: () => 'token' }),
 *   provideMT5Hub({ tradePlatform: 'demo5' }),
 * ];
 * ```
 *
 * @param config The trade platform, and optionally the hub to run on and the token to provide under.
 * @return The providers.
 */
export function provideMT5Hub(config: PlatformHubProviderConfig<MT5Hub>): EnvironmentProviders {
  const { tradePlatform, timeoutMs, decode } = config;
  return facadeProvider(
    MT5_HUB,
    config,
    (hub) => new MT5Hub(hub, { tradePlatform: read(tradePlatform), timeoutMs, decode }),
  );
}
