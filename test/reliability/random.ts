/** A small seeded PRNG (mulberry32), so that every random choice of a reliability spec can be replayed. */
export interface Random {
  readonly seed: number;
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/**
 * A seeded PRNG: the seed is `RXHUB_RELIABILITY_SEED` when set (to replay a failure), a fresh one otherwise.
 * Specs print it when they fail (`withSeed`).
 */
export function seeded(seed = seedFromEnv()): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

function seedFromEnv(): number {
  const fixed = process.env.RXHUB_RELIABILITY_SEED;
  if (fixed !== undefined && fixed !== '') {
    const seed = Number(fixed);
    if (!Number.isInteger(seed)) throw new Error(`RXHUB_RELIABILITY_SEED must be an integer, not '${fixed}'`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 32);
}

/** Runs `body`; when it fails, the error says which seed replays it. */
export async function withSeed<T>(random: Random, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const replay = `replay with RXHUB_RELIABILITY_SEED=${random.seed}`;
    if (error instanceof Error) {
      error.message = `${error.message}\n(${replay})`;
      throw error;
    }
    throw new Error(`${String(error)}\n(${replay})`);
  }
}
