// rxhub: cold, ref-counted RxJS observables over SignalR hubs.

// Core
export { RxHub } from './core/RxHub';
export type { RxHubConfig } from './core/RxHubConfig';
export type { HubConnectionLike } from './core/HubConnectionLike';
export type { HubCall } from './core/HubCall';
export type { TopicSpec, TopicRoute } from './core/TopicSpec';
export type { Route } from './core/Route';
export type { Gap } from './core/Gap';
export type { DecodePolicy } from './core/DecodePolicy';

// Errors
export { DecodeError } from './core/DecodeError';
export { HubInvocationError } from './core/errors/HubInvocationError';
export { AuthenticationError } from './core/errors/AuthenticationError';
export { ConnectionFailedError } from './core/errors/ConnectionFailedError';
export { isAuthError } from './core/isAuthError';

// Auth
export { clientCredentials } from './auth/clientCredentials';
export type { ClientCredentialsConfig } from './auth/ClientCredentialsConfig';
export type { TokenProvider } from './auth/TokenProvider';

// Retry
export { backoff } from './core/backoff';
export type { BackoffConfig } from './core/BackoffConfig';

// CPlugin codecs
export { nullable } from './cplugin/codecs/nullable';
export { BidAsk } from './cplugin/codecs/BidAsk';
export { Tick } from './cplugin/codecs/Tick';
export { OHLCS } from './cplugin/codecs/OHLCS';
export { MarginControllingType } from './cplugin/codecs/MarginControllingType';
export { MarginLevelType } from './cplugin/codecs/MarginLevelType';
export { MarginLevel } from './cplugin/codecs/MarginLevel';

// CPlugin hubs
