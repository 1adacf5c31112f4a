/** A price with the symbol's decimal places, or a dash when there is none yet. */
export function formatPrice(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);
}
