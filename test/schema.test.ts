import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printedSchema } from '../src/app/print-schema';

describe('schema.graphql', () => {
  it('is the printed schema of the code (run `npm run schema:print` after changing types)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printedSchema());
  });
});
