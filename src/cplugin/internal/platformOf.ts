import { DecodeError } from '../../core/errors/DecodeError';
import { fieldOf } from './fieldOf';

/** The `tradePlatform` of a payload, or the error that says it has none. */
export function platformOf(event: string, payload: unknown): string | DecodeError {
  const platform = fieldOf(payload, 'tradePlatform');
  return typeof platform === 'string' ? platform : new DecodeError(event, 'tradePlatform', platform, 'string');
}
