import type { Figure, Unit } from './figures';
import { median } from './harness';

/** Which way a figure improves; `none` for one that does not measure rxhub, judged by no one. */
export type Better = 'lower' | 'higher' | 'none';

/** How the new code's figure stands against the old code's. */
export type Verdict = 'worse' | 'better' | 'within' | 'not judged' | 'noise';

/** A change beyond this fraction of the old figure, either way, is worse or better; within it, the same. */
export const THRESHOLD = 0.05;

/** Matches a figure by the parts of its name (`table › row › column`) it gives; the first that matches rules. */
interface Rule {
  readonly table?: RegExp;
  readonly row?: RegExp;
  readonly column?: RegExp;
  /** Matches the row or the column (a table's name may mention a rate its figures are not). */
  readonly either?: RegExp;
  readonly better: Better;
}

// A figure is a cost (ns per tick, bytes, ms, a ratio of rxhub's cost to a baseline, a count of what is left or
// called) unless a rule says otherwise.
const rules: readonly Rule[] = [
  // Not rxhub's code, and the same code on both sides: the raw SignalR client, the naive and hand-written routers,
  // the simulator's send time and SignalR's own reconnect. Their change is the noise of the run.
  { column: /^(raw|naive|hand-written Map)\b(?! \/ rxhub$)/, better: 'none' },
  { column: /^(server send time|drop → reconnected)$/, better: 'none' },
  // What the benchmark feeds in, and conflate's output, which its design bounds rather than its speed.
  { row: /^ticks in$/, better: 'none' },
  { row: /^items out per second$/, column: /^with conflate$/, better: 'none' },
  // A baseline's cost over rxhub's; section 6's sustained rates, in ticks/s, and their ratios to the raw client's.
  { column: / \/ rxhub$/, better: 'higher' },
  { table: /^burst$/, better: 'higher' },
  { either: /\/s\b|per second/, better: 'higher' },
];

/** Which way the figure named `table › row › column` improves. */
export function betterOf(name: string): Better {
  const [table = '', row = '', column = ''] = name.split(' › ');
  const rule = rules.find(
    (r) =>
      (!r.table || r.table.test(table)) &&
      (!r.row || r.row.test(row)) &&
      (!r.column || r.column.test(column)) &&
      (!r.either || r.either.test(row) || r.either.test(column)),
  );
  return rule?.better ?? 'lower';
}

/** One figure of both sides: the medians over rounds and how the new one stands. */
export interface Comparison {
  readonly section: string;
  readonly name: string;
  readonly unit: Unit;
  readonly better: Better;
  readonly old: number;
  readonly new: number;
  /** (new − old) / |old|. */
  readonly change: number;
  /** The larger of the two sides' spreads over rounds, (max − min) / |median|: how far the rounds disagree. */
  readonly noise: number;
  readonly verdict: Verdict;
}

export interface Comparisons {
  /** The figures both sides have, in the new side's order. */
  readonly compared: readonly Comparison[];
  /** `section › name` of the figures only one side has. */
  readonly onlyOld: readonly string[];
  readonly onlyNew: readonly string[];
}

/**
 * Matches each figure of the old code's rounds with the new code's of the same section and name, and compares
 * their medians over rounds.
 */
export function compareRounds(
  oldRounds: readonly (readonly Figure[])[],
  newRounds: readonly (readonly Figure[])[],
): Comparisons {
  const olds = byKey(oldRounds);
  const news = byKey(newRounds);
  const compared: Comparison[] = [];
  for (const [key, next] of news) {
    const old = olds.get(key);
    if (!old) continue;
    const oldMedian = median(old.values);
    const newMedian = median(next.values);
    const change = relative(newMedian - oldMedian, oldMedian);
    const better = betterOf(next.figure.name);
    compared.push({
      section: next.figure.section,
      name: next.figure.name,
      unit: next.figure.unit,
      better,
      old: oldMedian,
      new: newMedian,
      change,
      noise: Math.max(spread(old.values), spread(next.values)),
      verdict: verdictOf(better, change),
    });
  }
  return {
    compared,
    onlyOld: [...olds.keys()].filter((key) => !news.has(key)),
    onlyNew: [...news.keys()].filter((key) => !olds.has(key)),
  };
}

/** The verdict once a figure's section ran again: worse in the first pass but not in the rerun is noise. */
export function confirmed(first: Comparison, rerun: Comparison | undefined): Verdict {
  return first.verdict === 'worse' && rerun && rerun.verdict !== 'worse' ? 'noise' : first.verdict;
}

function verdictOf(better: Better, change: number): Verdict {
  if (better === 'none') return 'not judged';
  const gain = better === 'lower' ? -change : change;
  return gain < -THRESHOLD ? 'worse' : gain > THRESHOLD ? 'better' : 'within';
}

interface Series {
  readonly figure: Figure;
  readonly values: number[];
}

function byKey(rounds: readonly (readonly Figure[])[]): Map<string, Series> {
  const series = new Map<string, Series>();
  for (const figures of rounds) {
    for (const figure of figures) {
      const key = `${figure.section} › ${figure.name}`;
      const known = series.get(key);
      if (known) known.values.push(figure.value);
      else series.set(key, { figure, values: [figure.value] });
    }
  }
  return series;
}

function relative(delta: number, base: number): number {
  if (base !== 0) return delta / Math.abs(base);
  return delta === 0 ? 0 : delta * Infinity;
}

function spread(values: readonly number[]): number {
  return relative(Math.max(...values) - Math.min(...values), median(values));
}
