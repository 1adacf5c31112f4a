import type { OwnedCandle } from 'rxhub/nats';
import type { Signal } from './Signal';

/**
 * Subjects and message ids of what the fleet publishes. A whole candle's id is its platform, symbol, timeframe and
 * open time, so the copy a second worker sends after a failover is dropped by the stream; a partial candle's id
 * names its worker too, so it never takes the place of the whole one.
 */
export const fleetSubjects = {
  candle: (platform: string, timeframe: string, candle: OwnedCandle): string =>
    `rxhub.${platform}.${candle.symbol}.candles.${timeframe}`,
  candleId: (platform: string, timeframe: string, candle: OwnedCandle, worker: string): string =>
    `${platform}.${candle.symbol}.${timeframe}.${candle.lastTime.toISOString()}` +
    (candle.partial ? `.partial.${worker}` : ''),
  signal: (platform: string, signal: Signal): string => `rxhub.${platform}.${signal.symbol}.signals`,
  signalId: (platform: string, timeframe: string, signal: Signal): string =>
    `${platform}.${signal.symbol}.${timeframe}.${signal.time.toISOString()}.signal`,
};
