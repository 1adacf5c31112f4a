/**
 * The one knob of the reliability suite: `RXHUB_RELIABILITY=full` (what `npm run test:reliability` sets) runs the
 * long soak and the bigger counts; anything else runs the bounded scale that `npm test` includes.
 */
export const full = process.env.RXHUB_RELIABILITY === 'full';

/** Every count and duration the reliability specs use, at the scale of this run. */
export const scale = full
  ? {
      name: 'full',
      /** Forced disconnects: admin abort-alls over the run. */
      aborts: 60,
      /** Forced disconnects: topics held at once, over three trade platforms. */
      topics: 50,
      /** Malformed payloads: bad payloads per round, and rounds (memory is compared between rounds). */
      fuzzBad: 400,
      fuzzRounds: 12,
      /** Slow consumer: ticks in the firehose. */
      firehose: 500_000,
      /** Soak: how long, in ms. */
      soakMs: 5 * 60_000,
      /** Hub errors: failure rounds. */
      hubErrorRounds: 20,
    }
  : {
      name: 'bounded',
      aborts: 20,
      topics: 50,
      fuzzBad: 200,
      fuzzRounds: 4,
      firehose: 150_000,
      soakMs: 30_000,
      hubErrorRounds: 5,
    };

export type Scale = typeof scale;
