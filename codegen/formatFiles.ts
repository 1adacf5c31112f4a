import { resolve } from 'node:path';
import * as prettier from 'prettier';
import type { GeneratedFile } from './GeneratedFile';

/** The files formatted by prettier, as the project configures it for their paths under `out`. */
export function formatFiles(files: readonly GeneratedFile[], out: string): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async ({ path, text }) => {
      const filepath = resolve(out, path);
      const style = await prettier.resolveConfig(filepath);
      return { path, text: await prettier.format(text, { ...style, filepath }) };
    }),
  );
}
