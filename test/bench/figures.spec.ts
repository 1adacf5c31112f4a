import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figures, formatFigure, parseFigure, sectionNames } from '../../bench/figures';
import { summary, type Section } from '../../bench/report';

describe('parseFigure', () => {
  it.each([
    ['2241 ns', 2241, 'time'],
    ['20.4 µs', 20_400, 'time'],
    ['151 ms', 151e6, 'time'],
    ['1385 B', 1385, 'bytes'],
    ['164.6 KB', 164.6 * 1024, 'bytes'],
    ['79.95 MB', 79.95 * 2 ** 20, 'bytes'],
    ['−4984 B', -4984, 'bytes'],
    ['1.05×', 1.05, 'ratio'],
    ['17%', 17, 'percent'],
    ['97,553', 97_553, 'count'],
    ['3.48 M', 3.48e6, 'count'],
    ['0', 0, 'count'],
  ])('reads %s as %d (%s)', (cell, value, unit) => {
    expect(parseFigure(cell)).toEqual({ value: expect.closeTo(value, 6), unit });
  });

  it.each(['—', '79.95 MB → 79.98 MB', 'met', '1.76× (20.4 µs vs 11.6 µs)', ''])('reads no figure in "%s"', (cell) => {
    expect(parseFigure(cell)).toBeUndefined();
  });

  it.each([
    '2241 ns',
    '20.4 µs',
    '4485 µs',
    '151 ms',
    '1385 B',
    '164.6 KB',
    '79.95 MB',
    '1.05×',
    '17%',
    '97,553',
    '3.48 M',
  ])('writes %s back as the benchmarks write it', (cell) => {
    const { value, unit } = parseFigure(cell)!;
    expect(formatFigure(value, unit)).toBe(cell);
  });
});

describe('figures', () => {
  // Printed by report.ts's own summary, as `bench/index.ts` prints it on stdout.
  const sections: Section[] = [
    {
      title: '2. Routing scale',
      text: ['not printed'],
      tables: [
        {
          header: ['symbols', 'rxhub', 'vs 1 symbol', 'naive', 'vs 1 symbol'],
          rows: [
            ['1', '3417 ns', '1.00×', '3358 ns', '1.00×'],
            ['10,000', '4147 ns', '1.20×', '1156 µs', '340.99×'],
          ],
        },
        {
          header: ['ohlc memory', 'figure'],
          rows: [
            ['heap after GC while ticks flow: first → last', '77.90 MB → 77.93 MB'],
            ['spread (max − min) of those checkpoints', '29.8 KB'],
          ],
        },
      ],
      targets: [{ id: '2', target: '10,000 symbols ≤ 1.2×', figure: '1.20×', met: true }],
    },
    {
      title: '3. Fan-out',
      text: [],
      tables: [
        {
          header: ['subscribers', 'per extra subscriber'],
          rows: [
            ['1', '—'],
            ['100', '13 ns'],
          ],
        },
      ],
      targets: [],
    },
  ];

  it('names each number of each table by table, row and column, under its section; targets are left out', () => {
    expect(figures(summary(sections)).map(({ section, name, value, unit }) => [section, name, value, unit])).toEqual([
      ['2. Routing scale', 'symbols › 1 › rxhub', 3417, 'time'],
      ['2. Routing scale', 'symbols › 1 › rxhub vs 1 symbol', 1, 'ratio'],
      ['2. Routing scale', 'symbols › 1 › naive', 3358, 'time'],
      ['2. Routing scale', 'symbols › 1 › naive vs 1 symbol', 1, 'ratio'],
      ['2. Routing scale', 'symbols › 10,000 › rxhub', 4147, 'time'],
      ['2. Routing scale', 'symbols › 10,000 › rxhub vs 1 symbol', 1.2, 'ratio'],
      ['2. Routing scale', 'symbols › 10,000 › naive', 1_156_000, 'time'],
      ['2. Routing scale', 'symbols › 10,000 › naive vs 1 symbol', 340.99, 'ratio'],
      ['2. Routing scale', 'ohlc memory › spread (max − min) of those checkpoints › figure', 29.8 * 1024, 'bytes'],
      ['3. Fan-out', 'subscribers › 100 › per extra subscriber', 13, 'time'],
    ]);
  });

  it('finds nothing in a summary with no table', () => {
    expect(figures(summary([{ title: '5. Memory: not run', text: ['failed'], tables: [], targets: [] }]))).toEqual([]);
  });
});

describe('sectionNames', () => {
  it("reads the benchmarks' names from bench/index.ts, which its argv filters match", () => {
    const index = readFileSync(join(__dirname, '..', '..', 'bench', 'index.ts'), 'utf8');
    expect(sectionNames(index).slice(0, 6)).toEqual([
      '1 client cost',
      '2 routing',
      '3 fan-out',
      '4 ohlc and conflate',
      '5 memory',
      '6 loopback',
    ]);
  });

  it('fails clearly on a file without the list', () => {
    expect(() => sectionNames('main();')).toThrow('bench/index.ts has no `const benchmarks = [...]` list of sections');
  });
});
