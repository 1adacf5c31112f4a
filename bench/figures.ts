import { bytes, count, ns, ratio } from './report';

/** What a figure counts, which says how it is written: ns, B, ×, % or a plain number. */
export type Unit = 'time' | 'bytes' | 'ratio' | 'percent' | 'count';

/** One figure of a benchmark run: a number in a table of the summary `npm run bench` prints. */
export interface Figure {
  /** `table › row › column`, which two runs of the same section share. */
  readonly name: string;
  /** The section's title (`1. Per-tick client cost, in-process`). */
  readonly section: string;
  /** In ns for a time, in bytes for a size. */
  readonly value: number;
  readonly unit: Unit;
}

const TIME: Record<string, number> = { ns: 1, µs: 1e3, ms: 1e6, s: 1e9 };
const BYTES: Record<string, number> = { B: 1, KB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30 };
const NUMBER = /^([-−]?)([\d,]+(?:\.\d+)?)\s*(ns|µs|ms|s|B|KB|MB|GB|×|%|M)?$/;

/** The number a cell of a summary table holds, or undefined for a cell that is not one number (`—`, `a → b`). */
export function parseFigure(cell: string): Pick<Figure, 'value' | 'unit'> | undefined {
  const match = NUMBER.exec(cell.trim());
  if (!match) return undefined;
  const [, sign, digits, suffix = ''] = match;
  const number = (sign ? -1 : 1) * Number(digits.replace(/,/g, ''));
  if (suffix in TIME) return { value: number * TIME[suffix], unit: 'time' };
  if (suffix in BYTES) return { value: number * BYTES[suffix], unit: 'bytes' };
  if (suffix === '×') return { value: number, unit: 'ratio' };
  if (suffix === '%') return { value: number, unit: 'percent' };
  return { value: suffix === 'M' ? number * 1e6 : number, unit: 'count' };
}

/** A figure's value written as the benchmarks write it. */
export function formatFigure(value: number, unit: Unit): string {
  switch (unit) {
    case 'time':
      return ns(value);
    case 'bytes':
      return bytes(value);
    case 'ratio':
      return ratio(value);
    case 'percent':
      return `${value.toFixed(0)}%`;
    case 'count':
      return Math.abs(value) >= 1e6 ? `${(value / 1e6).toFixed(2)} M` : count(value);
  }
}

/**
 * Every figure of the summary that `bench/index.ts` prints on stdout (`report.ts`'s `summary`): under each
 * `== title` line, plain-text tables whose dashed line gives the width of each column. The first column names the
 * row; a column whose header repeats in its table (`vs 1 symbol`) is named after the column before it too. The
 * targets are left out: they repeat figures of the sections.
 */
export function figures(summary: string): Figure[] {
  const lines = summary.split('\n');
  const out: Figure[] = [];
  let section: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const title = /^== (.*)$/.exec(lines[i]);
    if (title) {
      section = title[1] === 'Targets' ? undefined : title[1];
      continue;
    }
    if (section === undefined || !/^-+( {2}-+)*$/.test(lines[i + 1] ?? '')) continue;
    const columns = columnsOf(lines[i + 1]);
    const header = columns.map((column) => cell(lines[i], column));
    const names = header.map((h, c) => (header.indexOf(h) === header.lastIndexOf(h) ? h : `${header[c - 1]} ${h}`));
    let row = i + 2;
    for (; row < lines.length && lines[row].trim(); row++) {
      const cells = columns.map((column) => cell(lines[row], column));
      for (let c = 1; c < cells.length; c++) {
        const figure = parseFigure(cells[c]);
        if (figure) out.push({ name: `${header[0]} › ${cells[0]} › ${names[c]}`, section, ...figure });
      }
    }
    i = row;
  }
  return out;
}

interface Column {
  readonly start: number;
  readonly end: number;
}

function columnsOf(dashes: string): Column[] {
  return [...dashes.matchAll(/-+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function cell(line: string, column: Column): string {
  return line.slice(column.start, column.end).trim();
}

/** The names of the benchmarks a `bench/index.ts` runs (its `benchmarks` list), which its argv filters match. */
export function sectionNames(index: string): string[] {
  const list = /const benchmarks\b[\s\S]*?\]\s*=\s*\[([\s\S]*?)\n\];/.exec(index);
  if (!list) throw new Error('bench/index.ts has no `const benchmarks = [...]` list of sections');
  return [...list[1].matchAll(/^\s*\['([^']+)',/gm)].map((match) => match[1]);
}
