import type { Figure } from '../../bench/figures';
import { betterOf, compareRounds, confirmed, THRESHOLD } from '../../bench/verdict';

// Which way each figure of sections 1–6 improves, named as bench/figures.ts names them (`table › row › column`).
describe('betterOf', () => {
  it.each([
    // 1. client cost: costs, and rxhub's cost over the raw client's; the raw client is not rxhub
    ['frames › OnTick (1 tick per frame) › raw per tick', 'none'],
    ['frames › OnTick (1 tick per frame) › rxhub trust', 'lower'],
    ['frames › OnTick (1 tick per frame) › trust / raw', 'lower'],
    ['frames › OnTicks (10 ticks per frame) › report / raw', 'lower'],
    // 2. routing: the naive and hand-written routers are not rxhub; naive / rxhub grows as rxhub gains
    ['symbols › 10,000 › rxhub', 'lower'],
    ['symbols › 10,000 › rxhub vs 1 symbol', 'lower'],
    ['symbols › 10,000 › naive', 'none'],
    ['symbols › 10,000 › naive vs 1 symbol', 'none'],
    ['symbols › 10,000 › naive / rxhub', 'higher'],
    ['symbols › 10,000 › hand-written Map', 'none'],
    ['symbols › 10,000 › hand-written Map vs 1 symbol', 'none'],
    // 3. fan-out
    ['subscribers › 100 › SubscribeToTicks calls', 'lower'],
    ['subscribers › 100 › rxhub per tick', 'lower'],
    ['subscribers › 100 › per extra subscriber', 'lower'],
    ['subscribers › 100 › raw per extra handler', 'none'],
    ['subscribers › 100 › raw / rxhub', 'higher'],
    // 4. ohlc and conflate: a table named after a rate does not make its CPU share a rate
    ['ticks › Tick with Date time (report/strict) › per tick', 'lower'],
    ['ticks › Tick with Date time (report/strict) › ticks/s (one core)', 'higher'],
    ['ohlc memory › heap per open window (10,000 symbols, one window each) › figure', 'lower'],
    ['conflate (the MT4 pipeline fed 100k ticks/s) › ticks in › without conflate', 'none'],
    ['conflate (the MT4 pipeline fed 100k ticks/s) › items out per second › without conflate', 'higher'],
    ['conflate (the MT4 pipeline fed 100k ticks/s) › items out per second › with conflate', 'none'],
    ['conflate (the MT4 pipeline fed 100k ticks/s) › CPU, % of one core (client and feeder) › with conflate', 'lower'],
    [
      'conflate (the MT4 pipeline fed 100k ticks/s) › most items of one symbol in one emission › with conflate',
      'lower',
    ],
    // 5. memory: bytes and what is left behind
    ['heap › per active topic: `MT4Hub.ticks(symbol)` with one subscriber (10,000 topics) › figure', 'lower'],
    ['state › after 10,000 cycles › connection handlers', 'lower'],
    // 6. loopback: sustained rates and their ratios; the server and SignalR's reconnect are not rxhub
    ['burst › OnTick × 50,000 › raw ticks/s', 'none'],
    ['burst › OnTick × 50,000 › rxhub report', 'higher'],
    ['burst › OnTick × 50,000 › report / raw', 'higher'],
    ['burst › OnTicks × 4,000 (50 ticks each) › trust / raw', 'higher'],
    ['burst › OnTick × 50,000 › server send time', 'none'],
    ['reconnect › drop 1 › drop → reconnected', 'none'],
    ['reconnect › drop 1 › reconnected → all resubscribed', 'lower'],
    ['reconnect › drop 1 › raw client, same work', 'none'],
  ])('%s: %s is better', (name, better) => {
    expect(betterOf(name)).toBe(better);
  });
});

function figure(name: string, value: number, section = '1. Per-tick client cost, in-process'): Figure {
  return { name, section, value, unit: 'time' };
}

describe('compareRounds', () => {
  const cost = 'frames › OnTick (1 tick per frame) › rxhub trust';
  const rate = 'burst › OnTick × 50,000 › rxhub report';
  const raw = 'frames › OnTick (1 tick per frame) › raw per tick';

  it('matches figures by section and name, and compares their medians over rounds', () => {
    const { compared } = compareRounds(
      [[figure(cost, 1000)], [figure(cost, 9000)], [figure(cost, 1100)]],
      [[figure(cost, 1210)], [figure(cost, 1000)], [figure(cost, 1200)]],
    );
    expect(compared).toEqual([
      {
        section: '1. Per-tick client cost, in-process',
        name: cost,
        unit: 'time',
        better: 'lower',
        old: 1100,
        new: 1200,
        change: 100 / 1100,
        noise: 8000 / 1100,
        verdict: 'worse',
      },
    ]);
  });

  it('judges a cost worse when it grows beyond the threshold, and a rate when it falls beyond it', () => {
    const at = (old: number, next: number, name: string): string =>
      compareRounds([[figure(name, old)]], [[figure(name, next)]]).compared[0].verdict;
    const edge = 1 + THRESHOLD;
    expect([at(100, 106, cost), at(100, 100 * edge, cost), at(100, 94, cost)]).toEqual(['worse', 'within', 'better']);
    expect([at(100, 94, rate), at(100, 100 / edge, rate), at(100, 106, rate)]).toEqual(['worse', 'within', 'better']);
    expect(at(100, 200, raw)).toBe('not judged');
  });

  it('measures a change from zero or from a negative figure against its size', () => {
    const heap = 'heap › after 10,000 more cycles, vs after the first 10,000 › figure';
    const change = (old: number, next: number): number =>
      compareRounds([[figure(heap, old)]], [[figure(heap, next)]]).compared[0].change;
    expect([change(0, 0), change(0, 10), change(-100, -50), change(-100, -150)]).toEqual([0, Infinity, 0.5, -0.5]);
  });

  it('lists the figures that only one side has, by section and name', () => {
    const result = compareRounds(
      [[figure(cost, 1), figure('frames › gone › rxhub', 1)]],
      [[figure(cost, 1), figure(cost, 1, '2. Routing scale')]],
    );
    expect(result.compared.map((c) => c.name)).toEqual([cost]);
    expect(result.onlyOld).toEqual(['1. Per-tick client cost, in-process › frames › gone › rxhub']);
    expect(result.onlyNew).toEqual([`2. Routing scale › ${cost}`]);
  });
});

describe('confirmed', () => {
  const name = 'frames › OnTick (1 tick per frame) › rxhub trust';
  const pass = (old: number, next: number) => compareRounds([[figure(name, old)]], [[figure(name, next)]]).compared[0];

  it('keeps a figure worse only when the rerun finds it worse too; otherwise it was noise', () => {
    expect(confirmed(pass(100, 110), pass(100, 108))).toBe('worse');
    expect(confirmed(pass(100, 110), pass(100, 101))).toBe('noise');
    expect(confirmed(pass(100, 110), undefined)).toBe('worse');
    expect(confirmed(pass(100, 100), pass(100, 110))).toBe('within');
  });
});
