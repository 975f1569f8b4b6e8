import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/elements/document-list/define.js';
import { FeedError, parseJson, parseJsonInSlices, placeJsonError } from '../src/feed/load.js';
import { largeCommaError } from './helpers/feed-document.js';

/** What parsing `text` gives: the value, or the `invalid-json` error with its place and message. */
async function outcome(parse: () => unknown): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await parse() };
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('invalid-json');
    const placed = await placeJsonError(error as FeedError);
    return { error: [placed.message, placed.place] };
  }
}

/** parseJsonInSlices gives what parseJson gives: the same value, or the same error, place and all. */
async function same(text: string): Promise<void> {
  const expected = await outcome(() => parseJson(text));
  const actual = await outcome(() => parseJsonInSlices(text));
  expect(actual).to.deep.equal(expected);
}

/** A long text with characters that end strings and arrays when read wrong. */
const pad = fc
  .tuple(
    fc.integer({ min: 1, max: 300_000 }),
    fc.constantFrom('', '"', '\\', '\\"', '],[', '}, {"a": [', '\n'),
  )
  .map(([n, tail]) => 'x'.repeat(n) + tail);
const element = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  { arbitrary: pad, weight: 1 },
);
/** Feed-like texts over 1 MB: a top-level object whose arrays hold generated values and long texts. */
const feedText = fc
  .tuple(
    fc.dictionary(fc.string(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(element, { maxLength: 40 }))),
    fc.array(element, { maxLength: 40 }),
    fc.constantFrom(undefined, 1, '\t', '  '),
    fc.constantFrom('', '\uFEFF', ' \r\n'),
  )
  .map(([other, documents, indent, before]) => {
    const feed = { version: 1, ...other, documents, end: 'y'.repeat(1 << 20) };
    return before + JSON.stringify(feed, null, indent);
  });

/**
 * Texts over 1 MB whose arrays hold objects alike (the same first key), as feeds do, where texts
 * and nested objects hold what comes between two elements: cuts guessed with indexOf must check.
 */
const between = fc.constantFrom('},{"id":"', '}, {"id"', '"},\n  {\n    "id": "', '}],[{"id":');
const alikeText = fc
  .tuple(
    fc.array(
      fc.record({
        id: fc.oneof(fc.string(), between),
        files: fc.array(fc.record({ id: fc.oneof(fc.string(), between), n: fc.integer() }), { maxLength: 3 }),
        text: fc.oneof(fc.string(), between),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    fc.integer({ min: 7000, max: 14_000 }),
    fc.constantFrom(undefined, 2, '\t'),
  )
  .map(([alike, n, indent]) => {
    const documents = Array.from({ length: n }, (_, i) => ({
      ...alike[i % alike.length]!,
      pad: 'p'.repeat(60 + (i % 97)),
    }));
    return JSON.stringify({ version: 1, documents, resources: documents.slice(0, 40), end: 1 }, null, indent);
  });

describe('parseJsonInSlices (a large feed parsed a slice at a time)', function () {
  this.timeout(120_000);

  it('gives what JSON.parse gives for generated feed-like texts over 1 MB', async () => {
    await fc.assert(fc.asyncProperty(feedText, same), { numRuns: 60 });
  });

  it('gives what JSON.parse gives for texts whose arrays hold objects alike', async () => {
    await fc.assert(fc.asyncProperty(alikeText, same), { numRuns: 25 });
  });

  it('rejects an invalid text with the same line, column and message (a character removed, added or changed)', async () => {
    const mutated = fc
      .tuple(
        fc.oneof(feedText, alikeText),
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '[', '{', '"', '\\', ':', ' ', 'x', '1'),
        fc.boolean(),
      )
      .map(([text, n, character, replace]) => {
        // Somewhere other than the long runs of x and y, where the structure is (the places
        // listed by char code: a regular expression's match objects for a text over 1 MB took
        // most of this test's time, past two minutes in one CI dry run on a slow machine).
        const places: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (code !== 120 && code !== 121) places.push(i);
        }
        const at = places[n % places.length]!;
        return text.slice(0, at) + character + text.slice(replace || !character ? at + 1 : at);
      });
    await fc.assert(fc.asyncProperty(mutated, same), { numRuns: 80 });
  });

  it('gives what JSON.parse gives for the cases a shortcut would get wrong', async () => {
    const big = JSON.stringify(
      Array.from({ length: 20_000 }, (_, i) => ({ id: `d${i}`, text: 'z'.repeat(60) })),
    );
    const cases = [
      `{"documents": ${big}, "documents": [1]}`, // a key twice: the last wins
      `{"documents": [1], "documents": ${big}}`,
      `{"\\u0064ocuments": ${big}, "documents": []}`, // the same key, written differently
      `{"__proto__": ${big}}`, // an own property, not the prototype
      `{"documents": ${big.slice(0, -1)},]}`, // a comma after the last element
      `{"documents": ${big.slice(0, -1)},,{}]}`, // nothing between two commas
      `{"documents": [ \n ], "a": ${big}}`,
      `{"a": "${'y'.repeat(1 << 20)}", "documents": ["${'x'.repeat(200_000)}", ]}`, // cut at that comma
      `{"a": "${'y'.repeat(1 << 20)}", "documents": ["${'x'.repeat(200_000)}",${' '.repeat(200_000)}, 1]}`,
      `{"documents": [[${big}, ${big}], "\\\\", "\\""], "b": {"c": ${big}}}`,
      `[${big}]`, // not an object: one JSON.parse
      `{"documents": ${big}} x`,
      `{"documents": ${big}`,
      `{"documents": ${big.slice(0, 500_000)}`,
      `{"documents": ${big.replace('"d9000"', '"d9000\n"')}}`,
    ];
    for (const text of cases) await same(text);
  });

  it('gives the page the main thread back while it parses a large feed', async () => {
    const documents = Array.from({ length: 60_000 }, (_, i) => ({
      id: `d${i}`,
      // One escaped quote, and backslashes just before closing quotes: misread, a slice would not parse.
      title: { en: i === 5 ? `Document ${i} "quoted [x]` : `Document ${i} \\`, fr: `Document ${i}` },
      files: [{ lang: 'en', url: `https://d.example.org/${i}.pdf` }],
    }));
    const text = JSON.stringify({ version: 1, documents });
    let turns = 0;
    let done = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      turns += 1;
      if (!done) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    // Each JSON.parse a piece of the text: none long (the whole would be one task of ~50 ms or more).
    const parse = JSON.parse;
    let longest = 0;
    JSON.parse = (piece: string, reviver?: Parameters<typeof parse>[1]): unknown => {
      longest = Math.max(longest, piece.length);
      return parse(piece, reviver) as unknown;
    };
    let value;
    try {
      value = await parseJsonInSlices(text);
    } finally {
      JSON.parse = parse;
    }
    done = true;
    channel.port1.close();
    expect(value).to.deep.equal(JSON.parse(text));
    expect(text.length).to.be.greaterThan(7_000_000);
    expect(longest).to.be.below(200_000);
    // One JSON.parse is one task: the page would get no turn until it ends. (How many turns
    // depends on the machine's speed: parsed in slices, the 7 MB text takes two to ten.)
    expect(turns).to.be.greaterThan(0);
  });

  it('stops when the request is aborted, as a network error', async () => {
    const text = JSON.stringify({ documents: Array.from({ length: 500_000 }, (_, i) => `document ${i}`) });
    const controller = new AbortController();
    const parsed = parseJsonInSlices(text, controller.signal);
    controller.abort();
    const error = await parsed.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('network');
  });

  it('places invalid JSON by line and column in a feed over 1 MB the document list fetches', async () => {
    const n = 12_000;
    const { detail, column } = await largeCommaError(n);
    expect(detail.issues?.[0]?.message).to.match(new RegExp(`^line ${n}, column ${column}: Expected ','`));
  });
});
