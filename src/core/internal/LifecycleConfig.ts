import type { IRetryPolicy } from '@microsoft/signalr';
import type { SchedulerLike } from 'rxjs';

/** How the lifecycle runs the connection: `RxHubConfig`, with its defaults resolved. */
export interface LifecycleConfig {
  readonly scheduler: SchedulerLike;
  readonly restart: IRetryPolicy;
  readonly isAuthError: (error: unknown) => boolean;
  readonly linger: number;
  readonly tokens?: { invalidate(): void };
}

/** How many refusals in a row (closes with an error, with nothing accepted in between) make RxHub give up. */
export const REFUSALS = 5;
