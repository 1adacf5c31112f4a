import { readdirSync } from 'node:fs';
import * as rxhub from '../src';

// rxhub-codegen writes a file per vendor type and hub: each must reach users, under its own name.
describe("rxhub's entry point", () => {
  const generated = (dir: string): string[] =>
    readdirSync(`src/cplugin/${dir}`)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -3));

  it.each(generated('codecs'))('exports the codec %s', (name) => {
    expect(rxhub).toHaveProperty(name);
  });

  it.each(generated('contracts'))('exports the contract %s', (name) => {
    expect(rxhub).toHaveProperty(name);
  });
});
