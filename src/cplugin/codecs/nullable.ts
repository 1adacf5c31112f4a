import * as t from 'io-ts';

/**
 * A field the vendor types as `A | undefined`: System.Text.Json sends `null`, an omitted field is `undefined`;
 * both decode to `undefined`, and `undefined` encodes to `null`.
 *
 * @example
 * ```ts
 * import * as t from 'io-ts';
 * import { nullable } from 'rxhub';
 *
 * nullable(t.string).decode(null); // right(undefined)
 * ```
 */
export function nullable<C extends t.Mixed>(codec: C): t.Type<t.TypeOf<C> | undefined, t.OutputOf<C> | null, unknown> {
  return new t.Type<t.TypeOf<C> | undefined, t.OutputOf<C> | null, unknown>(
    `${codec.name} | null`,
    (u): u is t.TypeOf<C> | undefined => u === undefined || codec.is(u),
    (u, c) => (u === null || u === undefined ? t.success(undefined) : codec.validate(u, c)),
    (a) => (a === undefined ? null : codec.encode(a)),
  );
}
