import type { Period } from 'rxhub/operators';

const NAMED_PERIODS = ['M1', 'M5', 'M15', 'M30', 'H1', 'H4', 'D1', 'W1'];

/**
 * A candle period by name (`M1`, `m5`, … `W1`) or as a whole number of seconds (`15`); `undefined` for anything
 * else, for the program to refuse in its words.
 */
export function parsePeriod(text: string): Period | undefined {
  const name = text.toUpperCase();
  if (NAMED_PERIODS.includes(name)) return name as Period;
  const seconds = Number(text);
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : undefined;
}
