import { document, terminal, type Context, type SectionResult } from '../../bench/compareReport';
import type { Figure } from '../../bench/figures';
import { compareRounds } from '../../bench/verdict';

const section = '1. Per-tick client cost, in-process';
const trust = 'frames › OnTick (1 tick per frame) › rxhub trust';
const raw = 'frames › OnTick (1 tick per frame) › raw per tick';

function run(trustNs: number, rawNs: number): Figure[] {
  return [
    { section, name: raw, value: rawNs, unit: 'time' },
    { section, name: trust, value: trustNs, unit: 'time' },
  ];
}

const context: Context = {
  base: { hash: '6b52fe3'.padEnd(40, '0'), short: '6b52fe3', subject: 'the end of round 1' },
  head: 'abc1234',
  rounds: 1,
  load: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  minutes: 2,
  newOnly: ['7 validators'],
};

describe('compareReport', () => {
  it('lists a figure worse in both passes, with each pass’s change', () => {
    const results: SectionResult[] = [
      {
        name: '1 client cost',
        first: compareRounds([run(1000, 900)], [run(1100, 2000)]),
        rerun: compareRounds([run(1000, 900)], [run(1080, 900)]),
      },
    ];
    const doc = document(results, context);
    expect(doc).toContain('2 figures compared: 1 worse by > 5 %, 0 worse in the first pass only');
    expect(doc).toContain(`- ${section}: ${trust} (+10 %)`);
    expect(doc).toContain(`| ${trust} | lower | 1000 ns | 1100 ns | +10 % | 0.0 % | +8.0 % | **worse by > 5 %** |`);
    expect(doc).toContain(`| ${raw} | none | 900 ns | 2000 ns | +122 % | 0.0 % | ±0.0 % | not judged: not rxhub |`);
    expect(doc).toContain('not compared: 7 validators.');
    expect(terminal(results)).toMatch(/1 figure\(s\) worse by > 5 %$/);
  });

  it('calls a figure worse only in the first pass noise, and then none worse', () => {
    const results: SectionResult[] = [
      {
        name: '1 client cost',
        first: compareRounds([run(1000, 900)], [run(1100, 900)]),
        rerun: compareRounds([run(1000, 900)], [run(1010, 900)]),
      },
    ];
    const doc = document(results, context);
    expect(doc).toContain('No figure is worse by > 5 %.');
    expect(doc).toContain('| +1.0 % | worse by > 5 % in the first pass only (noise) |');
    expect(terminal(results)).toMatch(/no figure worse by > 5 %$/);
  });
});
