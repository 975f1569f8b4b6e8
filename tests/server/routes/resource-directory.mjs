// The resource directory's large feeds (issue 20, S12: resources read in slices):
//   /test-resources/<n>   a feed of n resources in no title order (deterministic), in one piece
//                         with its Content-Length. Laid so that a first page picked without
//                         reading the feed would be wrong: the titles first in order belong to an
//                         item of an unknown kind, one whose address is javascript:, and a
//                         duplicate id whose first holder is valid; a duplicate whose first holder
//                         is invalid is kept, and so is a resource naming an unknown topic (the
//                         topic dropped). Every 7th title holds "online". Topics t1–t2.
const KINDS = ['guideline', 'case-study', 'research', 'tool', 'helpline'];
const SCOPES = ['national', 'regional', 'international'];
const REGIONS = ['africa', 'europe', 'arab-states', undefined];
const feeds = new Map();

/** A number in [0, 1) from `n`, the same each run (Knuth's multiplicative hash). */
const scatter = (n) => (Math.imul(n + 1, 2654435761) >>> 0) / 4294967296;

function resourcesFeed(n) {
  const resources = [];
  for (let i = 0; i < n; i++) {
    const word = i % 7 === 0 ? 'Online' : 'Resource';
    const number = Math.floor(scatter(i) * n);
    resources.push({
      id: `r${i}`,
      title: { en: `${word} ${number}`, ar: `مورد ${number}` },
      url: `https://r.example.org/${i}`,
      scope: SCOPES[i % 3],
      ...(REGIONS[i % 4] ? { region: REGIONS[i % 4] } : {}),
      kind: KINDS[i % 5],
      topics: i % 2 === 0 ? ['t1'] : ['t2'],
    });
  }
  const first = (title, more) => ({ ...resources[9], title: { en: title, ar: `أ ${title}` }, ...more });
  resources[3] = { ...resources[3], id: 'dup-valid' };
  resources[4] = { ...resources[4], id: 'dup-invalid', kind: 'minutes' };
  resources.push(
    first('Aardvark 1, unknown kind', { id: 'bad-kind', kind: 'minutes' }),
    first('Aardvark 2, javascript address', { id: 'bad-url', url: 'javascript:alert(1)' }),
    first('Aardvark 3, duplicate of a valid one', { id: 'dup-valid' }),
    first('Aardvark 4, duplicate of an invalid one', { id: 'dup-invalid' }),
    first('Aardvark 5, unknown topic', { id: 'unknown-topic', topics: ['t1', 'nowhere'] }),
  );
  return JSON.stringify({
    version: 1,
    topics: [
      { id: 't1', label: 'Topic one' },
      { id: 't2', label: 'Topic two' },
    ],
    resources,
  });
}

export const routes = [
  [
    /^\/test-resources\/(\d+)/,
    (req, res, [n]) => {
      const size = Math.min(Number(n), 200_000);
      if (!feeds.has(size)) feeds.set(size, resourcesFeed(size));
      const body = feeds.get(size);
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
      });
      res.end(body);
    },
  ],
];
