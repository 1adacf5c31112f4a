import type { EnvironmentProviders } from '@angular/core';
import { MT4Hub } from '../src/cplugin/MT4Hub';
import type { PlatformHubProviderConfig } from './CPluginHubProviderConfig';
import { facadeProvider } from './internal/facadeProvider';
import { read } from './internal/read';
import { MT4_HUB } from './MT4_HUB';

/**
 * Provides an `MT4Hub` for one trade platform on a hub of `provideRxHub`, under `MT4_HUB` or the config's token.
 *
 * ## Example
 * ```ts
 * import { bootstrapApplication } from '@angular/platform-browser';
 * import { Component, inject } from '@angular/core';
 * import { MT4_HUB, provideMT4Hub, provideRxHub } from 'rxhub/angular';
 *
 * @Component({ selector: 'app-root', template: '' })
 * class AppComponent {
 *   readonly mt4 = inject(MT4_HUB);
 * }
 *
 * bootstrapApplication(AppComponent, {
 *   providers: [
 *     provideRxHub({ url: 'http://127.0.0.1:5080/hubs/mt4/v1', accessTokenFactory: () => 'token' }),
 *     provideMT4Hub({ tradePlatform: 'demo' }),
 *   ],
 * });
 * ```
 *
 * @param config The trade platform, and optionally the hub to run on and the token to provide under.
 * @return The providers.
 */
export function provideMT4Hub(config: PlatformHubProviderConfig<MT4Hub>): EnvironmentProviders {
  const { tradePlatform, timeoutMs, decode } = config;
  return facadeProvider(
    MT4_HUB,
    config,
    (hub) => new MT4Hub(hub, { tradePlatform: read(tradePlatform), timeoutMs, decode }),
  );
}
