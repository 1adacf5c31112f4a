import type { NgZone } from '@angular/core';
import type { SchedulerAction, SchedulerLike, Subscription } from 'rxjs';

/** `scheduler`, with every timer set outside the Angular zone: a linger or restart timer is no zone task. */
export function outsideAngular(zone: NgZone, scheduler: SchedulerLike): SchedulerLike {
  return {
    now: () => scheduler.now(),
    schedule<T>(work: (this: SchedulerAction<T>, state?: T) => void, delay?: number, state?: T): Subscription {
      return zone.runOutsideAngular(() => scheduler.schedule(work, delay, state));
    },
  };
}
