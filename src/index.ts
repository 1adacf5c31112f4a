// rxhub: cold, ref-counted RxJS observables over SignalR hubs.

// Core
export { createRxHub } from './core/createRxHub';
export type { CreateRxHubOptions } from './core/CreateRxHubOptions';
export { RxHub } from './core/RxHub';
export type { RxHubConfig } from './core/RxHubConfig';
export type { HubConnectionLike } from './core/HubConnectionLike';
export { hubConnectionFactory } from './core/hubConnectionFactory';
export type { HubConnectionOptions } from './core/HubConnectionOptions';
export type { HubCall } from './core/HubCall';
export type { TopicSpec, TopicRoute } from './core/TopicSpec';
export type { Route } from './core/Route';
export type { Gap } from './core/Gap';
export type { DecodePolicy } from './core/DecodePolicy';

// Contracts
export { defineContract } from './contract/defineContract';
export type { Contract, ContractEvent, ContractMethod, ContractStream, ContractTopic } from './contract/Contract';
export { ContractHub } from './contract/ContractHub';
export { clientStream } from './contract/clientStream';
export type { ContractHubConfig, ArgsOf, EventOf, ResultOf, ItemOf, NameOf, TopicCall } from './contract/ContractHub';
export type { Validator, TypeOf } from './contract/Validator';
export type { ClientAnswer } from './core/ClientAnswer';

// Errors
export { DecodeError } from './core/errors/DecodeError';
export { HubInvocationError } from './core/errors/HubInvocationError';
export { AuthenticationError } from './core/errors/AuthenticationError';
export { ConnectionFailedError } from './core/errors/ConnectionFailedError';
export { ConnectionError } from './core/errors/ConnectionError';
export { isAuthError } from './core/isAuthError';

// Auth
export { clientCredentials } from './auth/clientCredentials';
export type { ClientCredentialsConfig } from './auth/ClientCredentialsConfig';
export type { TokenProvider } from './auth/TokenProvider';

// Retry
export { backoff } from './core/backoff';
export { retryPolicy } from './core/retryPolicy';
export type { BackoffConfig } from './core/BackoffConfig';

// CPlugin codecs
export { nullable } from './cplugin/codecs/nullable';
export { enumeration } from './cplugin/codecs/enumeration';
export { DateTime } from './cplugin/codecs/DateTime';
export { BidAsk } from './cplugin/codecs/BidAsk';
export { Tick } from './cplugin/codecs/Tick';
export { OHLCS } from './cplugin/codecs/OHLCS';
export { MarginControllingType } from './cplugin/codecs/MarginControllingType';
export { MarginLevelType } from './cplugin/codecs/MarginLevelType';
export { MarginLevel } from './cplugin/codecs/MarginLevel';
export { TransactionType } from './cplugin/codecs/TransactionType';
export { TradeRecordState } from './cplugin/codecs/TradeRecordState';
export { TradeRecordReason } from './cplugin/codecs/TradeRecordReason';
export { ActivationType } from './cplugin/codecs/ActivationType';
export { TradeCommand } from './cplugin/codecs/TradeCommand';
export { SymbolPriceDirection } from './cplugin/codecs/SymbolPriceDirection';
export { CommissionType } from './cplugin/codecs/CommissionType';
export { TradeMode } from './cplugin/codecs/TradeMode';
export { ProfitCalculationMode } from './cplugin/codecs/ProfitCalculationMode';
export { SymbolExecMode } from './cplugin/codecs/SymbolExecMode';
export { SwapType } from './cplugin/codecs/SwapType';
export { GTCMode } from './cplugin/codecs/GTCMode';
export { MarginCalculationMode } from './cplugin/codecs/MarginCalculationMode';
export { TradePlatformId } from './cplugin/codecs/TradePlatformId';
export { ConnectArgs } from './cplugin/codecs/ConnectArgs';
export { ConnectArgs2 } from './cplugin/codecs/ConnectArgs2';
export { SubscribeToTicksArgs } from './cplugin/codecs/SubscribeToTicksArgs';
export { TickArgs } from './cplugin/codecs/TickArgs';
export { TicksArgs } from './cplugin/codecs/TicksArgs';
export { TicksOHLCArgs } from './cplugin/codecs/TicksOHLCArgs';
export { MarginUpdateArgs } from './cplugin/codecs/MarginUpdateArgs';
export { SymbolUpdateArgs } from './cplugin/codecs/SymbolUpdateArgs';
export { ConSession } from './cplugin/codecs/ConSession';
export { ConSessions } from './cplugin/codecs/ConSessions';
export { ConSymbol } from './cplugin/codecs/ConSymbol';
export { OnlineUpdateArgs } from './cplugin/codecs/OnlineUpdateArgs';
export { DebugArgs } from './cplugin/codecs/DebugArgs';
export { MT4ConnectionStatusArgs } from './cplugin/codecs/MT4ConnectionStatusArgs';
export { MT5ConnectionStatusArgs } from './cplugin/codecs/MT5ConnectionStatusArgs';
export { TradeRecord } from './cplugin/codecs/TradeRecord';
export { TradeExEventPayload } from './cplugin/codecs/TradeExEventPayload';
export { SymbolInfo } from './cplugin/codecs/SymbolInfo';
export { UserRecord } from './cplugin/codecs/UserRecord';
export { UserUpdate } from './cplugin/codecs/UserUpdate';

// CPlugin hubs
export { testContract } from './cplugin/testContract';
export { TestHub } from './cplugin/TestHub';
export { mt4Contract } from './cplugin/mt4Contract';
export { createMT4Hub } from './cplugin/createMT4Hub';
export type { CreateMT4HubOptions } from './cplugin/CreateMT4HubOptions';
export { MT4Hub } from './cplugin/MT4Hub';
export type { MT4HubConfig } from './cplugin/MT4HubConfig';
export { mt5Contract } from './cplugin/mt5Contract';
export { createMT5Hub } from './cplugin/createMT5Hub';
export type { CreateMT5HubOptions } from './cplugin/CreateMT5HubOptions';
export { MT5Hub } from './cplugin/MT5Hub';
export type { MT5HubConfig } from './cplugin/MT5HubConfig';
export type { CallOptions, Decoded } from './cplugin/CallOptions';
