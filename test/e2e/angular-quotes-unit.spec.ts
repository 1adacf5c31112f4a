// examples/angular-quotes' own unit tests, as an Angular 21 team runs them: `ng test` with Vitest (Angular's
// unit-test builder, in jsdom), a component under TestBed on rxhub/angular's providers and rxhub/testing's fake
// connection, with marbles. `npm test` in the example packs rxhub into it first.
import { stripVTControlCharacters } from 'node:util';
import { testExample } from './buildExample';

describe('examples/angular-quotes: ng test (Vitest)', () => {
  it('passes, with the spec of the app component run', async () => {
    const output = await testExample('angular-quotes');
    const plain = stripVTControlCharacters(output);
    expect(plain).toMatch(/src\/app\/app\.component\.spec\.ts \(1 test\)/);
    expect(plain).toMatch(/Tests\s+1 passed \(1\)/);
  }, 320_000);
});
