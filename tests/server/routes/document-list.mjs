// The document list's large feeds (issue 20, progressive ingest):
//   /test-documents/<n>   a feed of n documents in no date order (deterministic), sent in one
//                         piece with its Content-Length. Laid so that a first page picked without
//                         reading the feed would be wrong: the newest dates belong to a duplicate
//                         id, an item of an unknown type and one whose only file is javascript:; the
//                         type "resolution" occurs only in the second half; every 1,000th item has
//                         no files. Meetings m1–m3, topics t1–t2.
const TYPES = ['report', 'contribution', 'liaison', 'guideline', 'information', 'other'];
const feeds = new Map();

/** A number in [0, 1) from `n`, the same each run (Knuth's multiplicative hash). */
const scatter = (n) => (Math.imul(n + 1, 2654435761) >>> 0) / 4294967296;

const pad = (n) => String(n).padStart(2, '0');

function documentsFeed(n) {
  const documents = [];
  for (let i = 0; i < n; i++) {
    const date = `${2000 + Math.floor(scatter(i) * 25)}-${pad(1 + Math.floor(scatter(i + n) * 12))}-${pad(1 + Math.floor(scatter(i + 2 * n) * 28))}`;
    const type = i >= n / 2 && i % 7 === 0 ? 'resolution' : TYPES[i % TYPES.length];
    const document = {
      id: `d${i}`,
      title: i % 3 === 0 ? { en: `Document ${i}`, fr: `Document ${i} (fr)` } : `Document ${i}`,
      date,
      type,
      files: i % 1000 === 999 ? [] : [{ lang: 'en', url: `https://d.example.org/${i}.pdf` }],
    };
    if (i % 4 === 0) document.meeting = `m${1 + (i % 3)}`;
    if (i % 5 === 0) document.topics = [`t${1 + (i % 2)}`];
    documents.push(document);
  }
  documents[5] = { ...documents[5], id: 'dup', date: '2001-01-01' };
  documents.push(
    { ...documents[6], id: 'dup', title: 'Duplicate id, newest', date: '2031-01-01' },
    {
      ...documents[7],
      id: 'unknown-type',
      title: 'Unknown type, newest',
      type: 'minutes',
      date: '2031-01-02',
    },
    {
      ...documents[8],
      id: 'bad-url',
      title: 'No usable file, newest',
      files: [{ lang: 'en', url: 'javascript:alert(1)' }],
      date: '2030-12-31',
    },
  );
  return JSON.stringify({
    version: 1,
    topics: [
      { id: 't1', label: 'Topic one' },
      { id: 't2', label: 'Topic two' },
    ],
    meetings: [1, 2, 3].map((number) => ({ id: `m${number}`, number, date: `2010-0${number}-01` })),
    documents,
  });
}

export const routes = [
  [
    /^\/test-documents\/(\d+)$/,
    (req, res, [n]) => {
      const size = Math.min(Number(n), 100_000);
      if (!feeds.has(size)) feeds.set(size, Buffer.from(documentsFeed(size)));
      const body = feeds.get(size);
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(body);
    },
  ],
];
