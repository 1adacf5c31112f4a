import * as t from 'io-ts';
import * as v from 'valibot';
import { z } from 'zod';
import { Tick } from '../src';
import { decoder } from '../src/core/internal/check';
import { wireTime } from '../src/cplugin/internal/wireTime';
import { rounds } from './measure';
import { wireTick } from './mt4';
import { ns, ratio, type Section } from './report';

const TICKS = 2000;

/** `DateTime` and `nullable` as zod 4 writes them: the same `wireTime` read, so the validators do the same work. */
const zodTick = z.object({
  symbol: z
    .string()
    .nullish()
    .transform((symbol) => symbol ?? undefined),
  bid: z.number(),
  ask: z.number(),
  lastTime: z
    .string()
    .transform((text, context) => {
      const ms = wireTime(text);
      if (!Number.isNaN(ms)) return new Date(ms);
      context.issues.push({ code: 'custom', message: 'DateTime', input: text });
      return z.NEVER;
    })
    .nullish()
    .transform((time) => time ?? undefined),
});

/** The same in valibot. */
const valibotTick = v.object({
  symbol: v.pipe(
    v.nullish(v.string()),
    v.transform((symbol) => symbol ?? undefined),
  ),
  bid: v.number(),
  ask: v.number(),
  lastTime: v.pipe(
    v.nullish(
      v.pipe(
        v.string(),
        v.transform(wireTime),
        v.check((ms) => !Number.isNaN(ms), 'DateTime'),
        v.transform((ms) => new Date(ms)),
      ),
    ),
    v.transform((time) => time ?? undefined),
  ),
});

/**
 * (7) Per-tick decode with each kind of validator a contract takes, on the same wire ticks parsed afresh for each
 * sample: io-ts (alone, through rxhub's compiled pass, and with Tick's hand-written fast pass), zod 4 and valibot
 * (alone, and through rxhub's Standard Schema adapter, as topics run them).
 */
export async function validators(): Promise<Section> {
  const frames = Array.from({ length: TICKS }, (_, i) =>
    JSON.stringify((wireTick('S00000', i) as { tick: unknown }).tick),
  );
  const contenders: readonly (readonly [string, (tick: unknown) => unknown])[] = [
    ['io-ts `Tick.decode`', (tick) => Tick.decode(tick)],
    ["io-ts, rxhub's compiled pass (`decoder(t.type(Tick.props))`)", decoder(t.type(Tick.props))],
    ["io-ts, Tick's hand-written fast pass (`decoder(Tick)`, what MT4 topics use)", decoder(Tick)],
    ['zod 4 `safeParse`', (tick) => zodTick.safeParse(tick)],
    ["zod 4 through rxhub's adapter (`decoder(schema)`)", decoder(zodTick)],
    ['valibot `safeParse`', (tick) => v.safeParse(valibotTick, tick)],
    ["valibot through rxhub's adapter (`decoder(schema)`)", decoder(valibotTick)],
  ];
  check(frames[0], contenders);
  let sink: unknown;
  const { ns: cost, rounds: perRound } = await rounds(
    '(7) validators',
    contenders.map(([name, decode]) => ({
      name,
      run: () => {
        const ticks = frames.map((frame) => JSON.parse(frame) as unknown);
        const start = performance.now();
        for (let i = 0; i < ticks.length; i++) sink = decode(ticks[i]);
        return { ms: performance.now() - start, items: ticks.length };
      },
    })),
    { rounds: 9, time: 150, warmup: 30 },
  );
  if (sink === undefined) throw new Error('nothing decoded');
  const base = contenders[1][0];
  const relative = (name: string): number =>
    perRound[name].map((value, round) => value / perRound[base][round]).sort((a, b) => a - b)[
      Math.floor(perRound[name].length / 2)
    ];
  return {
    title: '7. Per-tick decode by validator',
    text: [
      `The same ${TICKS} wire ticks (\`{ symbol, bid, ask, lastTime }\`, as the MT4 hub sends them), parsed afresh`,
      "for each sample as SignalR parses them, decoded to the same value by each kind of validator a contract takes: `Tick`'s",
      'io-ts codec, and a zod 4 and a valibot schema written to do the same work (the same `wireTime` read of the',
      'time, a `Date`, `null` as `undefined`). Each is timed alone and as rxhub runs it on a topic (`decoder`:',
      "the compiled pass for io-ts, the Standard Schema's own `validate` for the others). Per tick, median over 9",
      "rounds; the ratio is to io-ts through rxhub's compiled pass, the median of the rounds' ratios.",
    ],
    tables: [
      {
        header: ['validator', 'per tick', 'vs compiled io-ts'],
        rows: contenders.map(([name]) => [name, ns(cost[name]), ratio(relative(name))]),
      },
    ],
    targets: [],
  };
}

/** Every contender decodes a tick to the same value, or the comparison means nothing. */
function check(frame: string, contenders: readonly (readonly [string, (tick: unknown) => unknown])[]): void {
  const expected = JSON.stringify(decoder(Tick)(JSON.parse(frame)));
  for (const [name, decode] of contenders) {
    const result = decode(JSON.parse(frame)) as {
      _tag?: string;
      right?: unknown;
      success?: boolean;
      output?: unknown;
      data?: unknown;
    };
    const value = result._tag === 'Right' ? result.right : result.success ? (result.data ?? result.output) : result;
    if (JSON.stringify(value) !== expected)
      throw new Error(`${name} decodes to ${JSON.stringify(value)}, not ${expected}`);
  }
}
