import { cpus, totalmem } from 'node:os';

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A target of the issue: the figure measured against it and whether it is met. */
export interface Target {
  readonly id: string;
  readonly target: string;
  readonly figure: string;
  readonly met: boolean;
}

/** One benchmark's part of docs/benchmarks.md. */
export interface Section {
  readonly title: string;
  readonly text: readonly string[];
  readonly tables: readonly Table[];
  readonly targets: readonly Target[];
  /** Extra markdown after the tables (a plot, what limits a figure). */
  readonly after?: readonly string[];
}

export function machine(): string[] {
  const cpu = cpus();
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} logical cores`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- Node.js ${process.version} (${process.platform}/${process.arch}), V8 ${process.versions.v8}`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ];
}

/** A time given in ns, as the benchmarks write it: in ns below 10 µs, in µs below 10 ms, then in ms. */
export function ns(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e7) return `${(value / 1e6).toFixed(0)} ms`;
  if (abs >= 1e5) return `${(value / 1e3).toFixed(0)} µs`;
  if (abs >= 1e4) return `${(value / 1e3).toFixed(1)} µs`;
  return `${value.toFixed(0)} ns`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function bytes(value: number): string {
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs >= 2 ** 20) return `${sign}${(abs / 2 ** 20).toFixed(2)} MB`;
  if (abs >= 10 * 1024) return `${sign}${(abs / 1024).toFixed(1)} KB`;
  return `${sign}${abs.toFixed(0)} B`;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function met(ok: boolean): string {
  return ok ? 'met' : '**not met**';
}

export function markdownTable(table: Table): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(table.header), line(table.header.map(() => '---')), ...table.rows.map(line)];
}

/** A plain-text table for the terminal summary. */
export function textTable(table: Table): string[] {
  const widths = table.header.map((h, i) => Math.max(h.length, ...table.rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(table.header), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)];
}

export function targetsTable(targets: readonly Target[]): Table {
  return {
    header: ['#', 'target', 'measured', 'result'],
    rows: targets.map((t) => [t.id, t.target, t.figure, met(t.met)]),
  };
}

export function document(
  sections: readonly Section[],
  intro: readonly string[],
  notes: readonly string[] = [],
): string {
  const targets = sections.flatMap((s) => s.targets);
  const out: string[] = [
    '# Benchmarks',
    '',
    ...intro,
    '',
    '## Machine',
    '',
    ...machine(),
    '',
    '## Targets',
    '',
    ...markdownTable(targetsTable(targets)),
    '',
  ];
  for (const section of sections) {
    out.push(`## ${section.title}`, '', ...section.text, '');
    for (const table of section.tables) out.push(...markdownTable(table), '');
    if (section.targets.length) out.push(...markdownTable(targetsTable(section.targets)), '');
    if (section.after?.length) out.push(...section.after, '');
  }
  if (notes.length) out.push(...notes, '');
  return out.join('\n');
}

export function summary(sections: readonly Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    out.push('', `== ${section.title}`);
    for (const table of section.tables) out.push(...textTable(table), '');
  }
  out.push(
    '== Targets',
    ...textTable(targetsTable(sections.flatMap((s) => s.targets))).map((l) => l.replace(/\*\*/g, '')),
  );
  return out.join('\n');
}
