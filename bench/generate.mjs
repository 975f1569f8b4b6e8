// Deterministic benchmark feeds (issue 11): the same data for our elements and every peer.
// A seeded PRNG (mulberry32) makes every run write byte-identical files to bench/data/
// (git-ignored). Titles are multilingual: English always, plus two to five of the other UN
// languages. The English titles carry two control words for the search benchmarks, used in no
// other language: "online" (broad, about half the documents) and "helpline" (narrow, about 0.3%).
// Usage: node bench/generate.mjs  (skips files that already exist unless --force)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The feed's vocabularies, from the library's own model (built by `npm run build`, which
// `npm run bench` runs first).
import { DOCUMENT_TYPES, REGIONS, RESOURCE_KINDS, SCOPES, STAKEHOLDERS } from '../dist/esm/feed/model.js';
import { TOPICS, WORDS, base, consultationFeed, mulberry32, pad, pick } from './feed-parts.mjs';

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');
const force = process.argv.includes('--force');

function dateFrom(rand, fromYear = 2009, years = 18) {
  const day = Math.floor(rand() * years * 365);
  const d = new Date(Date.UTC(fromYear, 0, 1) + day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Titles in English and 2–5 more languages; `k` picks the kind, `t` the topic. */
function titles(rand, n) {
  const k = Math.floor(rand() * 8);
  const t = Math.floor(rand() * 10);
  const r = rand();
  const marker = r < 0.003 ? ' for a national helpline' : r < 0.5 ? ' online' : '';
  const en = `${WORDS.en.kind[k]} on ${WORDS.en.topic[t]}${marker} ${pick(rand, WORDS.en.by)} (No. ${n})`;
  const out = { en };
  const others = ['ar', 'es', 'fr', 'ru', 'zh'];
  const count = 2 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const lang = others.splice(Math.floor(rand() * others.length), 1)[0];
    const w = WORDS[lang];
    out[lang] =
      lang === 'zh' ? `${w.topic[t]}${w.kind[k]}（第${n}号）` : `${w.kind[k]} : ${w.topic[t]} (${n})`;
  }
  return out;
}

function meetings(rand, count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const year = 2009 + Math.floor((i * 18) / count);
    list.push({
      id: `m${i + 1}`,
      number: i + 1,
      date: `${year}-${pad(1 + ((i * 5) % 12))}-${pad(1 + Math.floor(rand() * 27))}`,
      title: {
        en: `Meeting ${i + 1} of CWG-COP`,
        fr: `Réunion ${i + 1} du CWG-COP`,
        es: `Reunión ${i + 1} del CWG-COP`,
      },
      location: { en: 'Geneva', fr: 'Genève', es: 'Ginebra', ru: 'Женева', ar: 'جنيف', zh: '日内瓦' },
    });
  }
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

function documentsFeed(count) {
  const rand = mulberry32(count);
  const meets = meetings(rand, 40);
  const documents = [];
  for (let i = 1; i <= count; i++) {
    const title = titles(rand, i);
    const meeting = pick(rand, meets);
    const langs = Object.keys(title).sort();
    documents.push({
      id: `d${i}`,
      symbol: `CWG-COP/${meeting.number}/${i}`,
      title,
      date: dateFrom(rand),
      meeting: meeting.id,
      type: pick(rand, DOCUMENT_TYPES),
      topics: [pick(rand, TOPICS)],
      files: langs.map((lang) => ({ lang, url: `https://www.itu.int/md/S${i}/${lang}`, format: 'pdf' })),
    });
  }
  return { ...base(`Benchmark feed: ${count} documents`), meetings: meets, documents };
}

function timelineFeed(outcomes) {
  const rand = mulberry32(outcomes + 7);
  const meetingCount = outcomes >= 2000 ? 50 : 10;
  const meets = meetings(rand, meetingCount);
  const kinds = ['recommendation', 'decision', 'action'];
  const recommendations = [];
  for (let i = 1; i <= outcomes; i++) {
    const meeting = meets[(i - 1) % meetingCount];
    const t = Math.floor(rand() * 10);
    recommendations.push({
      id: `r${i}`,
      meetings: [meeting.id],
      text: {
        en: `Outcome ${i}: continue the work on ${WORDS.en.topic[t]} and report to the next meeting.`,
        fr: `Résultat ${i} : poursuivre les travaux sur ${WORDS.fr.topic[t]}.`,
        es: `Resultado ${i}: continuar la labor sobre ${WORDS.es.topic[t]}.`,
        ru: `Итог ${i}: продолжить работу по теме «${WORDS.ru.topic[t]}».`,
        ar: `النتيجة ${i}: مواصلة العمل بشأن ${WORDS.ar.topic[t]}.`,
        zh: `成果${i}：继续开展${WORDS.zh.topic[t]}工作。`,
      },
      kind: pick(rand, kinds),
      topics: [TOPICS[t]],
    });
  }
  return { ...base(`Benchmark feed: ${outcomes} outcomes`), meetings: meets, recommendations };
}

const COUNTRIES = [
  'FR',
  'KE',
  'BR',
  'IN',
  'EG',
  'RU',
  'CN',
  'US',
  'ZA',
  'MX',
  'DE',
  'JP',
  'NG',
  'AE',
  'KZ',
  'AR',
];
function resourcesFeed(count) {
  const rand = mulberry32(count + 13);
  const resources = [];
  for (let i = 1; i <= count; i++) {
    const t = Math.floor(rand() * 10);
    const scope = pick(rand, SCOPES);
    const r = rand();
    const marker = r < 0.005 ? ' helpline' : r < 0.5 ? ' online' : '';
    const resource = {
      id: `res${i}`,
      title: {
        en: `${pick(rand, ['Toolkit', 'Study', 'Programme', 'Campaign', 'Guide'])} on ${WORDS.en.topic[t]}${marker} (${i})`,
        fr: `${WORDS.fr.kind[t % 8]} : ${WORDS.fr.topic[t]} (${i})`,
        es: `${WORDS.es.kind[t % 8]}: ${WORDS.es.topic[t]} (${i})`,
      },
      url: `https://example.org/resource/${i}`,
      description: { en: `A resource about ${WORDS.en.topic[t]} for parents, educators and young people.` },
      scope,
      kind: pick(rand, RESOURCE_KINDS),
      stakeholder: pick(rand, STAKEHOLDERS),
      topics: [TOPICS[t]],
      languages: ['en', pick(rand, ['fr', 'es', 'ar', 'ru', 'zh'])],
    };
    if (scope !== 'international') resource.region = pick(rand, REGIONS);
    if (scope === 'national') resource.countries = [pick(rand, COUNTRIES)];
    resources.push(resource);
  }
  return { ...base(`Benchmark feed: ${count} resources`), resources };
}

const FILES = {
  'documents-1k.json': () => documentsFeed(1_000),
  'documents-10k.json': () => documentsFeed(10_000),
  'documents-100k.json': () => documentsFeed(100_000),
  'timeline-200.json': () => timelineFeed(200),
  'timeline-2000.json': () => timelineFeed(2_000),
  'resources-2000.json': () => resourcesFeed(2_000),
  'consultation-30.json': () => consultationFeed(30),
};

mkdirSync(DATA, { recursive: true });
for (const [name, make] of Object.entries(FILES)) {
  const file = join(DATA, name);
  if (existsSync(file) && !force) continue;
  writeFileSync(file, JSON.stringify(make()));
  console.log(`bench/data/${name} written`);
}
