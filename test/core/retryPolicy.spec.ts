import type { IRetryPolicy } from '@microsoft/signalr';
import { retryPolicy } from '../../src';

describe('retryPolicy', () => {
  const context = (previousRetryCount: number) => ({
    previousRetryCount,
    elapsedMilliseconds: 0,
    retryReason: new Error(),
  });

  it('takes a policy as it is', () => {
    const policy: IRetryPolicy = { nextRetryDelayInMilliseconds: () => 7 };
    expect(retryPolicy(policy)).toBe(policy);
  });

  it('turns backoff settings into a policy', () => {
    const policy = retryPolicy({ initialDelay: 0, baseDelay: 500, maxRetries: 3, jitter: 0 });
    expect([0, 1, 2, 3].map((count) => policy.nextRetryDelayInMilliseconds(context(count)))).toEqual([
      0,
      500,
      1000,
      null,
    ]);
  });

  it('is backoff() by default: 0, 1, 2, 4 s … up to 30 s, never giving up', () => {
    const policy = retryPolicy();
    const delays = [0, 1, 2, 3, 4, 5, 6, 100].map((count) => policy.nextRetryDelayInMilliseconds(context(count)));
    const bounds = [0, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000];
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(bounds[i] * 0.8);
      expect(delay).toBeLessThanOrEqual(bounds[i] * 1.2);
    });
  });
});
