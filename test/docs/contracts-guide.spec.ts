import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('docs/contracts.md', () => {
  it('quotes the chat contract that the functional spec runs, verbatim', () => {
    const guide = readFileSync(join(root, 'docs/contracts.md'), 'utf8');
    const contract = readFileSync(join(root, 'docs/examples/chatContract.ts'), 'utf8');
    expect(guide).toContain(`\`\`\`ts\n${contract}\`\`\``);
  });
});
