// The signal bot: moving-average crossovers on candles built from MT4 ticks. See README.md, or --help.
import { runBot } from './runBot';

runBot(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`signal-bot: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
