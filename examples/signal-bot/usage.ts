import { webApiUsage } from '../../cli/webApiUsage';

/** The text of `--help`. */
export const usage = `Usage: npx tsx examples/signal-bot/index.ts [options]

Builds candles for several symbols from their ticks, computes a fast and a slow simple moving average of the
closing bids, and prints BUY when the fast one crosses above the slow one, SELL when it crosses below.
Without --url it builds and starts the simulator on 127.0.0.1.

Options:
  --symbols <list>         comma-separated symbols (default: EURUSD,GBPUSD,USDJPY)
  --timeframe <period>     M1, M5, M15, M30, H1, H4, D1, W1 or whole seconds
                           (default: M1 with --url, 5 with the simulator)
  --fast <candles>         the fast SMA's length (default: 3)
  --slow <candles>         the slow SMA's length (default: 8)
  --platform <id>          trade platform id (default: demo)
  --duration <seconds>     stop after this long (default: run until Ctrl-C)
  --status-every <seconds> how often to print each symbol's status (default: 10)
  -h, --help               this text

As a fleet (docs/scaling.md): workers share the symbols and publish closed candles to
rxhub.<platform>.<symbol>.candles.<timeframe> and signals to rxhub.<platform>.<symbol>.signals.
  --nats <server>          a NATS server with JetStream, e.g. 127.0.0.1:4222
  --workers <n>            start n worker processes (default: this process is one worker)
  --worker <id>            this worker's id (default: worker-<pid>)
  --ttl <seconds>          how long a worker's heartbeat keeps it in the fleet (default: 5)
Print what arrives with: npx tsx examples/signal-bot/consume.ts --nats <server>

${webApiUsage(24)}

Exit codes: 0 done (Ctrl-C or --duration), 1 could not connect or was refused, 2 bad arguments.
`;
