// `npm run bench:compare -- [--base <rev>] [--rounds <n>] [section ...]`: the benchmarks of an earlier commit and of
// this working tree, side by side in one run; writes docs/benchmarks-compare.md (a full run only).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Commit, type Context, document, LIMIT, type SectionResult, terminal } from './compareReport';
import { figures, sectionNames, type Figure } from './figures';
import { progress } from './harness';
import { compareRounds, type Comparisons } from './verdict';

const DOC = 'docs/benchmarks-compare.md';
const DEFAULT_BASE = '6b52fe3';
// Three rounds let a busy machine through: routing flagged five figures in a run of three that a run of five found
// within 5 %, the hand-written router beside them moved as much.
const DEFAULT_ROUNDS = 5;
const ROOT = resolve(__dirname, '..');

interface Options {
  readonly base: string;
  readonly rounds: number;
  readonly only: readonly string[];
}

/** A tree whose `bench/index.ts` can run: its root, with its own node_modules. */
interface Side {
  readonly label: 'old' | 'new';
  readonly root: string;
}

let scratch: string | undefined;
let running: ChildProcess | undefined;

async function main(): Promise<void> {
  const options = optionsOf(process.argv.slice(2));
  const base = commitOf(options.base);
  // What is measured is the tree as it stands now, before the run.
  const head = headOf();
  const started = performance.now();
  const load = loadavg();
  scratch = mkdtempSync(join(tmpdir(), 'rxhub-bench-compare-'));
  const old: Side = { label: 'old', root: join(scratch, 'old') };
  const next: Side = { label: 'new', root: ROOT };
  progress(`exporting ${base.short} (${base.subject}) to ${old.root}`);
  exportCommit(base.hash, old.root);
  progress(`installing it (npm ci)`);
  await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: old.root, echo: false });

  const oldSections = sectionNames(readFileSync(join(old.root, 'bench', 'index.ts'), 'utf8'));
  const newSections = sectionNames(readFileSync(join(ROOT, 'bench', 'index.ts'), 'utf8'));
  const common = newSections.filter((name) => oldSections.includes(name));
  const chosen = common.filter((name) => !options.only.length || options.only.some((word) => name.includes(word)));
  if (!chosen.length)
    throw new Error(`no section of both sides matches ${options.only.join(' ')} (${common.join(', ')})`);
  // Each side's bench runs in a folder of its own making, so that its plot is not written into either tree.
  const cwd = join(scratch, 'cwd');
  mkdirSync(join(cwd, 'docs'), { recursive: true });

  const results: SectionResult[] = [];
  for (const [s, name] of chosen.entries()) {
    progress(`section ${s + 1}/${chosen.length}: ${name}`);
    const first = await section(name, old, next, cwd, options.rounds);
    const worse = first.compared.filter((c) => c.verdict === 'worse');
    let rerun: Comparisons | undefined;
    if (worse.length) {
      progress(`${name}: ${worse.length} figure(s) worse by > ${LIMIT}: running it again alone`);
      rerun = await section(name, old, next, cwd, options.rounds);
    }
    results.push({ name, first, ...(rerun && { rerun }) });
  }

  const minutes = (performance.now() - started) / 60_000;
  const context: Context = {
    base,
    head,
    rounds: options.rounds,
    load: [load, loadavg()],
    minutes,
    newOnly: newSections.filter((name) => !oldSections.includes(name)),
  };
  process.stdout.write(`${terminal(results)}\n`);
  if (!options.only.length) {
    writeFileSync(join(ROOT, DOC), document(results, context));
    progress(`wrote ${DOC}`);
  }
  progress(`done in ${minutes.toFixed(1)} min`);
}

function optionsOf(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string', default: DEFAULT_BASE },
      rounds: { type: 'string', default: `${DEFAULT_ROUNDS}` },
    },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--rounds must be a whole number ≥ 1, not ${values.rounds}`);
  return { base: values.base, rounds, only: positionals };
}

function commitOf(rev: string): Commit {
  let hash: string;
  try {
    hash = git('rev-parse', '--verify', '--quiet', `${rev}^{commit}`);
  } catch {
    throw new Error(`--base ${rev}: no such commit in ${ROOT}`);
  }
  try {
    git('cat-file', '-e', `${hash}:bench/index.ts`);
  } catch {
    throw new Error(`--base ${rev}: commit ${hash.slice(0, 7)} has no bench/index.ts to compare with`);
  }
  return { hash, short: hash.slice(0, 7), subject: git('log', '-1', '--format=%s', hash) };
}

function headOf(): string {
  const short = git('rev-parse', '--short', 'HEAD');
  return git('status', '--porcelain').length ? `${short} with uncommitted changes` : short;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** The commit's files, as `git archive` gives them: no checkout, nothing registered in the repository. */
function exportCommit(hash: string, into: string): void {
  mkdirSync(into);
  const archive = execFileSync('git', ['archive', '--format=tar', hash], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', into], { input: archive });
}

/** Runs both sides' benchmark `name`, interleaved (old first in odd rounds, new first in even), and compares. */
async function section(name: string, old: Side, next: Side, cwd: string, rounds: number): Promise<Comparisons> {
  const figuresOf: Record<Side['label'], Figure[][]> = { old: [], new: [] };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 ? [next, old] : [old, next]) {
      const start = performance.now();
      const summary = await benchOf(side, name, cwd);
      const found = figures(summary);
      if (!found.length) throw new Error(`${side.label}: ${name} printed no figures:\n${summary}`);
      figuresOf[side.label].push(found);
      const seconds = (performance.now() - start) / 1000;
      progress(
        `${name}: round ${round + 1}/${rounds}: ${side.label} done (${found.length} figures, ${seconds.toFixed(0)} s)`,
      );
    }
  }
  return compareRounds(figuresOf.old, figuresOf.new);
}

/** The summary `bench/index.ts <name>` prints on stdout, run by the side's own tsx and tsconfig. */
function benchOf(side: Side, name: string, cwd: string): Promise<string> {
  const tsx = join(side.root, 'node_modules', '.bin', 'tsx');
  const args = [
    '--expose-gc',
    '--tsconfig',
    join(side.root, 'tsconfig.json'),
    join(side.root, 'bench', 'index.ts'),
    name,
  ];
  return run(tsx, args, { cwd, echo: side.label });
}

/** Runs a command to its end and resolves to its stdout; its stderr is echoed line by line (or kept for an error). */
function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; echo: string | false },
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    running = child;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (options.echo)
        for (const line of chunk.split('\n')) if (line) process.stderr.write(`  ${options.echo} ${line}\n`);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running = undefined;
      if (code === 0) return resolvePromise(stdout);
      const tail = stderr.trim().split('\n').slice(-20).join('\n');
      reject(
        new Error(`${command} ${args.join(' ')} (in ${options.cwd}) ended with ${signal ?? `code ${code}`}:\n${tail}`),
      );
    });
  });
}

function cleanUp(): void {
  running?.kill('SIGTERM');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    progress(`${signal}: removing ${scratch ?? 'nothing'}`);
    cleanUp();
    process.exit(130);
  });
}

main().then(
  () => {
    cleanUp();
    process.exit(0);
  },
  (error: unknown) => {
    cleanUp();
    process.stderr.write(`[bench] compare failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
