import { formatFigure } from './figures';
import { machine, markdownTable, textTable, type Table } from './report';
import { confirmed, THRESHOLD, type Comparison, type Comparisons, type Verdict } from './verdict';

export interface Commit {
  readonly hash: string;
  readonly short: string;
  readonly subject: string;
}

/** One section compared: its first pass, and a rerun when a figure came out worse in the first. */
export interface SectionResult {
  readonly name: string;
  readonly first: Comparisons;
  readonly rerun?: Comparisons;
}

export interface Context {
  readonly base: Commit;
  readonly head: string;
  readonly rounds: number;
  readonly load: readonly [number[], number[]];
  readonly minutes: number;
  readonly newOnly: readonly string[];
}

export const LIMIT = `${THRESHOLD * 100} %`;

const LABELS: Record<Verdict, string> = {
  worse: `**worse by > ${LIMIT}**`,
  noise: `worse by > ${LIMIT} in the first pass only (noise)`,
  better: `better by > ${LIMIT}`,
  within: `within ${LIMIT}`,
  'not judged': 'not judged: not rxhub',
};

function tableOf(result: SectionResult): Table {
  const reruns = new Map(result.rerun?.compared.map((c) => [c.name, c]));
  const header = ['figure', 'better', 'old', 'new', 'change', 'rounds spread'];
  if (result.rerun) header.push('change in the rerun');
  return {
    header: [...header, 'verdict'],
    rows: result.first.compared.map((c) => {
      const rerun = reruns.get(c.name);
      const row = [c.name, c.better, formatFigure(c.old, c.unit), formatFigure(c.new, c.unit), signed(c.change)];
      row.push(percent(c.noise));
      if (result.rerun) row.push(rerun ? signed(rerun.change) : '—');
      return [...row, LABELS[confirmed(c, rerun)]];
    }),
  };
}

function verdicts(results: readonly SectionResult[]): { figure: Comparison; verdict: Verdict }[] {
  return results.flatMap((result) =>
    result.first.compared.map((figure) => ({
      figure,
      verdict: confirmed(
        figure,
        result.rerun?.compared.find((c) => c.name === figure.name),
      ),
    })),
  );
}

export function terminal(results: readonly SectionResult[]): string {
  const out: string[] = [];
  for (const result of results) {
    out.push('', `== ${result.name}`, ...textTable(tableOf(result)).map((line) => line.replace(/\*\*/g, '')));
  }
  const worse = verdicts(results).filter((v) => v.verdict === 'worse');
  out.push('', worse.length ? `${worse.length} figure(s) worse by > ${LIMIT}` : `no figure worse by > ${LIMIT}`);
  return out.join('\n');
}

export function document(results: readonly SectionResult[], context: Context): string {
  const all = verdicts(results);
  const count = (verdict: Verdict): number => all.filter((v) => v.verdict === verdict).length;
  const worse = all.filter((v) => v.verdict === 'worse');
  const [before, after] = context.load;
  const out = [
    '# Benchmarks: the previous code against this one',
    '',
    'Written by `npm run bench:compare` (`bench/compare.ts`): do not edit by hand. It exports the old commit with',
    '`git archive` into a temporary folder, installs it (`npm ci`), and runs each side’s own `bench/index.ts`',
    '(its own tsx, tsconfig and simulator; neither tree is changed) once per section and side, interleaved: old',
    'then new in odd rounds, new then old in even ones, so that a change of machine load does not fall on one side.',
    'Each figure is the median over rounds of what the summary of `npm run bench` prints for it (each of which is',
    `already a median over that benchmark's own rounds). A figure moved by more than ${LIMIT} against the`,
    'way it improves is worse; a section with one is run again alone, and a figure worse only in its first pass is',
    'noise. "Rounds spread" is the larger of the two sides’ (max − min) / median over rounds: how much the machine',
    'moved it. Figures of code that is not rxhub (the raw SignalR client, the naive and hand-written routers, the',
    'simulator) are the same code on both sides: their change is the noise of the run, and they are not judged.',
    '',
    `- Old: \`${context.base.short}\` (${context.base.subject})`,
    `- New: \`${context.head}\``,
    `- Rounds: ${context.rounds} per section and side`,
    `- Load average ${before.map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min) at the start, ` +
      `${after.map((l) => l.toFixed(2)).join(' / ')} at the end; the run took ${context.minutes.toFixed(1)} minutes`,
    ...machine(),
    '',
    '## Summary',
    '',
    `${all.length} figures compared: ${count('worse')} worse by > ${LIMIT}, ${count('noise')} worse in ` +
      `the first pass only, ${count('better')} better by > ${LIMIT}, ${count('within')} within ` +
      `${LIMIT}, ${count('not judged')} not judged.`,
    '',
    ...(worse.length
      ? [
          `Worse by > ${LIMIT} in both passes:`,
          '',
          ...worse.map((v) => `- ${v.figure.section}: ${v.figure.name} (${signed(v.figure.change)})`),
        ]
      : [`No figure is worse by > ${LIMIT}.`]),
    '',
  ];
  if (context.newOnly.length) {
    out.push(`Sections with no counterpart in the old code, not compared: ${context.newOnly.join(', ')}.`, '');
  }
  for (const result of results) {
    const sections = [...new Set(result.first.compared.map((c) => c.section))];
    out.push(`## ${sections.join(', ') || result.name}`, '', ...markdownTable(tableOf(result)), '');
    const only = [
      ...result.first.onlyOld.map((k) => `old only: ${k}`),
      ...result.first.onlyNew.map((k) => `new only: ${k}`),
    ];
    if (only.length) out.push('Figures of one side only:', '', ...only.map((line) => `- ${line}`), '');
  }
  return out.join('\n');
}

function percent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(fraction < 0.1 ? 1 : 0)} %` : '∞';
}

function signed(fraction: number): string {
  if (!Number.isFinite(fraction)) return fraction > 0 ? '+∞' : '−∞';
  const sign = fraction > 0 ? '+' : fraction < 0 ? '−' : '±';
  return `${sign}${percent(Math.abs(fraction))}`;
}
