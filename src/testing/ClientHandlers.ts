/**
 * The handlers the client registered on a `TestHubConnection`, by lower-cased name as SignalR keeps them: the same
 * function twice is one handler, and every handler of a name is called, in order, with what the server sends.
 */
export class ClientHandlers {
  private readonly handlers = new Map<string, Set<(...args: any[]) => any>>();

  add(name: string, handler: (...args: any[]) => any): void {
    const key = name.toLowerCase();
    if (!this.handlers.has(key)) this.handlers.set(key, new Set());
    this.handlers.get(key)!.add(handler);
  }

  delete(name: string, handler: (...args: any[]) => any): void {
    const key = name.toLowerCase();
    this.handlers.get(key)?.delete(handler);
    if (this.handlers.get(key)?.size === 0) this.handlers.delete(key);
  }

  /** How many handlers there are for `name`, or for every name. */
  count(name?: string): number {
    if (name) return this.handlers.get(name.toLowerCase())?.size ?? 0;
    let count = 0;
    for (const set of this.handlers.values()) count += set.size;
    return count;
  }

  /** Calls every handler of `name` with `args`. */
  call(name: string, args: readonly unknown[]): void {
    for (const handler of this.of(name)) handler(...args);
  }

  /**
   * Asks the handlers of `name` for a client result and settles as SignalR's server would: with the one handler's
   * answer, or with the error text it sends back (a handler's error, no answer, or more than one).
   */
  async result(name: string, args: readonly unknown[]): Promise<unknown> {
    let result: unknown;
    let error: unknown;
    let answers = 0;
    for (const handler of this.of(name)) {
      try {
        const answer: unknown = await handler(...args);
        if (answer !== undefined) answers++;
        result = answer;
        error = undefined;
      } catch (thrown) {
        error = thrown;
      }
    }
    if (answers > 1) throw new Error('Client provided multiple results.');
    if (error !== undefined) throw new Error(`${error}`);
    if (result === undefined) throw new Error("Client didn't provide a result.");
    return result;
  }

  /** A copy of the handlers of `name`, so that a handler may add or remove handlers while they are called. */
  private of(name: string): ((...args: any[]) => any)[] {
    return [...(this.handlers.get(name.toLowerCase()) ?? [])];
  }
}
