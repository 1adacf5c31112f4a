// rxhub/angular is an entry point of its own: nothing that `rxhub` or `rxhub/operators` imports, however
// indirectly, reaches Angular or the angular/ folder; and the built package maps `rxhub/angular` in both formats.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

/** Every module `entry` imports, transitively: relative files resolved, packages by name. */
function imports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('/')) return;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*?from '([^']+)'/gm)) {
      if (!specifier.startsWith('.')) {
        seen.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      visit([`${base}.ts`, join(base, 'index.ts')].find(existsSync) ?? base);
    }
  };
  visit(join(root, entry));
  return seen;
}

describe('rxhub/angular as its own entry point', () => {
  it.each(['src/index.ts', 'operators/index.ts', 'src/testing/index.ts'])('%s never imports Angular', (entry) => {
    const reached = [...imports(entry)];
    expect(reached.length).toBeGreaterThan(5);
    expect(
      reached.filter((module) => module.startsWith('@angular/') || module.startsWith(join(root, 'angular') + '/')),
    ).toEqual([]);
  });

  it('is in the package exports, with @angular/core an optional peer dependency', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.exports['./angular']).toEqual({
      import: { types: './dist/esm/angular/index.d.ts', default: './dist/esm/angular/index.js' },
      require: { types: './dist/cjs/angular/index.d.ts', default: './dist/cjs/angular/index.js' },
    });
    expect(manifest.peerDependenciesMeta['@angular/core']).toEqual({ optional: true });
  });
});
