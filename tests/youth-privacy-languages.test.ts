import { expect } from '@open-wc/testing';
import { reportValidation } from '../src/feed/report.js';
import { validateFeed } from '../src/feed/validate.js';
import { PERSONAL_DATA_PATTERNS, type PersonalDataPatterns } from '../src/feed/youth-privacy.js';

/** A youth consultation asking `labels` (one question each, ids q0, q1…), as a feed. */
function youthFeed(labels: unknown[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    ...extra,
    consultations: [
      {
        id: 'c',
        title: { en: 'Online safety' },
        audience: 'youth',
        endpoint: 'https://receiver.example.org/responses',
        contact: 'mailto:office@example.org',
        privacy: { en: 'Answers are anonymous.' },
        questions: [
          { id: 'intro', type: 'section', label: { en: 'About you', pt: 'Sobre você' } },
          ...labels.map((label, i) => ({ id: `q${i}`, type: 'text', label })),
          { id: 'ok', type: 'consent', label: { en: 'I agree', pt: 'Concordo' } },
        ],
      },
    ],
  };
}

function report(feed: unknown) {
  const result = validateFeed(feed);
  if (!result.ok) throw new Error(result.message);
  const { lines } = reportValidation('feed.json', result, { input: feed });
  return {
    kept: result.feed.consultations[0]!.questions.map((q) => q.id),
    issues: result.issues.map((issue) => issue.pointer),
    warnings: lines.filter((line) => line.includes('personal-data')),
  };
}

const NOT_CHECKED = 'warning: youth question in pt: personal-data check not available for this language';

describe('youth personal-data check, per language', () => {
  it('warns for a youth question in a language without patterns (the issue’s Portuguese question)', () => {
    const { kept, warnings } = report(youthFeed([{ en: 'Tell us more', pt: 'Qual é o seu nome completo?' }]));
    expect(kept).to.deep.equal(['intro', 'q0', 'ok']);
    // Sections and consent collect no personal data: no warning for them.
    expect(warnings).to.deep.equal([`/consultations/0/questions/1/label/pt: ${NOT_CHECKED}`]);
  });

  it('warns for a plain-string label in a default language without patterns', () => {
    const { warnings } = report(youthFeed(['Qual é o seu nome completo?'], { defaultLanguage: 'pt-BR' }));
    expect(warnings).to.deep.equal([
      '/consultations/0/questions/1/label: warning: youth question in pt-BR: personal-data check not available for this language',
    ]);
  });

  it('keeps the six languages’ checks as they were: refused, and no warning', () => {
    const { kept, issues, warnings } = report(
      youthFeed([
        { en: 'What is your full name?' },
        { ru: 'Как тебя зовут?' },
        { zh: '你的电子邮件' },
        { ar: 'ما هو تاريخ ميلادك؟' },
        { fr: 'Où habites-tu ?' },
        { es: '¿Cuál es tu número de móvil?' },
        {
          en: 'What do you think?',
          fr: 'Qu’en penses-tu ?',
          es: '¿Qué opinas?',
          ru: 'Что ты думаешь?',
          zh: '你怎么看？',
          ar: 'ما رأيك؟',
        },
      ]),
    );
    expect(kept).to.deep.equal(['intro', 'q6', 'ok']);
    expect(issues).to.deep.equal([1, 2, 3, 4, 5, 6].map((i) => `/consultations/0/questions/${i}/label`));
    expect(warnings).to.deep.equal([]);
  });

  it('has one table entry per language, which an office extends with its own', () => {
    expect(Object.keys(PERSONAL_DATA_PATTERNS).sort()).to.deep.equal(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    const table = PERSONAL_DATA_PATTERNS as Record<string, PersonalDataPatterns>;
    table['pt'] = { name: [/nome completo/] };
    try {
      const { kept, warnings } = report(youthFeed([{ pt: 'Qual é o seu nome completo?' }]));
      expect(kept).to.deep.equal(['intro', 'ok']);
      expect(warnings).to.deep.equal([]);
    } finally {
      delete table['pt'];
    }
  });
});
