/**
 * The length of a candle: a MetaTrader timeframe name (`M1` one minute … `H4` four hours, `D1` one day, `W1` one
 * week), or any whole number of seconds.
 */
export type Period = 'M1' | 'M5' | 'M15' | 'M30' | 'H1' | 'H4' | 'D1' | 'W1' | number;
