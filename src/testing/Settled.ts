/**
 * A thenable that runs its callbacks synchronously once settled, so that hub results scheduled on a
 * `TestScheduler` arrive in the very frame the marble says (a Promise would settle in a microtask, outside
 * virtual time).
 */
export class Settled<T> implements PromiseLike<T> {
  private status: 'pending' | 'fulfilled' | 'rejected' = 'pending';
  private outcome: unknown;
  private readonly callbacks: (() => void)[] = [];

  resolve(value: T): void {
    this.settle('fulfilled', value);
  }

  reject(reason: unknown): void {
    this.settle('rejected', reason);
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    const next = new Settled<R1 | R2>();
    const run = (): void => {
      const handler = this.status === 'fulfilled' ? onfulfilled : onrejected;
      if (!handler) {
        next.settle(this.status as 'fulfilled' | 'rejected', this.outcome);
        return;
      }
      try {
        const result = handler(this.outcome as T);
        if (isThenable(result))
          result.then(
            (value) => next.resolve(value),
            (reason) => next.reject(reason),
          );
        else next.resolve(result);
      } catch (error) {
        next.reject(error);
      }
    };
    if (this.status === 'pending') this.callbacks.push(run);
    else run();
    return next;
  }

  private settle(status: 'fulfilled' | 'rejected', outcome: unknown): void {
    if (this.status !== 'pending') return;
    this.status = status;
    this.outcome = outcome;
    for (const callback of this.callbacks.splice(0)) callback();
  }
}

function isThenable<T>(value: unknown): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | null)?.then === 'function';
}
