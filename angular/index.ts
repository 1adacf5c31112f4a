// rxhub/angular: providers and inject* helpers for Angular apps (@angular/core 19 or later).

// Providers
export { provideRxHub } from './provideRxHub';
export type { RxHubProviderConfig } from './RxHubProviderConfig';
export { provideMT4Hub } from './provideMT4Hub';
export { provideMT5Hub } from './provideMT5Hub';
export { provideTestHub } from './provideTestHub';
export type { CPluginHubProviderConfig, PlatformHubProviderConfig } from './CPluginHubProviderConfig';

// Tokens
export { RX_HUB } from './RX_HUB';
export { MT4_HUB } from './MT4_HUB';
export { MT5_HUB } from './MT5_HUB';
export { TEST_HUB } from './TEST_HUB';

// Signals and observables
export { injectConnectionState } from './injectConnectionState';
export { injectGaps } from './injectGaps';
export { injectHubErrors } from './injectHubErrors';
export { injectTicks } from './injectTicks';
export { injectTicks$ } from './injectTicks$';
export type { HubOptions } from './HubOptions';
export type { TicksOptions } from './TicksOptions';
export type { Tally } from './Tally';
export type { TallyOptions } from './TallyOptions';
