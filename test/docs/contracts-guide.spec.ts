import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('docs/contracts.md', () => {
  // The generated files import their neighbours by relative paths, so they are quoted as `typescript`, which the
  // examples spec leaves to the project's own type check.
  it.each([
    ['docs/examples/chatContract.ts', 'ts'],
    ['docs/examples/generated/contracts/ChatHubContract.ts', 'typescript'],
    ['docs/examples/generatedChatContract.ts', 'typescript'],
  ])('quotes %s, which the functional spec runs, verbatim', (file, fence) => {
    const guide = readFileSync(join(root, 'docs/contracts.md'), 'utf8');
    const contract = readFileSync(join(root, file), 'utf8');
    expect(guide).toContain(`\`\`\`${fence}\n${contract}\`\`\``);
  });
});
