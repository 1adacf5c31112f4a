import * as t from 'io-ts';

/** How orders on a symbol are executed: on request, instantly or at market. */
export const SymbolExecMode = t.keyof({ Request: null, Instant: null, Market: null }, 'SymbolExecMode');
export type SymbolExecMode = t.TypeOf<typeof SymbolExecMode>;
