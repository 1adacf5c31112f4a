import { readdirSync } from 'node:fs';
import * as rxhub from '../src';

// rxhub-codegen writes a codec per vendor type: each must reach users, under its own name.
describe("rxhub's entry point", () => {
  const codecs = readdirSync('src/cplugin/codecs')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3));

  it.each(codecs)('exports the codec %s', (name) => {
    expect(rxhub).toHaveProperty(name);
  });
});
