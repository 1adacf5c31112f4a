// Issue 8.8: security hygiene. No token and no client secret in any logged line or error message, through every
// auth failure and reconnect and with SignalR logging everything; the package's runtime dependencies audited clean;
// the simulator listening on 127.0.0.1 only, with admin endpoints that refuse any other caller, whatever headers
// claim.
import { HttpTransportType, LogLevel } from '@microsoft/signalr';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { firstValueFrom, Subscription, take, timeout, toArray, type Observable } from 'rxjs';
import { MT4Hub, type RxHub } from '../../src';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { simulatorPaths } from '../support/simulatorPaths';
import { startSimulator } from '../support/startSimulator';
import { startTcpProxy } from '../support/tcpProxy';
import { waitFor } from '../support/waitFor';
import { writeFigures } from './figures';
import { hubFixture, sleep, type CountingTokens } from './fixture';

const root = simulatorPaths.root;

/** Every string an error exposes: message, stack, String(), and the same for its causes. */
function errorTexts(error: unknown, depth = 0): string[] {
  if (depth > 5 || error === undefined || error === null) return [];
  if (!(error instanceof Error)) return [String(error)];
  return [
    error.message,
    error.stack ?? '',
    String(error),
    ...errorTexts((error as { cause?: unknown }).cause, depth + 1),
  ];
}

function run(
  command: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: root, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The first IPv4 address of this machine that is not loopback, if any. */
function otherAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return undefined;
}

/** GET `path` from the simulator with `headers`, from `localAddress` (default: loopback). */
function get(port: number, path: string, headers: Record<string, string>, localAddress?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, localAddress, timeout: 10_000 }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Listening TCP sockets on `port`, as `address:port` (IPv4 and IPv6), from /proc/net. */
function listeners(port: number): string[] {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue;
      const [hex, portHex] = local.split(':');
      if (parseInt(portHex, 16) !== port) continue;
      found.push(`${hex.length === 8 ? ipv4(hex) : `[${hex}]`}:${port}`);
    }
  }
  return found;
}

function ipv4(hex: string): string {
  return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('.');
}

describe('security hygiene', () => {
  let sim: SimulatorHandle;

  beforeAll(async () => {
    sim = await startSimulator({ args: ['--Simulator:TickIntervalMs=50'] });
  }, 120_000);
  afterAll(() => sim?.stop());

  describe('no token or secret in logs or errors', () => {
    let subscriptions: Subscription;
    const lines: string[] = [];
    const errors: unknown[] = [];
    const providers: CountingTokens[] = [];
    let spies: jest.SpyInstance[] = [];
    const wrongSecret = `wrong-secret-${Math.random().toString(36).slice(2)}`;

    beforeAll(() => {
      spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((level) =>
        jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
          lines.push(args.map((arg) => (arg instanceof Error ? errorTexts(arg).join(' ') : String(arg))).join(' '));
        }),
      );
    });
    afterAll(() => {
      for (const spy of spies) spy.mockRestore();
    });
    beforeEach(async () => {
      subscriptions = new Subscription();
      await sim.admin.reset();
    });
    afterEach(async () => {
      subscriptions.unsubscribe();
      await sim.admin.reset();
      await hubFixture(sim.url).drained('mt4');
    });

    /** An MT4 hub logging everything SignalR says (Trace, message contents too), through the product's logger. */
    function tracedHub(
      options: { secret?: string; transport?: HttpTransportType; baseUrl?: string; tokens?: boolean } = {},
    ): { mt4: MT4Hub; hub: RxHub; tokens?: CountingTokens } {
      const f = hubFixture(sim.url);
      const tokens = options.tokens === false ? undefined : f.tokens(options.secret);
      if (tokens) providers.push(tokens);
      const hub = f.rxHub('/hubs/mt4/v1', {
        tokens,
        baseUrl: options.baseUrl,
        connection: { logLevel: LogLevel.Trace, transport: options.transport, http: { logMessageContent: true } },
        config: { restart: { initialDelay: 0, baseDelay: 100, maxRetries: 3, jitter: 0 } },
      });
      return { hub, tokens, mt4: new MT4Hub(hub, { tradePlatform: 'demo', timeoutMs: 5000 }) };
    }

    /** Subscribes, collecting any error, until it has `count` items or fails. */
    async function collect(source: Observable<unknown>, count = 3): Promise<void> {
      await firstValueFrom(source.pipe(take(count), toArray(), timeout(15_000))).catch((error: unknown) =>
        errors.push(error),
      );
    }

    it.each([
      ['WebSockets (Authorization header)', HttpTransportType.WebSockets],
      ['Server-Sent Events (access_token in the query string)', HttpTransportType.ServerSentEvents],
      ['long polling (access_token in the query string)', HttpTransportType.LongPolling],
    ])(
      'connects, reconnects after an expiry and a drop, over %s',
      async (_name, transport) => {
        const proxy = await startTcpProxy(sim.port);
        const { mt4, hub } = tracedHub({ transport, baseUrl: `http://127.0.0.1:${proxy.port}` });
        try {
          subscriptions.add(hub.errors$.subscribe((error) => errors.push(error)));
          let ticks = 0;
          subscriptions.add(mt4.ticks('EURUSD').subscribe({ next: () => ticks++, error: (e) => errors.push(e) }));
          await waitFor(
            () => ticks,
            (n) => n > 2,
            { what: 'ticks', timeoutMs: 15_000 },
          );
          await sim.admin.expireTokens();
          await sim.admin.abort('mt4'); // RxHub's restart, with a refreshed token
          await sleep(500);
          await sim.admin.expireTokens();
          proxy.dropAll(); // SignalR's reconnect, with a refreshed token
          ticks = 0;
          await waitFor(
            () => ticks,
            (n) => n > 2,
            { what: 'ticks after the abort and the drop', timeoutMs: 15_000 },
          );
          subscriptions.unsubscribe();
          // Let the client's stop reach the server through the proxy (long polling says goodbye with a DELETE).
          await waitFor(
            () => hub.stats().topics + (hub.connectionId === undefined ? 0 : 1),
            (n) => n === 0,
            { what: 'the hub to stop' },
          );
          await sleep(200);
        } finally {
          subscriptions.unsubscribe();
          await proxy.close();
          // A long-polling connection whose poll the drop cut stays on the server until it times out: end it.
          await sim.admin.abort('mt4');
        }
      },
      60_000,
    );

    it('fails a wrong secret, a revoked client, a missing token and a dead server', async () => {
      await collect(tracedHub({ secret: wrongSecret }).mt4.ticks('EURUSD'));
      await collect(tracedHub({ tokens: false }).mt4.ticks('EURUSD'));

      const revoked = tracedHub();
      let ticks = 0;
      subscriptions.add(revoked.mt4.ticks('EURUSD').subscribe({ next: () => ticks++, error: (e) => errors.push(e) }));
      await waitFor(
        () => ticks,
        (n) => n > 0,
        { what: 'a tick' },
      );
      await sim.admin.revokeClient('rxhub-demo');
      await sim.admin.abort('mt4');
      await waitFor(
        () => revoked.hub.stats().topics,
        (n) => n === 0,
        { what: 'the revoked hub to give up', timeoutMs: 15_000 },
      );

      const doomed = await startSimulator({ build: false });
      try {
        const f = hubFixture(doomed.url);
        const tokens = f.tokens();
        providers.push(tokens);
        const hub = f.rxHub('/hubs/mt4/v1', {
          tokens,
          connection: { logLevel: LogLevel.Trace },
          config: { restart: { initialDelay: 0, baseDelay: 50, maxRetries: 2, jitter: 0 } },
        });
        const failing = collect(new MT4Hub(hub, { tradePlatform: 'demo' }).ticks('EURUSD'), 1000);
        await waitFor(
          () => tokens.issued.length,
          (n) => n > 0,
          { what: 'a token from the doomed server' },
        );
        await doomed.stop();
        await failing;
      } finally {
        await doomed.stop();
      }
      expect(errors.length).toBeGreaterThanOrEqual(4);
    }, 60_000);

    it('never shows a token or a secret', () => {
      const tokens = providers.flatMap((provider) => provider.issued);
      const secrets = [...new Set([...tokens, 'rxhub-secret', wrongSecret])];
      const texts = [...lines, ...errors.flatMap((error) => errorTexts(error))];
      // The run logged plenty (SignalR at Trace), failed in several ways, and used many tokens.
      expect(lines.length).toBeGreaterThan(50);
      expect(tokens.length).toBeGreaterThanOrEqual(8);
      expect(errors.length).toBeGreaterThanOrEqual(4);
      const leaks = texts.flatMap((text) =>
        secrets
          .filter((secret) => text.includes(secret))
          .map((secret) => `${secret.slice(0, 6)}… in: ${text.slice(0, 200)}`),
      );
      expect(leaks).toEqual([]);
      writeFigures('security.logs', {
        loggedLines: lines.length,
        redactedLines: lines.filter((line) => line.includes('[redacted]')).length,
        errorsChecked: errors.length,
        tokensIssued: tokens.length,
        errorMessages: [...new Set(errors.map((error) => (error as Error).message))],
      });
    });
  });

  describe('the simulator is for loopback only', () => {
    it('listens on 127.0.0.1 only', async () => {
      // A simulator of its own, with its output captured, to read every "Now listening on" line it prints.
      const output: string[] = [];
      const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        output.push(chunk.toString());
        return true;
      });
      let probe: SimulatorHandle | undefined;
      let sockets: string[] = [];
      try {
        probe = await startSimulator({ echo: true, build: false });
        sockets = listeners(probe.port);
      } finally {
        await probe?.stop();
        spy.mockRestore();
      }
      const listening = output.join('').match(/Now listening on: \S+/g) ?? [];
      expect(listening).toEqual([`Now listening on: http://127.0.0.1:${probe!.port}`]);
      if (process.platform === 'linux') expect(sockets).toEqual([`127.0.0.1:${probe!.port}`]);
      // `npm run simulator` and every spec start it through startSimulator, which always passes a 127.0.0.1 URL.
      expect(readFileSync(join(root, 'test/support/startSimulator.ts'), 'utf8')).toContain(
        "'--urls', `http://127.0.0.1:${port}`",
      );
    });

    it('answers admin requests from loopback, whatever forwarding headers say', async () => {
      for (const headers of [
        {},
        { 'X-Forwarded-For': '203.0.113.7' },
        { Forwarded: 'for=203.0.113.7' },
        { 'X-Real-IP': '203.0.113.7' },
      ] as Record<string, string>[]) {
        expect({ headers, status: (await get(sim.port, '/admin/info', headers)).status }).toEqual({
          headers,
          status: 200,
        });
      }
    });

    const other = otherAddress();
    (other ? it : it.skip)(
      `refuses admin requests from a non-loopback address (${other ?? 'none on this machine'}), even claiming loopback`,
      async () => {
        // The connection still travels over the loopback interface; the server sees a non-loopback caller.
        const claims: Record<string, string>[] = [
          {},
          { 'X-Forwarded-For': '127.0.0.1' },
          { Forwarded: 'for=127.0.0.1' },
          { 'X-Real-IP': '127.0.0.1' },
          { 'X-Forwarded-For': '::1', Host: 'localhost' },
        ];
        const paths = ['/admin/info', '/admin/connections', '/admin/calls'];
        for (const path of paths) {
          for (const headers of claims) {
            const { status, body } = await get(sim.port, path, headers, other);
            expect({ path, headers, status }).toEqual({ path, headers, status: 403 });
            expect(JSON.parse(body)).toEqual({
              error: 'forbidden',
              error_description: 'admin endpoints answer loopback clients only',
            });
          }
        }
        // Only /admin is restricted: the same caller gets the root endpoint.
        expect((await get(sim.port, '/', {}, other)).status).toBe(200);
        // And the filter decides on the socket's address alone: no forwarded-headers middleware.
        const program = readFileSync(join(root, 'test/simulator/Program.cs'), 'utf8');
        expect(program).not.toMatch(/ForwardedHeaders/);
        const filter = readFileSync(join(root, 'test/simulator/Admin/LoopbackOnlyFilter.cs'), 'utf8');
        expect(filter).toContain('HttpContext.Connection.RemoteIpAddress');
        expect(filter).not.toMatch(/Headers/);
      },
    );

    it('says it is not for production, in its README, its root endpoint and its source', async () => {
      expect(readFileSync(join(root, 'test/simulator/README.md'), 'utf8')).toMatch(/\*\*Not for production\.\*\*/);
      expect(readFileSync(join(root, 'test/simulator/Program.cs'), 'utf8')).toMatch(/It is not for production/);
      expect(JSON.parse((await get(sim.port, '/', {})).body).name).toMatch(/not for production/);
    });
  });

  describe('dependencies', () => {
    it('ships no runtime dependency, and npm audit --omit=dev finds no high or critical advisory', async () => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
      };
      // Peer dependencies only: what `--omit=dev` audits is the package itself; the peers are the user's choice.
      expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
      expect(Object.keys(pkg.peerDependencies ?? {})).toContain('@microsoft/signalr');

      // npm audit has nothing to ask the registry about without runtime dependencies, so it would report "clean"
      // offline too: check that the registry answers first, and fail clearly when it does not.
      const ping = await run('npm', ['ping', '--json'], 60_000);
      if (ping.code !== 0) {
        throw new Error(
          `the npm registry did not answer npm ping, so npm audit cannot be trusted:\n${ping.stderr.trim()}`,
        );
      }
      const audit = await run('npm', ['audit', '--omit=dev', '--audit-level=high', '--json']);
      let report: { error?: unknown; message?: unknown; metadata?: { vulnerabilities?: Record<string, number> } };
      try {
        report = JSON.parse(audit.stdout) as typeof report;
      } catch {
        throw new Error(`npm audit gave no JSON report (exit ${audit.code}):\n${audit.stdout}\n${audit.stderr}`.trim());
      }
      if (report.error !== undefined || report.message !== undefined || !report.metadata?.vulnerabilities) {
        throw new Error(`npm audit failed to audit (exit ${audit.code}): ${JSON.stringify(report).slice(0, 500)}`);
      }
      const { high = 0, critical = 0 } = report.metadata.vulnerabilities;
      expect({ high, critical, exit: audit.code }).toEqual({ high: 0, critical: 0, exit: 0 });
      writeFigures('security.audit', { vulnerabilities: report.metadata.vulnerabilities });
    }, 180_000);
  });
});
