// Issue 8.5: tokens under reconnects. A token the server has expired is replaced through the token provider on the
// next (re)connect, by either path (RxHub's restart after an abort, SignalR's reconnect after a transport drop); a
// revoked client gets one clear AuthenticationError per subscriber, after a bounded, measured number of attempts.
import { skip, Subscription, type Observable } from 'rxjs';
import { AuthenticationError, type RxHub } from '../../src';
import { simulatorUrl } from '../support/simulatorUrl';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { waitFor } from '../support/waitFor';
import { writeFigures } from './figures';
import { hubFixture, quickReconnect, sleep, type CountingTokens } from './fixture';

interface Seen {
  received: number;
  errors: unknown[];
  completions: number;
}

describe('tokens through reconnects', () => {
  const f = hubFixture(simulatorUrl());
  let subscriptions: Subscription;
  let proxy: TcpProxy | undefined;
  const figures: Record<string, unknown> = {};

  beforeEach(async () => {
    subscriptions = new Subscription();
    await f.admin.reset();
  });
  afterEach(async () => {
    subscriptions.unsubscribe();
    await proxy?.close();
    proxy = undefined;
    await f.admin.reset(); // lifts the revocation
    await f.drained('mt4');
  });
  afterAll(() => writeFigures('auth', figures));

  function watch(source: Observable<unknown>): Seen {
    const seen: Seen = { received: 0, errors: [], completions: 0 };
    subscriptions.add(
      source.subscribe({
        next: () => seen.received++,
        error: (error) => seen.errors.push(error),
        complete: () => seen.completions++,
      }),
    );
    return seen;
  }

  async function receiving(seen: Seen[], what: string): Promise<void> {
    const before = seen.map((s) => s.received);
    await waitFor(
      () => seen.every((s, i) => s.received > before[i] + 1),
      (ok) => ok,
      { what, timeoutMs: 10_000 },
    );
  }

  /** An MT4 hub with counting tokens, through a TCP proxy when asked (so that the transport can be cut). */
  async function open(options: { proxied?: boolean; tokens?: CountingTokens } = {}) {
    const tokens = options.tokens ?? f.tokens();
    if (options.proxied) proxy = await startTcpProxy(Number(new URL(f.url).port));
    // The token endpoint is the simulator's own (tokenUrl), not behind the proxy.
    const { hub, platforms } = f.mt4(['demo'], {
      tokens,
      baseUrl: options.proxied ? `http://127.0.0.1:${proxy!.port}` : undefined,
    });
    const [mt4] = platforms;
    const states: string[] = [];
    subscriptions.add(hub.state$.subscribe((state) => states.push(state)));
    const seen = [watch(mt4.ticks('EURUSD')), watch(mt4.ticks('GBPUSD')), watch(mt4.platformStatus())];
    await receiving(seen.slice(0, 2), 'ticks');
    return { hub, mt4, tokens, seen, states };
  }

  function noErrors(seen: Seen[]): void {
    expect(seen.map((s) => s.errors.length + s.completions)).toEqual(seen.map(() => 0));
  }

  it("replaces an expired token on RxHub's restart after an abort: one token request, no refusal", async () => {
    const { hub, tokens, seen } = await open();
    expect(tokens.requests).toEqual([200]);
    await f.admin.expireTokens();
    const gone = hub.connectionId;
    await f.admin.abort('mt4');
    await waitFor(
      () => hub.connectionId,
      (id) => id !== undefined && id !== gone,
      { what: 'a new connection', timeoutMs: 10_000 },
    );
    await receiving(seen.slice(0, 2), 'ticks after the abort');
    noErrors(seen);
    // RxHub invalidated the token when the connection went, so the restart asked the endpoint for a new one.
    expect(tokens.requests).toEqual([200, 200]);
    expect(tokens.issued[1]).not.toBe(tokens.issued[0]);
    figures.expiredOnRestart = { tokenRequests: [...tokens.requests], accessTokenFactoryCalls: tokens.asked };
  });

  it("replaces an expired token on SignalR's reconnect after a transport drop", async () => {
    const { hub, tokens, seen, states } = await open({ proxied: true });
    await f.admin.expireTokens();
    const gone = hub.connectionId;
    proxy!.dropAll();
    await waitFor(
      () => hub.connectionId,
      (id) => id !== undefined && id !== gone,
      { what: 'a new connection', timeoutMs: 10_000 },
    );
    await receiving(seen.slice(0, 2), 'ticks after the drop');
    noErrors(seen);
    expect(states).toContain('Reconnecting');
    expect(tokens.requests).toEqual([200, 200]);
    figures.expiredOnReconnect = { tokenRequests: [...tokens.requests], accessTokenFactoryCalls: tokens.asked };
  });

  it('retries once with a fresh token when the server refuses a cached one that it has expired', async () => {
    const tokens = f.tokens();
    await open({ tokens }); // caches a token the provider believes good for five minutes
    await f.admin.expireTokens();
    // A second hub with the same provider starts a new connection with the cached, now refused, token.
    const second = await open({ tokens });
    noErrors(second.seen);
    expect(tokens.requests).toEqual([200, 200]);
    expect(tokens.invalidated).toBeGreaterThanOrEqual(1);
    figures.refusedCachedToken = { tokenRequests: [...tokens.requests], accessTokenFactoryCalls: tokens.asked };
  });

  /** After revocation: every subscriber gets one AuthenticationError; then nothing more happens. */
  async function revoked(hub: RxHub, tokens: CountingTokens, seen: Seen[], cut: () => unknown) {
    const askedBefore = tokens.asked;
    const requestsBefore = tokens.requests.length;
    await f.admin.revokeClient('rxhub-demo');
    const states: string[] = [];
    const watching = hub.state$.pipe(skip(1)).subscribe((state) => states.push(state));
    subscriptions.add(watching);
    const cutAt = Date.now();
    await cut();
    await waitFor(
      () => seen.every((s) => s.errors.length > 0),
      (ok) => ok,
      { what: 'every subscriber to get the error', timeoutMs: 15_000 },
    );
    const errorAfterMs = Date.now() - cutAt;
    for (const s of seen) {
      expect(s.errors).toHaveLength(1);
      expect(s.completions).toBe(0);
      expect(s.errors[0]).toBeInstanceOf(AuthenticationError);
      expect((s.errors[0] as Error).message).toMatch(/^Authentication failed: .*401/);
    }
    // Each attempt (a start, or one of SignalR's reconnect attempts) asks once for a token, and is refused.
    const attempts = tokens.asked - askedBefore;
    const requests = tokens.requests.slice(requestsBefore);
    expect(requests).toHaveLength(attempts);
    // No storm: nothing more, however long we wait; the hub went idle once, at the end, and stayed so.
    await sleep(2000);
    expect(tokens.asked - askedBefore).toBe(attempts);
    expect(states.filter((state) => state === 'Disconnected')).toHaveLength(1);
    expect(states.at(-1)).toBe('Disconnected');
    expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
    return { attempts, requests, errorAfterMs, message: (seen[0].errors[0] as Error).message };
  }

  it('fails a revoked client once and clearly after an abort, without a reconnect storm', async () => {
    const { hub, tokens, seen } = await open();
    const result = await revoked(hub, tokens, seen, () => f.admin.abort('mt4'));
    // RxHub's restart: one attempt with a fresh token, refused; one more after invalidating; then the error.
    expect(result.attempts).toBe(2);
    expect(result.requests).toEqual([401, 401]);
    figures.revokedAfterAbort = result;
  });

  it('fails a revoked client once and clearly after a transport drop, after a bounded number of attempts', async () => {
    const { hub, tokens, seen } = await open({ proxied: true });
    const result = await revoked(hub, tokens, seen, () => proxy!.dropAll());
    // SignalR's automatic reconnect tries once, refused at the token endpoint; hubConnectionFactory's policy stops it at
    // an authentication error; RxHub tries once more, refreshes once, and fails.
    expect(result.attempts).toBe(3);
    expect(result.requests.every((status) => status === 401)).toBe(true);
    figures.revokedAfterDrop = { ...result, signalrReconnect: quickReconnect };
  });
});
