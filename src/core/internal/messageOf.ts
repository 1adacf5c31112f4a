import { redact } from './redact';

/** The message of anything thrown, with secrets removed. */
export function messageOf(error: unknown): string {
  return redact(error instanceof Error ? error.message : String(error));
}
