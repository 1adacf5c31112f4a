import * as t from 'io-ts';
import { nullable } from './nullable';
import { TradePlatformId } from './TradePlatformId';

/** The payload of `OnDebug`: a diagnostic message of the server, with free-form data. */
export const DebugArgs = t.type(
  { ...TradePlatformId.props, category: nullable(t.string), message: nullable(t.string), data: t.unknown },
  'DebugArgs',
);
export type DebugArgs = t.TypeOf<typeof DebugArgs>;
