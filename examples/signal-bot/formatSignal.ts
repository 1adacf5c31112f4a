import type { Signal } from './Signal';

/** `BUY EURUSD at 1.08512 (candle 10:04:00): SMA3 1.08520 crossed above SMA8 1.08500`. */
export function formatSignal(signal: Signal, lengths: { readonly fast: number; readonly slow: number }): string {
  const direction = signal.side === 'BUY' ? 'above' : 'below';
  return (
    `${signal.side} ${signal.symbol} at ${signal.price} (candle ${signal.time.toISOString().slice(11, 19)}): ` +
    `SMA${lengths.fast} ${round(signal.fast)} crossed ${direction} SMA${lengths.slow} ${round(signal.slow)}`
  );
}

function round(value: number): number {
  return Number(value.toPrecision(7));
}
