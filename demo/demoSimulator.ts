import { join } from 'node:path';

const replay = {
  symbol: 'BTCUSD',
  file: join(__dirname, '..', 'test', 'fixtures', 'ticks', 'BTCUSD-2023-02-20T12.csv'),
  /** 20× real time: one minute of market time every 3 s. */
  speed: 20,
};
const marginCycleMs = 12_000;

/**
 * How the demo runs the simulator (`--Simulator:Key=value`, see test/simulator/SimulatorOptions.cs), chosen so that
 * a 20-second run shows everything: ticks every 100 ms; BTCUSD replayed from recorded Dukascopy ticks at 20×, so
 * that an M1 candle (by tick time) completes every 3 s; margin levels every 500 ms, with three accounts each going
 * through a margin call, a stop-out and back every 12 s, a third of a cycle apart; and none of the server events the
 * dashboard does not use (server-side candles, debug messages).
 */
export const demoSimulator = {
  replay,
  marginCycleMs,
  args: [
    '--Simulator:TickIntervalMs=100',
    `--Simulator:ReplayCsv=${replay.file}`,
    `--Simulator:ReplaySpeed=${replay.speed}`,
    '--Simulator:MarginIntervalMs=500',
    `--Simulator:MarginCycleMs=${marginCycleMs}`,
    '--Simulator:OhlcIntervalMs=3600000',
    '--Simulator:DebugIntervalMs=0',
  ],
  /** One line on what the demo's simulator does. */
  describe: (): string =>
    `${replay.symbol} replays recorded ticks at ${replay.speed}× (an M1 candle every ${60 / replay.speed} s), ` +
    `margin accounts cycle through calls every ${marginCycleMs / 1000} s`,
} as const;
