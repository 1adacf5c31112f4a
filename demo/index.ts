// `npm run demo`: a live terminal dashboard driven by rxhub. See `npm run demo -- --help`.
import { runDemo } from './runDemo';

runDemo(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`demo: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
