/**
 * What a hub does with a payload that does not match its codec:
 * - `report`: skip the item and publish a `DecodeError` on `errors$`; the items around it still arrive;
 * - `strict`: error the observable with that `DecodeError`;
 * - `trust`: no validation at all, for measured hot paths.
 */
export type DecodePolicy = 'report' | 'strict' | 'trust';
