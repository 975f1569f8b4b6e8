// Feeds an author got wrong by hand (issue 21, the JSON path), for the elements' notices:
//   /test-json/comma         the small feed without the comma after a document's "id": "d1"
//                            (line 19 of the fixture), with CRLF line ends and a byte order mark
//   /test-json/curly         the small feed with a typographic quote “ opening a document's title
//   /test-json/large-comma/<n> n documents (the document list reads them progressively), one a
//                            line, the comma after the last but one's id missing
//   /test-json/empty-texts   the small feed whose document d1 is titled in en with fr "" and es " "
import { readFileSync } from 'node:fs';

const smallFeed = readFileSync(new URL('../../fixtures/small-feed.json', import.meta.url), 'utf8');

const json = (res, text) => {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
};

function largeFeed(n) {
  const documents = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `d${i}`,
      title: { en: `Document ${i}`, fr: `Document ${i}` },
      date: '2020-01-01',
      type: 'report',
      files: [{ lang: 'en', url: `https://d.example.org/${i}.pdf` }],
    }),
  );
  documents[n - 2] = documents[n - 2].replace(`"id":"d${n - 2}",`, `"id":"d${n - 2}"`);
  return `{"version":1,"documents":[\n${documents.join(',\n')}\n]}\n`;
}

export const routes = [
  [
    /^\/test-json\/comma$/,
    (req, res) => json(res, `\uFEFF${smallFeed.replace('"id": "d1",', '"id": "d1"').replace(/\n/g, '\r\n')}`),
  ],
  [
    /^\/test-json\/curly$/,
    (req, res) => json(res, smallFeed.replace('"title": "Report"', '"title": “Report"')),
  ],
  [/^\/test-json\/large-comma\/(\d+)$/, (req, res, [n]) => json(res, largeFeed(Number(n)))],
  [
    /^\/test-json\/empty-texts$/,
    (req, res) =>
      json(res, smallFeed.replace('"title": "Report"', '"title": { "en": "Report", "fr": "", "es": " " }')),
  ],
];
