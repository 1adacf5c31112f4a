import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tick } from '../../src/cplugin/codecs/Tick';

/** The ticks of a `test/fixtures/ticks` file (`timestamp_ms,bid,ask`); the symbol is the file name's prefix. */
export function readTicks(file: string): Tick[] {
  const symbol = file.split('-')[0];
  return readFileSync(join(__dirname, '..', 'fixtures', 'ticks', file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [time, bid, ask] = line.split(',').map(Number);
      return { symbol, bid, ask, lastTime: new Date(time) };
    });
}
