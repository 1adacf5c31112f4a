import { Bench } from 'tinybench';
import { median, progress, settle } from './harness';

/** One timed sample: the wall time of a batch and the items (ticks) it carried. */
export interface Sample {
  readonly ms: number;
  readonly items: number;
}

/** A task measured in rounds: each call runs one batch and says how long it took for how many items. */
export interface Task {
  readonly name: string;
  readonly run: () => Promise<Sample> | Sample;
}

export interface RoundsOptions {
  /** Rounds; each runs every task in turn, and the figure is the median over rounds. Default 7. */
  readonly rounds?: number;
  /** Time each task is sampled for in one round, in ms. Default 150. */
  readonly time?: number;
  /** Warm-up time per task and round, in ms. Default 40. */
  readonly warmup?: number;
  /** Checked after every round, e.g. that every tick reached its subscriber. */
  readonly verify?: () => void;
}

export interface Result {
  /** Median over rounds of each round's median per-item cost, in ns, by task name. */
  readonly ns: Record<string, number>;
  /** Each round's median per-item cost, in ns, by task name. */
  readonly rounds: Record<string, number[]>;
}

/**
 * Per-item cost of each task, side by side, with tinybench: every round samples every task (in alternating order,
 * so that none always runs first or right after a GC-heavy one); a round's figure is its median sample, and the
 * result is the median over rounds.
 */
export async function rounds(label: string, tasks: readonly Task[], options: RoundsOptions = {}): Promise<Result> {
  const { rounds = 7, time = 150, warmup = 40 } = options;
  const results: Record<string, number[]> = Object.fromEntries(tasks.map((task) => [task.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...tasks].reverse() : tasks;
    const bench = new Bench({ time, warmupTime: warmup, warmupIterations: 2, iterations: 5 });
    for (const task of order) {
      bench.add(task.name, async () => {
        const { ms, items } = await task.run();
        return { overriddenDuration: ms / items, overriddenIterationCost: ms };
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${label}: ${task.name} did not complete (${result.state})`);
      results[task.name].push(result.latency.p50 * 1e6);
    }
    options.verify?.();
    progress(
      `${label}: round ${round + 1}/${rounds} ` +
        tasks.map((task) => `${task.name} ${results[task.name].at(-1)!.toFixed(0)} ns`).join(', '),
    );
  }
  await settle();
  return {
    ns: Object.fromEntries(Object.entries(results).map(([name, values]) => [name, median(values)])),
    rounds: results,
  };
}

/**
 * The ratio of two tasks' costs as measured side by side: the median over rounds of each round's ratio, which a
 * change of machine load between rounds moves less than a ratio of medians.
 */
export function ratioOf(result: Result, a: string, b: string): number {
  const as = result.rounds[a];
  const bs = result.rounds[b];
  return median(as.map((value, round) => value / bs[round]));
}

/** One contender of a side-by-side comparison: how it delivers one pre-built frame. */
export interface Contender {
  readonly name: string;
  /** The frames it is fed, in a ring; every contender of a comparison should get the same ones. */
  readonly frames: readonly (string | ArrayBuffer)[];
  /** Ticks each frame carries. */
  readonly ticksPerFrame: number;
  /** Delivers one frame (e.g. `transport.push`). */
  readonly push: (frame: string | ArrayBuffer) => void;
  /** Frames per timed batch; default: the whole ring. */
  readonly batch?: number;
}

/**
 * Per-tick cost of each contender. A sample is one batch of frames pushed through the transport, up to the point
 * where the event loop has run everything they queued (the client's own promise continuations included), divided
 * by the ticks in the batch.
 */
export function compare(label: string, contenders: readonly Contender[], options: RoundsOptions = {}): Promise<Result> {
  return rounds(
    label,
    contenders.map((contender) => {
      const { frames, push, ticksPerFrame } = contender;
      const batch = Math.min(contender.batch ?? frames.length, frames.length);
      let position = 0;
      return {
        name: contender.name,
        run: async () => {
          const start = performance.now();
          for (let n = 0; n < batch; n++) {
            push(frames[position]);
            if (++position === frames.length) position = 0;
          }
          await settle();
          return { ms: performance.now() - start, items: batch * ticksPerFrame };
        },
      };
    }),
    options,
  );
}
