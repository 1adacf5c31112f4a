import * as t from 'io-ts';

/** The codec `enumeration` makes: a `t.keyof` that also takes a member's number. */
export class EnumerationType<K extends string> extends t.Type<K, K, unknown> {
  readonly _tag = 'EnumerationType' as const;

  constructor(
    /** The members, in the C# enum's order: a member's number is its place here. */
    readonly keys: { readonly [k in K]: unknown },
    name: string,
  ) {
    const members = Object.keys(keys) as K[];
    const is = (u: unknown): u is K => typeof u === 'string' && Object.prototype.hasOwnProperty.call(keys, u);
    const memberOf = (u: unknown): K | undefined =>
      is(u)
        ? u
        : // A member's number (a MessagePack server's enum without the string resolver): its name.
          typeof u === 'number' && Number.isInteger(u) && u >= 0 && u < members.length
          ? members[u]
          : undefined;
    super(
      name,
      is,
      (u, c) => {
        const member = memberOf(u);
        return member === undefined ? t.failure(u, c) : t.success(member);
      },
      t.identity,
    );
    this.memberOf = memberOf;
  }

  /** The member `u` names or numbers, if any: the decoding itself, which rxhub's fast pass calls directly. */
  readonly memberOf: (u: unknown) => K | undefined;
}

/**
 * A C# enum of the vendor's contract (members numbered 0, 1, 2... in order): its member's name as the JSON
 * protocol sends it, or its number, as a MessagePack server without the string-enum resolver sends it, both
 * decoded to the name. Encodes to the name. Declared as `t.keyof` is, members in the C# enum's order.
 *
 * @example
 * ```ts
 * import { enumeration } from 'rxhub';
 *
 * const MarginLevelType = enumeration({ Ok: null, MarginCall: null, StopOut: null }, 'MarginLevelType');
 * MarginLevelType.decode('StopOut'); // right('StopOut')
 * MarginLevelType.decode(2); // right('StopOut')
 * ```
 */
export function enumeration<D extends { readonly [k: string]: unknown }>(
  keys: D,
  name: string,
): EnumerationType<keyof D & string> {
  return new EnumerationType(keys as { readonly [k in keyof D & string]: unknown }, name);
}
