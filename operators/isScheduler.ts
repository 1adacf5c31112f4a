import type { SchedulerLike } from 'rxjs';

/**
 * Whether an optional argument is the scheduler rather than a config, for operators whose config may be left out.
 *
 * @internal
 */
export function isScheduler(value: unknown): value is SchedulerLike {
  return typeof (value as SchedulerLike | undefined)?.schedule === 'function';
}
