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

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');
const force = process.argv.includes('--force');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
const WORDS = {
  en: {
    kind: [
      'Report',
      'Contribution',
      'Liaison statement',
      'Guidelines',
      'Survey',
      'Proposal',
      'Note',
      'Review',
    ],
    topic: [
      'child protection',
      'cyberbullying',
      'privacy of children',
      'digital literacy',
      'age assurance',
      'parental controls',
      'youth participation',
      'safety by design',
      'grooming prevention',
      'content moderation',
    ],
    by: [
      'from Member States',
      'by the secretariat',
      'by industry',
      'by civil society',
      'by academia',
      'by the chair',
    ],
  },
  fr: {
    kind: [
      'Rapport',
      'Contribution',
      'Déclaration de liaison',
      'Lignes directrices',
      'Enquête',
      'Proposition',
      'Note',
      'Examen',
    ],
    topic: [
      'protection des enfants',
      'cyberharcèlement',
      'vie privée des enfants',
      'culture numérique',
      "vérification de l'âge",
      'contrôle parental',
      'participation des jeunes',
      'sécurité dès la conception',
      'prévention de la sollicitation',
      'modération des contenus',
    ],
  },
  es: {
    kind: [
      'Informe',
      'Contribución',
      'Declaración de enlace',
      'Directrices',
      'Encuesta',
      'Propuesta',
      'Nota',
      'Examen',
    ],
    topic: [
      'protección de la infancia',
      'ciberacoso',
      'privacidad de los niños',
      'alfabetización digital',
      'verificación de la edad',
      'control parental',
      'participación juvenil',
      'seguridad desde el diseño',
      'prevención del acoso sexual',
      'moderación de contenidos',
    ],
  },
  ru: {
    kind: [
      'Отчет',
      'Вклад',
      'Заявление о взаимодействии',
      'Руководящие указания',
      'Обследование',
      'Предложение',
      'Записка',
      'Обзор',
    ],
    topic: [
      'защита детей',
      'кибербуллинг',
      'конфиденциальность детей',
      'цифровая грамотность',
      'проверка возраста',
      'родительский контроль',
      'участие молодежи',
      'безопасность при проектировании',
      'предотвращение груминга',
      'модерация контента',
    ],
  },
  ar: {
    kind: ['تقرير', 'مساهمة', 'بيان اتصال', 'مبادئ توجيهية', 'استقصاء', 'اقتراح', 'مذكرة', 'استعراض'],
    topic: [
      'حماية الأطفال',
      'التنمر الإلكتروني',
      'خصوصية الأطفال',
      'الإلمام الرقمي',
      'التحقق من العمر',
      'الرقابة الأبوية',
      'مشاركة الشباب',
      'السلامة في التصميم',
      'منع الاستدراج',
      'الإشراف على المحتوى',
    ],
  },
  zh: {
    kind: ['报告', '文稿', '联络声明', '导则', '调查', '提案', '说明', '审查'],
    topic: [
      '儿童保护',
      '网络霸凌',
      '儿童隐私',
      '数字素养',
      '年龄验证',
      '家长控制',
      '青年参与',
      '设计安全',
      '防止诱骗',
      '内容审核',
    ],
  },
};
const TOPICS = [
  'cop-framework',
  'cyberbullying',
  'privacy',
  'literacy',
  'age-assurance',
  'parental',
  'youth',
  'design',
  'grooming',
  'moderation',
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const pad = (n, width = 2) => String(n).padStart(width, '0');
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

function topicsList() {
  return TOPICS.map((id, i) => ({
    id,
    label: Object.fromEntries(LANGS.map((lang) => [lang, WORDS[lang].topic[i]])),
  }));
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

function base(title) {
  return {
    version: 1,
    defaultLanguage: 'en',
    title: { en: title },
    updated: '2026-11-01',
    topics: topicsList(),
  };
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

function consultationFeed(count) {
  const rand = mulberry32(count + 29);
  const types = [
    'single',
    'multiple',
    'text',
    'long-text',
    'scale',
    'age-band',
    'single',
    'multiple',
    'section',
  ];
  const options = (n) =>
    Array.from({ length: n }, (_, j) => ({
      value: `o${j + 1}`,
      label: { en: `Option ${j + 1}`, fr: `Option ${j + 1}`, es: `Opción ${j + 1}` },
    }));
  const questions = [];
  for (let i = 1; i <= count; i++) {
    const type = i === count ? 'consent' : types[(i - 1) % types.length];
    const t = Math.floor(rand() * 10);
    const q = {
      id: `q${i}`,
      type,
      label: {
        en: `Question ${i}: what do you think about ${WORDS.en.topic[t]}?`,
        fr: `Question ${i} : que penses-tu de ${WORDS.fr.topic[t]} ?`,
        es: `Pregunta ${i}: ¿qué opinas sobre ${WORDS.es.topic[t]}?`,
      },
    };
    if (type === 'section') q.label = { en: `Part ${i}`, fr: `Partie ${i}`, es: `Parte ${i}` };
    else q.required = i % 3 === 1 || type === 'consent';
    if (type === 'consent')
      q.label = { en: 'I agree that my anonymous answers are used.', fr: 'J’accepte.', es: 'Acepto.' };
    if (type === 'single' || type === 'multiple') q.options = options(4 + (i % 3));
    if (type === 'age-band') q.options = ['9-12', '13-15', '16-18'].map((value) => ({ value, label: value }));
    if (type === 'scale')
      Object.assign(q, { min: 1, max: 5, minLabel: { en: 'Not at all' }, maxLabel: { en: 'Very much' } });
    if (type === 'text' || type === 'long-text') q.maxLength = type === 'text' ? 200 : 2000;
    questions.push(q);
  }
  return {
    ...base(`Benchmark feed: ${count} questions`),
    consultations: [
      {
        id: 'bench',
        title: { en: 'Benchmark consultation', fr: 'Consultation de test', es: 'Consulta de prueba' },
        audience: 'members',
        endpoint: 'https://example.org/api/responses',
        questions,
      },
    ],
  };
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
