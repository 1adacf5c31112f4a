/** The two simple moving averages of a crossover, in candles: `fast` shorter than `slow`. */
export interface CrossoverConfig {
  readonly fast: number;
  readonly slow: number;
}
