import { isSignal, untracked, type Signal } from '@angular/core';

/** A value, or a signal's current value, read without tracking it. */
export function read<T>(value: T | Signal<T>): T {
  return isSignal(value) ? untracked(value) : value;
}
