import * as t from 'io-ts';

/** Which way the last price of a symbol moved. */
export const SymbolPriceDirection = t.keyof({ Up: null, Down: null, None: null }, 'SymbolPriceDirection');
export type SymbolPriceDirection = t.TypeOf<typeof SymbolPriceDirection>;
