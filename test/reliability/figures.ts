import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scale } from './scale';

/** Where the specs write the figures of their last run (gitignored); docs/reliability.md quotes them. */
export const figuresDir = resolve(__dirname, '..', '..', '.reliability');

/** Writes one scenario's figures of this run to `.reliability/<scenario>.<scale>.json`. */
export function writeFigures(scenario: string, figures: Record<string, unknown>): void {
  mkdirSync(figuresDir, { recursive: true });
  const file = join(figuresDir, `${scenario}.${scale.name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ scenario, scale: scale.name, at: new Date().toISOString(), ...figures }, null, 2)}\n`,
  );
}
