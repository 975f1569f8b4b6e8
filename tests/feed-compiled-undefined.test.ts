import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { CHECKED, FAILED } from './helpers/feed-checks.js';

/**
 * A feed made in JavaScript (not parsed from JSON) may hold keys whose value is `undefined`. The
 * generated checks let an optional entry that is `undefined` pass without a call (issue 20): the
 * same answer and output as valibot, for required and optional keys alike.
 */
const VALID: Record<string, Record<string, unknown>> = {
  meetings: {
    id: 'm1',
    number: 3,
    date: '2016-02-16',
    endDate: '2016-02-17',
    title: 'Third',
    location: 'Geneva',
  },
  documents: {
    id: 'd1',
    symbol: 'CWG/1',
    title: { en: 'Report' },
    date: '2016-02-16',
    meeting: 'm1',
    type: 'report',
    summary: 'Summary',
    topics: ['t1'],
    files: [{ lang: 'en', url: 'https://example.org/a.pdf', format: 'pdf', bytes: 10 }],
  },
  resources: {
    id: 's1',
    title: 'Helpline',
    url: 'https://example.org/',
    description: 'Help',
    scope: 'national',
    countries: ['EG'],
    region: 'africa',
    kind: 'helpline',
    stakeholder: 'youth',
    topics: ['t1'],
    languages: ['ar'],
  },
};

describe('generated checks: keys whose value is undefined', () => {
  for (const [name, valid] of Object.entries(VALID)) {
    const [schema, check] = CHECKED[name]!;
    it(`${name}: the same answer and output as valibot`, () => {
      let passed = 0;
      fc.assert(
        fc.property(
          fc.subarray(Object.keys(valid), { minLength: 1 }),
          fc.subarray(['lang', 'url', 'format', 'bytes']),
          (keys, fileKeys) => {
            const value: Record<string, unknown> = structuredClone(valid);
            for (const key of keys) value[key] = undefined;
            if (Array.isArray(value['files']))
              for (const key of fileKeys) (value['files'][0] as Record<string, unknown>)[key] = undefined;
            const expected = v.safeParse(schema, value);
            const read = check(value);
            expect(read === FAILED, JSON.stringify([keys, fileKeys])).to.equal(!expected.success);
            if (expected.success) {
              passed++;
              expect(read).to.deep.equal(expected.output);
            }
          },
        ),
        { numRuns: 400, seed: 20 },
      );
      expect(passed, 'some pass').to.be.greaterThan(10);
    });
  }
});
