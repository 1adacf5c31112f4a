import type { EnvironmentProviders } from '@angular/core';
import { TestHub } from '../src/cplugin/TestHub';
import type { CPluginHubProviderConfig } from './CPluginHubProviderConfig';
import { facadeProvider } from './internal/facadeProvider';
import { TEST_HUB } from './TEST_HUB';

/**
 * Provides a `TestHub` on a hub of `provideRxHub`, under `TEST_HUB` or the config's token.
 *
 * ## Example
 * ```ts
 * import { provideRxHub, provideTestHub } from 'rxhub/angular';
 *
 * export const providers = [provideRxHub({ url: 'http://127.0.0.1:5080/hubs/test/v1' }), provideTestHub()];
 * ```
 *
 * @param config Optionally the hub to run on, the token to provide under, and the decode policy.
 * @return The providers.
 */
export function provideTestHub(config: CPluginHubProviderConfig<TestHub> = {}): EnvironmentProviders {
  return facadeProvider(TEST_HUB, config, (hub) => new TestHub(hub, { decode: config.decode }));
}
