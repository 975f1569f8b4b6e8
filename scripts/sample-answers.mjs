// npm run demo:sample-answers [-- --count 300] [--url http://127.0.0.1:8000/] [--seed 19]
//
// Posts a few hundred plausible answers to the open consultations of feeds/cwg-cop.json through
// the running demo (`npm start`), by the real protocol of CONTRACT §4 (POST to the consultation's
// endpoint, Idempotency-Key = submissionId), so that <cop-consultation-results> shows full charts.
// Each carries a `Cop-Sample` header: the demo's receiver (started with --accept-samples) stores
// it as a sample, received on the date the header gives (spread from the day the consultation
// opened to now), and the demo's results count it; a receiver without that flag would store it
// as an ordinary answer, so this script only ever posts to a demo. Remove them with
// `npx cop-widgets-receiver delete --samples` (the demo stopped).
//
// Plausible, not uniform: the six languages in unequal shares, the youth age bands as a youth
// consultation gets them, each choice question's options in a long-tailed order of their own,
// scales leaning to agreement, a few short free answers, hidden questions left unanswered.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../bench/feed-parts.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '300' },
    url: { type: 'string', default: process.env.DEMO_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8000}/` },
    seed: { type: 'string', default: '19' },
    'data-dir': { type: 'string', default: process.env.COP_RECEIVER_DATA_DIR },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 5000) {
  console.error('--count is a whole number from 1 to 5000.');
  process.exit(2);
}

// A seeded generator (mulberry32, the benchmark feeds' too): the same answers for the same --seed.
const random = mulberry32(Number(values.seed));
const pick = (weights) => {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = random() * total;
  for (const [i, w] of weights.entries()) if ((r -= w) < 0) return i;
  return weights.length - 1;
};

const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];
const LANGUAGE_SHARES = [28, 19, 18, 15, 10, 10];
/** Short free answers a young person might give, in each language. */
const FREE = {
  en: [
    'Ask us at school',
    'Online safety and games',
    'Make it shorter and use videos',
    'Privacy on social media',
  ],
  fr: [
    "Demander à l'école",
    'La sécurité dans les jeux',
    'Un questionnaire plus court',
    'La vie privée en ligne',
  ],
  es: [
    'Preguntar en la escuela',
    'Seguridad en los juegos',
    'Menos preguntas y más vídeos',
    'Privacidad en redes sociales',
  ],
  ar: ['اسألونا في المدرسة', 'الأمان في الألعاب', 'أسئلة أقل وفيديوهات أكثر', 'الخصوصية على وسائل التواصل'],
  ru: ['Спросите нас в школе', 'Безопасность в играх', 'Короче и с видео', 'Приватность в соцсетях'],
  zh: ['在学校问我们', '游戏中的安全', '问题少一点，多用视频', '社交媒体上的隐私'],
};
const AGE_SHARES = [22, 43, 35];

/**
 * The demo consultation's options most chosen first, as its own questions suggest (a youth
 * consultation spread through schools and social media); other questions get a shuffled order.
 */
const LIKELY = {
  heard: ['school', 'social-media', 'friend-family', 'youth-group', 'website', 'other'],
  channels: ['social-media', 'school', 'video', 'messaging', 'youth-groups', 'games', 'radio-tv'],
  'adult-help': ['yes', 'not-sure', 'no'],
  length: ['10-min', '5-min', '20-min'],
};

/** Each choice question's options get weights of their own: a long tail, most likely first. */
const weightsOf = new Map();
function optionWeights(question) {
  if (!weightsOf.has(question.id)) {
    const n = question.options.length;
    const likely = LIKELY[question.id] ?? [];
    const rank = (value) => (likely.includes(value) ? likely.indexOf(value) : likely.length + random());
    const order = question.options.map((o, i) => [rank(o.value), i]).sort((a, b) => a[0] - b[0]);
    const weights = Array(n).fill(0);
    order.forEach(([, i], rank) => (weights[i] = 1 / (rank + 1) ** 0.9));
    weightsOf.set(question.id, question.type === 'age-band' && n === 3 ? AGE_SHARES : weights);
  }
  return weightsOf.get(question.id);
}

/** Whether `question` is shown for `answers` (its showIf, as the form decides it). */
function shown(question, answers, seen) {
  const { showIf } = question;
  if (!showIf) return true;
  if (!seen.has(showIf.question)) return false;
  const value = answers[showIf.question];
  const wanted = 'in' in showIf ? showIf.in : [showIf.equals];
  return Array.isArray(value) ? value.some((v) => wanted.includes(v)) : wanted.includes(value);
}

/** One plausible set of answers to `consultation` in `language`. */
function answersTo(consultation, language) {
  const answers = {};
  const seen = new Set();
  for (const question of consultation.questions) {
    if (question.type === 'section' || !shown(question, answers, seen)) continue;
    seen.add(question.id);
    const rate = { text: 0.2, 'long-text': 0.12 }[question.type] ?? 0.85;
    if (!question.required && random() >= rate) continue;
    if (question.type === 'consent') answers[question.id] = true;
    else if (question.type === 'single' || question.type === 'age-band')
      answers[question.id] = question.options[pick(optionWeights(question))].value;
    else if (question.type === 'multiple') {
      const most = Math.min(question.maxChoices ?? question.options.length, 3);
      const how = 1 + pick([50, 32, 18].slice(0, most));
      const chosen = new Set();
      while (chosen.size < how) chosen.add(question.options[pick(optionWeights(question))].value);
      // In the order of the options, as the form sends them.
      answers[question.id] = question.options.map((o) => o.value).filter((v) => chosen.has(v));
    } else if (question.type === 'scale') {
      const steps = question.max - question.min + 1;
      const lean = Math.round((steps - 1) * 0.7);
      answers[question.id] =
        question.min + pick(Array.from({ length: steps }, (_, i) => 1 / (1 + Math.abs(i - lean)) ** 1.5));
    } else if (question.type === 'text' || question.type === 'long-text') {
      const phrases = FREE[language];
      answers[question.id] = phrases[Math.floor(random() * phrases.length)].slice(
        0,
        question.maxLength ?? 1000,
      );
    }
  }
  return answers;
}

const demo = new URL(values.url);
const feed = JSON.parse(await readFile(new URL('../feeds/cwg-cop.json', import.meta.url), 'utf8'));
const now = Date.now();
const open = feed.consultations.filter((c) => !(Date.parse(c.opens) > now) && !(Date.parse(c.closes) < now));
if (open.length === 0) {
  console.error('feeds/cwg-cop.json has no open consultation to answer.');
  process.exit(1);
}
try {
  await fetch(demo, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
} catch {
  console.error(`No demo answers at ${demo.href}: start it first (npm start), or give --url.`);
  process.exit(1);
}

/** A time between the consultation's opening (or 8 weeks ago) and now, more of them lately. */
function receivedAt(consultation) {
  const from = Math.max(Date.parse(consultation.opens ?? '') || 0, now - 8 * 7 * 86_400_000);
  return new Date(from + (now - from) * random() ** 0.7).toISOString();
}

const statuses = {};
let next = 0;
async function worker() {
  while (next < count) {
    next += 1;
    const consultation = open[next % open.length];
    const locale = LANGUAGES[pick(LANGUAGE_SHARES)];
    const body = {
      consultation: consultation.id,
      submissionId: crypto.randomUUID(),
      locale,
      submittedAt: new Date().toISOString(),
      answers: answersTo(consultation, locale),
    };
    let status;
    try {
      const answer = await fetch(new URL(consultation.endpoint, demo), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': body.submissionId,
          'Cop-Sample': receivedAt(consultation),
        },
        body: JSON.stringify(body),
      });
      status = answer.status;
      if (status !== 201 && !statuses[status]) console.error(`${status}: ${await answer.text()}`);
    } catch (error) {
      status = error.message;
    }
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}
await Promise.all(Array.from({ length: 8 }, worker));
const stored = statuses[201] ?? 0;
console.log(
  `posted ${count} sample answers to ${open.map((c) => c.id).join(', ')} at ${demo.href}: ` +
    Object.entries(statuses)
      .map(([status, n]) => `${n} × ${status}`)
      .join(', '),
);
const dataOption = values['data-dir'] ? ` --data-dir ${values['data-dir']}` : '';
console.log(
  `The demo's results now count them (${demo.href}feeds/cwg-cop.json). They are marked as samples;\n` +
    `to remove them, stop the demo (Ctrl-C), then:  npx cop-widgets-receiver delete --samples${dataOption}`,
);
process.exit(stored === count ? 0 : 1);
