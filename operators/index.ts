// rxhub/operators: custom RxJS operators for hub traffic.

// Candles
export { ohlc, type TickIn } from './ohlc';
export { rollup, type OHLCSIn } from './rollup';
export { Timeframe } from './Timeframe';
export type { Candle } from './Candle';
export type { CandleConfig } from './CandleConfig';
export type { Period } from './Period';
export type { TimeframeConfig } from './TimeframeConfig';

// Resilience
export { reconnectWithResubscription } from './reconnectWithResubscription';
export type { HubState } from './HubState';
export type { ReconnectConfig } from './ReconnectConfig';

// Margin
export { marginCalls } from './marginCalls';
export { ofState } from './ofState';
export type { MarginAlert } from './MarginAlert';
export type { MarginCallsConfig } from './MarginCallsConfig';
export type { MarginThresholds } from './MarginThresholds';

// Rate
export { conflate } from './conflate';
export type { ConflateConfig } from './ConflateConfig';
