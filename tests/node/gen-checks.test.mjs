// src/feed/checks.generated.ts is made from the model (scripts/gen-checks.mjs, issue 20): the
// committed file must be what the script makes of today's src/feed/model.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT, render } from '../../scripts/gen-checks.mjs';

test('src/feed/checks.generated.ts is what scripts/gen-checks.mjs makes of the model (run it if not)', async () => {
  assert.equal(readFileSync(OUTPUT, 'utf8'), await render());
});

test('a check the generator does not know is refused, not guessed', async () => {
  const { generate } = await import('../../scripts/gen-checks.mjs');
  const schema = { kind: 'schema', type: 'date' };
  assert.throws(() => generate({ checkDate: [schema, 'A date object.'] }), /date/);
});
