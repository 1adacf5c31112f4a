import { BotStatus } from '../../../examples/signal-bot/BotStatus';

describe('BotStatus', () => {
  const time = new Date(Date.UTC(2024, 2, 1, 10, 0));

  it('says why there is no signal yet, or which was the last', () => {
    const status = new BotStatus(['EURUSD', 'GBPUSD', 'USDJPY', 'XAUUSD'], { fast: 2, slow: 3 });
    status.averages({ symbol: 'EURUSD', time, close: 1.1, candles: 2, fast: 1.1, slow: undefined });
    status.averages({ symbol: 'GBPUSD', time, close: 1.3, candles: 5, fast: 1.31, slow: 1.3 });
    status.averages({ symbol: 'USDJPY', time, close: 150, candles: 7, fast: 150, slow: 149 });
    status.signal({ symbol: 'USDJPY', side: 'BUY', time, price: 150, fast: 150, slow: 149 });
    expect(status.line()).toBe(
      'EURUSD 2/3 candles, no crossover yet | GBPUSD 5 candles, SMA2 above SMA3, no crossover yet | ' +
        'USDJPY 7 candles, last BUY at 150 | XAUUSD no candle yet',
    );
    expect(status.candles).toBe(14);
  });
});
