import {
  computed,
  inject,
  makeEnvironmentProviders,
  NgZone,
  type EnvironmentProviders,
  type Signal,
} from '@angular/core';
import { asyncScheduler } from 'rxjs';
import { clientCredentials } from '../src/auth/clientCredentials';
import { hubConnectionFactory } from '../src/core/hubConnectionFactory';
import { RxHub } from '../src/core/RxHub';
import type { ClientCredentialsConfig } from '../src/auth/ClientCredentialsConfig';
import type { TokenProvider } from '../src/auth/TokenProvider';
import { angularConnection } from './internal/angularConnection';
import { outsideAngular } from './internal/outsideAngular';
import { read } from './internal/read';
import { RENDER_GATE } from './internal/RenderGate';
import { RX_HUB } from './RX_HUB';
import type { RxHubProviderConfig } from './RxHubProviderConfig';

/**
 * Provides an `RxHub` for a URL and credentials (or a connection), under `RX_HUB` or the config's own token. The
 * hub is made on first injection and connects with its first subscriber, after the app's first render, and never
 * on the server. Its socket, timers and calls run outside the Angular zone.
 *
 * ## Example
 * ```ts
 * import { bootstrapApplication } from '@angular/platform-browser';
 * import { Component, provideZonelessChangeDetection } from '@angular/core';
 * import { injectConnectionState, injectTicks, provideMT4Hub, provideRxHub } from 'rxhub/angular';
 *
 * @Component({ selector: 'app-root', template: `{{ state() }} EURUSD {{ eurusd()?.bid }}` })
 * class AppComponent {
 *   readonly state = injectConnectionState();
 *   readonly eurusd = injectTicks('EURUSD');
 * }
 *
 * bootstrapApplication(AppComponent, {
 *   providers: [
 *     provideZonelessChangeDetection(),
 *     provideRxHub({
 *       url: 'http://127.0.0.1:5080/hubs/mt4/v1',
 *       credentials: {
 *         tokenUrl: 'http://127.0.0.1:5080/connect/token',
 *         clientId: 'rxhub-demo',
 *         clientSecret: 'rxhub-secret',
 *       },
 *     }),
 *     provideMT4Hub({ tradePlatform: 'demo' }),
 *   ],
 * });
 * ```
 *
 * @param config Where to connect, with what credentials, and under which token.
 * @return The providers, for `bootstrapApplication` or a route's `providers`.
 */
export function provideRxHub(config: RxHubProviderConfig): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: config.token ?? RX_HUB, useFactory: () => createHub(config) }]);
}

function createHub(config: RxHubProviderConfig): RxHub {
  const { url, accessToken, credentials, connection, options, hub = {} } = config;
  const zone = inject(NgZone);
  const gate = inject(RENDER_GATE);
  const tokens = credentials === undefined ? undefined : refreshing(credentials);
  const accessTokenFactory = tokens?.accessTokenFactory ?? accessToken;
  const connect =
    connection ??
    (() => {
      if (url === undefined) throw new Error('provideRxHub: give a url or a connection');
      return hubConnectionFactory(read(url), { ...options, accessTokenFactory })();
    });
  return new RxHub(() => angularConnection(typeof connect === 'function' ? connect() : connect, zone, gate), {
    ...hub,
    tokens,
    scheduler: outsideAngular(zone, hub.scheduler ?? asyncScheduler),
  });
}

/** Tokens from the current credentials: a new provider, and so a new token, whenever a signal changes them. */
function refreshing(credentials: ClientCredentialsConfig | Signal<ClientCredentialsConfig>): TokenProvider {
  const provider = computed(() => clientCredentials(typeof credentials === 'function' ? credentials() : credentials));
  return {
    accessTokenFactory: () => read(provider).accessTokenFactory(),
    invalidate: () => read(provider).invalidate(),
  };
}
