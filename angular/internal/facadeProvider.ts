import { inject, makeEnvironmentProviders, type EnvironmentProviders, type InjectionToken } from '@angular/core';
import type { RxHub } from '../../src/core/RxHub';
import type { CPluginHubProviderConfig } from '../CPluginHubProviderConfig';
import { RX_HUB } from '../RX_HUB';

/** Provides a facade made by `make` on the config's hub, under the config's token or `token`. */
export function facadeProvider<H>(
  token: InjectionToken<H>,
  config: CPluginHubProviderConfig<H>,
  make: (hub: RxHub) => H,
): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: config.token ?? token, useFactory: () => make(inject(config.hub ?? RX_HUB)) },
  ]);
}
