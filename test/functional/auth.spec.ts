// Tokens against the simulator: refused credentials fail once and clearly; expired tokens are refreshed.
import { firstValueFrom, timeout, toArray } from 'rxjs';
import { AuthenticationError, MT4Hub } from '../../src';
import { simulatorHooks } from '../support/simulatorHooks';
import { waitFor } from '../support/waitFor';
import { simulatorFixture } from './fixtures';

describe('authentication against the simulator', () => {
  const sim = simulatorFixture();
  const subscriptions = simulatorHooks(sim, ['mt4']);

  it('fails a wrong client secret with one clear AuthenticationError, without a reconnect loop', async () => {
    const tokens = sim.tokens('wrong-secret');
    const attempts: number[] = [];
    const provider = {
      accessTokenFactory: () => (attempts.push(Date.now()), tokens.accessTokenFactory()),
      invalidate: () => tokens.invalidate(),
    };
    const mt4 = new MT4Hub(sim.rxHub('/hubs/mt4/v1', { tokens: provider }), { tradePlatform: 'demo' });
    const error = await firstValueFrom(mt4.ticks('EURUSD').pipe(toArray(), timeout(10_000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe(
      'Authentication failed: Failed to complete negotiation with the server: token request refused: HTTP 401 invalid_client',
    );
    expect((error as Error).message).not.toContain('wrong-secret');
    expect(attempts.length).toBeLessThanOrEqual(4);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts.length).toBeLessThanOrEqual(4);
    expect(mt4.hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  });

  it('fails a missing token with an AuthenticationError (HTTP 401)', async () => {
    const mt4 = new MT4Hub(sim.rxHub('/hubs/mt4/v1'), { tradePlatform: 'demo' });
    const error = await firstValueFrom(mt4.platformStatus().pipe(toArray(), timeout(10_000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/401/);
  });

  it('fetches a fresh token when the server has expired the old one, and carries on', async () => {
    const tokens = sim.tokens();
    const mt4 = new MT4Hub(sim.rxHub('/hubs/mt4/v1', { tokens }), { tradePlatform: 'demo' });
    const issued: string[] = [];
    let ticks = 0;
    const errors: unknown[] = [];
    subscriptions.add(mt4.ticks('EURUSD').subscribe({ next: () => ticks++, error: (e) => errors.push(e) }));
    await waitFor(
      () => ticks,
      (n) => n > 0,
      { what: 'a first tick' },
    );
    issued.push(await tokens.accessTokenFactory());

    await sim.admin.expireTokens();
    await sim.admin.abort('mt4');
    ticks = 0;
    await waitFor(
      () => ticks,
      (n) => n > 2,
      { what: 'ticks after the token was refreshed', timeoutMs: 10_000 },
    );
    expect(errors).toEqual([]);
    issued.push(await tokens.accessTokenFactory());
    expect(issued[1]).not.toBe(issued[0]);
  });
});
