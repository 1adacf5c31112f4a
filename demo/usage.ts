import { webApiUsage } from '../cli/webApiUsage';

/** The text of `npm run demo -- --help`. */
export const usage = `Usage: npm run demo -- [options]

A live terminal dashboard driven by rxhub: quotes, forming candles with a chart, margin-call alerts and the
connection state. With no --url it builds and starts the simulator on 127.0.0.1, and partway through makes it
drop every connection, to show the gap, the reconnect and the resubscription.

Options:
  --duration <seconds>       stop after this long (default: run until Ctrl-C)
  --symbols <list>           comma-separated symbols (default: EURUSD,GBPUSD,USDJPY,XAUUSD,BTCUSD)
  --platform <id>            trade platform id (default: demo)
  --timeframe <period>       candle period: M1, M5, M15, M30, H1, H4, D1, W1 or whole seconds (default: M1)
  --chart <symbol>           the symbol whose candles are charted (default: BTCUSD if listed, else the first)
  --abort-after <seconds>    simulator only: when to drop every connection; 0 never
                             (default: at 40 % of --duration, or after 8 s)
  --snapshot-every <seconds> plain output: how often to print the quotes (default: 3)
  --connect-timeout <seconds> give up when the first connection takes longer (default: 10)
  --plain                    timestamped lines even on a terminal (the default when stdout is not one)
  -h, --help                 this text

${webApiUsage(26)}

Exit codes: 0 done (Ctrl-C or --duration), 1 could not connect or was refused, 2 bad arguments.
`;
