/** The routing key of one symbol's ticks on one trade platform; a platform's own key is its name. */
export function tickKey(tradePlatform: string, symbol: string): string {
  return `${tradePlatform}\n${symbol}`;
}
