// The benchmark feeds' shared parts (issue 11): the seeded PRNG, the multilingual words, the
// feed's frame, and the 30-question consultation. Plain JavaScript without Node imports, so
// that bench/generate.mjs writes the same files as before and a browser test
// (tests/consultation-form-elements.test.ts) can build the benchmark's consultation itself
// (bench/data/ exists only after `npm run bench`).
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
export const WORDS = {
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
export const TOPICS = [
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

export const pick = (rand, list) => list[Math.floor(rand() * list.length)];
export const pad = (n, width = 2) => String(n).padStart(width, '0');

export function topicsList() {
  return TOPICS.map((id, i) => ({
    id,
    label: Object.fromEntries(LANGS.map((lang) => [lang, WORDS[lang].topic[i]])),
  }));
}

export function base(title) {
  return {
    version: 1,
    defaultLanguage: 'en',
    title: { en: title },
    updated: '2026-11-01',
    topics: topicsList(),
  };
}

export function consultationFeed(count) {
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
