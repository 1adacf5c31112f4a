import { UsageError } from './UsageError';

/**
 * An option's value as a number of seconds: positive, or with `zeroAllowed` non-negative.
 *
 * @param name The option, for the message: `--duration`.
 * @throws UsageError for anything else.
 */
export function parseSeconds(name: string, text: string, zeroAllowed = false): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0))
    throw new UsageError(
      `${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} number of seconds, not ${JSON.stringify(text)}`,
    );
  return value;
}
