import * as t from 'io-ts';

/**
 * A payload that does not match its codec: names the event (or method), the field path, the value and the
 * expected type.
 *
 * @example
 * ```ts
 * import * as t from 'io-ts';
 * import { DecodeError } from 'rxhub';
 *
 * const result = t.type({ bid: t.number }).decode({ bid: 'abc' });
 * if (result._tag === 'Left') console.log(DecodeError.from('OnTick', result.left).message);
 * // OnTick: invalid value "abc" at bid, expected number
 * ```
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';

  constructor(
    /** The event or hub method whose payload failed to decode. */
    readonly source: string,
    /** The field path, as `ticks[2].tick.bid`; empty for the payload itself. */
    readonly path: string,
    /** The offending value. */
    readonly value: unknown,
    /** The name of the expected type. */
    readonly expected: string,
  ) {
    super(`${source}: invalid value ${preview(value)} at ${path || '(payload)'}, expected ${expected}`);
  }

  /**
   * Builds the error from the first of io-ts's validation errors; `prefix` is where the decoded value sits in the
   * payload (e.g. `ticks[3]`).
   */
  static from(source: string, errors: t.Errors, prefix = ''): DecodeError {
    const { context, value } = errors[0];
    const path = pathOf(context);
    const full = prefix && path ? `${prefix}${path.startsWith('[') ? '' : '.'}${path}` : prefix || path;
    return new DecodeError(source, full, value, context[context.length - 1].type.name);
  }
}

function pathOf(context: t.Context): string {
  let path = '';
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1];
    if (parent.type instanceof t.IntersectionType || parent.type instanceof t.UnionType) continue;
    const key = context[i].key;
    path += Array.isArray(parent.actual) ? `[${key}]` : path ? `.${key}` : key;
  }
  return path;
}

const MAX_PREVIEW = 60;

function preview(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW)}… (${text.length} chars)` : text;
}
