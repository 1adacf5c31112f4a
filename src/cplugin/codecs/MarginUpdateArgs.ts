import * as t from 'io-ts';
import { MarginLevel } from './MarginLevel';
import { nullable } from './nullable';
import { TradePlatformId } from './TradePlatformId';

/** The payload of `OnMarginUpdate`: the margin levels of accounts of a trade platform. */
export const MarginUpdateArgs = t.type(
  { ...TradePlatformId.props, margins: nullable(t.array(MarginLevel)) },
  'MarginUpdateArgs',
);
export type MarginUpdateArgs = t.TypeOf<typeof MarginUpdateArgs>;
