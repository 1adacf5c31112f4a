// npm run simulator [-- --port 5080] [--Simulator:TickIntervalMs=50 ...]
// Builds the simulator and runs it in the foreground on 127.0.0.1. A test peer for rxhub, not for production.
import { startSimulator } from '../test/support/startSimulator';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let port = 5080;
  const passThrough: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) port = Number(arg.slice('--port='.length));
    else if (arg === '--help' || arg === '-h') return usage();
    else passThrough.push(arg);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${port}`);

  console.log('building test/simulator (dotnet build -c Release)…');
  const simulator = await startSimulator({ port, args: passThrough, echo: false });
  const info = await simulator.admin.info();
  console.log(`
rxhub simulator listening on ${simulator.url}  (pid ${simulator.process.pid}; a test peer, not for production)

  hubs     ${Object.values(info.hubs)
    .map((path) => simulator.url + path)
    .join('\n           ')}
  token    POST ${simulator.url}/connect/token
           grant_type=client_credentials  client_id=rxhub-demo  client_secret=rxhub-secret
  admin    ${simulator.url}/admin/info  (loopback only; see test/simulator/README.md)
  platforms ${info.platforms.join(', ')}   symbols ${info.symbolCount}   ticks every ${info.tickIntervalMs} ms (${info.tickMode})

Ctrl+C stops it.`);

  // Every way out goes through stop(), which also removes the simulator's temporary token file. A signal to the
  // whole process group (Ctrl+C in a terminal) reaches dotnet too, which may exit before this process has stopped it;
  // and the same signal can come twice (tsx sends it on when its child is slow to report it), so the handlers stay.
  let exiting = false;
  const exit = (code: number): void => {
    if (exiting) return;
    exiting = true;
    void simulator.stop().then(() => process.exit(code));
  };
  process.on('SIGINT', () => exit(0));
  process.on('SIGTERM', () => exit(0));
  simulator.process.once('exit', (code, signal) => {
    if (exiting) return;
    console.error(`simulator exited (${signal ?? `code ${code}`})`);
    exit(code ?? 1);
  });
  // Warnings and errors from the server still reach the terminal.
  simulator.process.stderr?.pipe(process.stderr);
  simulator.process.stdout?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (/\b(warn|fail|crit)\b/.test(text)) process.stdout.write(text);
  });
}

function usage(): void {
  console.log(`usage: npm run simulator -- [--port 5080] [--Simulator:Key=value ...]

Keys: Platforms, Symbols, SymbolCount, Seed, TickIntervalMs, TickMode (single|batch|mixed), ClockIntervalMs,
OhlcIntervalMs, MarginIntervalMs, MarginCycleMs, ReplayCsv, ReplaySymbol, ReplaySpeed, TokenLifetimeSeconds,
Clients (id:secret,...). See test/simulator/README.md.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
