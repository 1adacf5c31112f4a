import { afterNextRender, inject, InjectionToken, PLATFORM_ID } from '@angular/core';

/**
 * Holds connections back until the app's first render in the browser, and for good on the server: a server render
 * never opens a socket, and a hydrating page connects once it is interactive.
 */
export interface RenderGate {
  /** Runs `start` now when the app has rendered, else when it first does (never, on the server). */
  after<T>(start: () => PromiseLike<T>): PromiseLike<T>;
}

/** The app's one gate, opened by its first render. */
export const RENDER_GATE = new InjectionToken<RenderGate>('RENDER_GATE', {
  providedIn: 'root',
  factory: () => {
    // The starts waiting for the first render; `undefined` once it happened.
    let waiting: (() => void)[] | undefined = [];
    if (inject(PLATFORM_ID) === 'browser') {
      afterNextRender(() => {
        const started = waiting ?? [];
        waiting = undefined;
        for (const start of started) start();
      });
    }
    return {
      after: <T>(start: () => PromiseLike<T>): PromiseLike<T> => {
        const queue = waiting;
        if (!queue) return start();
        return new Promise<T>((resolve, reject) => queue.push(() => start().then(resolve, reject)));
      },
    };
  },
});
