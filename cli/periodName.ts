import type { Period } from 'rxhub/operators';

/** A candle period as a label: `M1`, or `15s` for whole seconds. */
export function periodName(period: Period): string {
  return typeof period === 'number' ? `${period}s` : period;
}
