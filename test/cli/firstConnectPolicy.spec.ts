import type { RetryContext } from '@microsoft/signalr';
import { firstConnectPolicy } from '../../cli/firstConnectPolicy';

const context = (previousRetryCount: number, elapsedMilliseconds: number): RetryContext => ({
  previousRetryCount,
  elapsedMilliseconds,
  retryReason: new Error('lost'),
});

describe('firstConnectPolicy', () => {
  it('retries at once, then with backoff, until the first connection has taken timeoutMs', () => {
    const policy = firstConnectPolicy(1_000, () => false);
    expect(policy.nextRetryDelayInMilliseconds(context(0, 0))).toBe(0);
    expect(policy.nextRetryDelayInMilliseconds(context(1, 10))).toBeGreaterThan(0);
    expect(policy.nextRetryDelayInMilliseconds(context(3, 999))).toBeLessThanOrEqual(5_000);
    expect(policy.nextRetryDelayInMilliseconds(context(4, 1_000))).toBeNull();
  });

  it('retries for ever, at most 5 s (plus 20 % jitter) apart, once connected', () => {
    const policy = firstConnectPolicy(1_000, () => true);
    for (const retry of [0, 1, 5, 50]) {
      const delay = policy.nextRetryDelayInMilliseconds(context(retry, 3_600_000));
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(6_000);
    }
  });
});
