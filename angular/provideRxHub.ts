import {
  computed,
  effect,
  inject,
  isSignal,
  makeEnvironmentProviders,
  NgZone,
  untracked,
  type EnvironmentProviders,
} from '@angular/core';
import { asyncScheduler } from 'rxjs';
import { hubParts, type HubParts } from '../src/core/internal/hubParts';
import { RxHub } from '../src/core/RxHub';
import { angularConnection } from './internal/angularConnection';
import { outsideAngular } from './internal/outsideAngular';
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
  const { token = RX_HUB, ...hub } = config;
  return makeEnvironmentProviders([{ provide: token, useFactory: () => createHub(hub) }]);
}

function createHub(config: Omit<RxHubProviderConfig, 'token'>): RxHub {
  const { url, credentials, connection, ...options } = config;
  const zone = inject(NgZone);
  // The connection's parts, made again whenever a signal they read changes.
  const parts = computed((): HubParts => {
    if (connection !== undefined) {
      const made = typeof connection === 'function' ? connection() : connection;
      return { connect: () => made, config: options };
    }
    if (url === undefined) throw new TypeError('provideRxHub: give a url or a connection');
    return hubParts(isSignal(url) ? url() : url, {
      ...options,
      credentials: isSignal(credentials) ? credentials() : credentials,
    });
  });
  const current = (): HubParts => untracked(parts);
  const hub = angularConnection(() => current().connect(), zone, inject(RENDER_GATE));
  let first = true;
  effect(() => {
    parts();
    if (!first) untracked(() => hub.replace());
    first = false;
  });
  const { scheduler = asyncScheduler } = current().config;
  return new RxHub(hub, {
    ...current().config,
    tokens: { invalidate: () => current().config.tokens?.invalidate() },
    scheduler: outsideAngular(zone, scheduler),
  });
}
