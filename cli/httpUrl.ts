import { UsageError } from './UsageError';

/**
 * An option's value as an http(s) URL.
 *
 * @param name The option, for the message: `--url`.
 * @throws UsageError when the value is not an absolute http or https URL.
 */
export function httpUrl(name: string, text: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new UsageError(`${name} must be an http(s) URL, not ${JSON.stringify(text)}`);
  return url;
}
