import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as model from '../src/feed/model.js';
import { feedWarnings, reportValidation } from '../src/feed/report.js';
import { validateFeed } from '../src/feed/validate.js';
import { feedJsonSchema } from '../scripts/feed-json-schema.mjs';
import type { Language } from '../src/i18n/language.js';
import { TESTED_LANGUAGES, UN_LANGUAGES } from './helpers/languages.js';

const FEED_URL = new URL('/feeds/cwg-cop.json', location.href).href;

async function defaultFeed(): Promise<unknown> {
  return (await fetch(FEED_URL)).json();
}

/** Every LocalizedText in a value: objects whose keys are all language tags. */
function localizedTexts(value: unknown, path = ''): [string, Record<string, string>][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  if (
    entries.length > 0 &&
    entries.every(([key, text]) => /^[a-z]{2}$/.test(key) && typeof text === 'string')
  ) {
    return [[path, value as Record<string, string>]];
  }
  return entries.flatMap(([key, item]) => localizedTexts(item, `${path}/${key}`));
}

describe('the default CWG-COP feed', () => {
  it('validates with zero issues', async () => {
    const result = validateFeed(await defaultFeed(), { baseUrl: FEED_URL });
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const { feed } = result;
    expect(feed.meetings.map((m) => [m.number, m.date])).to.deep.equal([
      [9, '2015-01-23'],
      [10, '2015-09-30'],
      [11, '2016-02-16'],
      [12, '2016-10-10'],
      [13, '2017-02-02'],
      [14, '2018-01-23'],
    ]);
    expect(feed.consultations.map((c) => c.audience).sort()).to.deep.equal([
      'members',
      'youth',
      'youth',
      'youth',
    ]);
    const types = new Set(feed.consultations.flatMap((c) => c.questions.map((q) => q.type)));
    expect([...types].sort()).to.deep.equal([...model.QUESTION_TYPES].sort());
  });

  it('gives every text in the six UN languages, and in no language the elements do not speak', async () => {
    const texts = localizedTexts(await defaultFeed());
    expect(texts.length).to.be.above(100);
    for (const [path, text] of texts) {
      const languages = Object.keys(text);
      expect(
        languages.filter((language) => !TESTED_LANGUAGES.includes(language as Language)),
        path,
      ).to.deep.equal([]);
      for (const language of UN_LANGUAGES)
        expect(text[language]?.trim(), `${path}/${language}`).not.to.equal('');
    }
  });

  it('passes its published JSON Schema, checked by an independent validator (Ajv)', async () => {
    const schema = feedJsonSchema(model);
    const result = await executeServerCommand<{ valid: boolean; errors: unknown[] }, unknown>(
      'validate-json-schema',
      {
        schema,
        data: await defaultFeed(),
      },
    );
    expect(result?.errors).to.deep.equal([]);
    expect(result?.valid).to.equal(true);
  });

  it('and that schema refuses what the validator refuses', async () => {
    const feed = (await defaultFeed()) as { documents: { type: string }[] };
    feed.documents[0]!.type = 'memo';
    const result = await executeServerCommand<{ valid: boolean; errors: unknown[] }, unknown>(
      'validate-json-schema',
      {
        schema: feedJsonSchema(model),
        data: feed,
      },
    );
    expect(result?.valid).to.equal(false);
  });
  it('gives every consultation the group’s public page as its contact', async () => {
    const input = (await defaultFeed()) as { consultations: { id: string; contact?: string }[] };
    const result = validateFeed(input, { baseUrl: FEED_URL });
    if (!result.ok) throw new Error(result.message);
    expect(result.feed.consultations.map((c) => [c.id, c.contact])).to.deep.equal(
      input.consultations.map((c) => [c.id, 'https://www.itu.int/en/council/cwg-cop/Pages/default.aspx']),
    );
  });
});

describe('the validate command report', () => {
  it('prints a summary and exits 0 for a feed without issues, warning on its relative endpoints', async () => {
    const input = await defaultFeed();
    const result = validateFeed(input, { baseUrl: FEED_URL });
    const report = reportValidation('cwg-cop.json', result, { input });
    expect(report.exitCode).to.equal(0);
    // The default feed's consultations send to /api/responses on the feed's own site.
    expect(report.lines.slice(0, -1)).to.deep.equal(
      [0, 1, 2, 3].map(
        (i) =>
          `/consultations/${i}/endpoint: warning: The endpoint "/api/responses" is relative: loaded from this address, answers go to ${new URL('/api/responses', FEED_URL).href}, but a copy of the feed on another site (or inside its page) sends them to that site. For a feed others copy, give an absolute https: address.`,
      ),
    );
    expect(report.lines.at(-1)).to.match(
      /^cwg-cop\.json: 0 issues, 4 warnings; kept \d+ topics, 6 meetings, \d+ recommendations, \d+ documents, \d+ resources, 4 consultations, \d+ results\.$/,
    );
    // For a feed meant to be copied to, or placed in, other sites' pages, warnings fail.
    const embed = reportValidation('cwg-cop.json', result, { input, embed: true });
    expect(embed.exitCode).to.equal(1);
    expect(embed.lines.at(-1)).to.contain(
      '0 issues, 4 warnings (with --embed, warnings fail the check); kept',
    );
  });

  /** A public consultation `c` with an absolute endpoint (no warning of its own). */
  const publicConsultation = (questions: unknown[]) => ({
    id: 'c',
    title: 'T',
    audience: 'public',
    endpoint: 'https://answers.example.org/r',
    questions,
  });

  it('exits 0 with --embed when every endpoint is absolute', () => {
    const consultation = publicConsultation([{ id: 'q', type: 'text', label: 'Q' }]);
    const input = { version: 1, consultations: [consultation] };
    const report = reportValidation('f.json', validateFeed(input), { input, embed: true });
    expect(report).to.deep.equal({
      exitCode: 0,
      lines: [
        'f.json: 0 issues; kept 0 topics, 0 meetings, 0 recommendations, 0 documents, 0 resources, 1 consultation, 0 results.',
      ],
    });
  });

  it('warns on each kept consultation whose endpoint is relative: its answers go wherever the feed is', () => {
    const base = 'https://feeds.example.org/cop/feed.json';
    const at = (endpoint: unknown, id = String(endpoint)) => ({
      id,
      title: 'T',
      audience: 'public',
      endpoint,
      questions: [{ id: 'q', type: 'text', label: 'Q' }],
    });
    const input = {
      version: 1,
      consultations: [
        at('/api/responses'),
        at('https://answers.example.org/r'),
        at('//answers.example.org/r'),
        at('javascript:void(0)'), // left out with an issue, so no warning
        at(7, 'not-an-address'), // likewise
        at(' HTTPS://answers.example.org/r', 'spaced'),
        at('responses'),
      ],
    };
    const fromFile = validateFeed(input);
    if (!fromFile.ok) throw new Error(fromFile.message);
    const warnings = feedWarnings(input, fromFile.feed);
    expect(warnings.map((w) => w.pointer)).to.deep.equal([
      '/consultations/0/endpoint',
      '/consultations/6/endpoint',
    ]);
    expect(warnings[0]?.message).to.equal(
      'The endpoint "/api/responses" is relative: answers go to the site the feed is loaded from, but a copy ' +
        'of the feed on another site (or inside its page) sends them to that site. For a feed others copy, ' +
        'give an absolute https: address.',
    );
    const fromUrl = validateFeed(input, { baseUrl: base });
    if (!fromUrl.ok) throw new Error(fromUrl.message);
    expect(feedWarnings(input, fromUrl.feed)[1]?.message).to.contain(
      'relative: loaded from this address, answers go to https://feeds.example.org/cop/responses, but',
    );
    // The warnings are not issues: the elements show the feed as it is.
    expect(fromUrl.issues.map((issue) => issue.pointer)).to.deep.equal([
      '/consultations/4/endpoint',
      '/consultations/3/endpoint',
    ]);
    const report = reportValidation('f.json', fromFile, { input });
    expect(report.exitCode).to.equal(1); // for the two issues
    expect(report.lines.filter((line) => line.includes(': warning: '))).to.have.length(2);
    expect(report.lines.at(-1)).to.match(/^f\.json: 2 issues, 2 warnings; kept /);
  });

  it('warns on each youth consultation without a usable contact, and with --embed fails on it', () => {
    const youth = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      title: 'T',
      audience: 'youth',
      endpoint: 'https://answers.example.org/r',
      privacy: 'We never ask for your name.',
      questions: [{ id: 'q', type: 'text', label: 'Q' }],
      ...extra,
    });
    const input = {
      version: 1,
      consultations: [
        youth('none'),
        youth('page', { contact: 'https://www.itu.int/en/council/cwg-cop/Pages/default.aspx' }),
        youth('mail', { contact: 'mailto:privacy@example.org' }),
        youth('refused', { contact: 'http://www.itu.int/en/council/cwg-cop/Pages/default.aspx' }),
        youth('members', { audience: 'members' }),
        youth('public', { audience: 'public' }),
      ],
    };
    const result = validateFeed(input);
    if (!result.ok) throw new Error(result.message);
    const warnings = feedWarnings(input, result.feed);
    expect(warnings.map((w) => w.pointer)).to.deep.equal([
      '/consultations/0/contact',
      '/consultations/3/contact',
    ]);
    expect(warnings[0]?.message).to.equal(
      'The youth consultation has no contact: the form cannot tell young people whom to ask to have their ' +
        'answers deleted. Give "contact": an https: page or a mailto: address.',
    );
    // The refused http: page is an issue as well; the missing one only a warning.
    expect(result.issues.map((issue) => issue.pointer)).to.deep.equal(['/consultations/3/contact']);

    const withoutIssue = { version: 1, consultations: [youth('none')] };
    const report = reportValidation('f.json', validateFeed(withoutIssue), { input: withoutIssue });
    expect(report.exitCode).to.equal(0);
    expect(report.lines[0]).to.equal(`/consultations/0/contact: warning: ${warnings[0]?.message}`);
    expect(report.lines.at(-1)).to.match(/^f\.json: 0 issues, 1 warning; kept /);
    const embed = reportValidation('f.json', validateFeed(withoutIssue), {
      input: withoutIssue,
      embed: true,
    });
    expect(embed.exitCode).to.equal(1);
  });

  it('prints each issue as pointer: message and exits 1', () => {
    const document = {
      id: 'a',
      title: 'A',
      date: '2016-01-01',
      type: 'other',
      files: [{ lang: 'en', url: 'a.pdf' }],
    };
    const report = reportValidation('f.json', validateFeed({ version: 1, documents: [document, document] }));
    expect(report.exitCode).to.equal(1);
    expect(report.lines).to.deep.equal([
      '/documents/1/id: Duplicate id "a": the item at /documents/0 has it already; this one is skipped.',
      'f.json: 1 issue; kept 0 topics, 0 meetings, 0 recommendations, 1 document, 0 resources, 0 consultations, 0 results.',
    ]);
  });

  it('counts the results kept, and warns on a group with a single null next to its total (CONTRACT §6)', () => {
    const consultation = publicConsultation([
      { id: 'age', type: 'age-band', label: 'Age', options: [{ value: '13-15', label: '13-15' }] },
      {
        id: 'heard',
        type: 'single',
        label: 'H',
        options: ['a', 'b', 'c'].map((value) => ({ value, label: value })),
      },
    ]);
    const results = {
      consultation: 'c',
      updated: '2027-04-10T08:00:00Z',
      responses: 40,
      minimumCount: 5,
      // One language hidden, which 40 - 30 gives away (a warning); two hidden weeks hide each other.
      byLanguage: { en: 30, fr: null },
      byWeek: [
        { week: '2027-W13', responses: null },
        { week: '2027-W14', responses: null },
        { week: '2027-W15', responses: 30 },
      ],
      questions: [
        // 3 is published as null by the validator, and then it stands alone: a warning too.
        { question: 'heard', answered: 40, counts: { a: 30, b: 7, c: 3 } as Record<string, number | null> },
        { question: 'age', answered: null, counts: { '13-15': null } },
      ],
    };
    const input = { version: 1, consultations: [consultation], results: [results] };
    const report = reportValidation('f.json', validateFeed(input), { input });
    const warning = (total: number) =>
      `warning: Only one count of this group is null, next to a published total (${total}): a reader can work the hidden count out from the others. Hide the next smallest count too (CONTRACT §6), as \`cop-widgets-receiver results\` does.`;
    expect(report).to.deep.equal({
      exitCode: 1,
      lines: [
        '/results/0/questions/0/counts/c: The count 3 is below minimumCount (5): it is read as null ("fewer than 5").',
        `/results/0/byLanguage: ${warning(40)}`,
        `/results/0/questions/0/counts: ${warning(40)}`,
        'f.json: 1 issue, 2 warnings; kept 0 topics, 0 meetings, 0 recommendations, 0 documents, 0 resources, 1 consultation, 1 result.',
      ],
    });
    // Without the issue, the warnings alone pass, unless the feed is for embedding.
    results.questions[0]!.counts = { a: 30, b: null, c: null };
    expect(reportValidation('f.json', validateFeed(input), { input }).exitCode).to.equal(0);
    expect(reportValidation('f.json', validateFeed(input), { input, embed: true }).exitCode).to.equal(1);
  });

  it('says when a feed is not usable at all', () => {
    const report = reportValidation('f.json', validateFeed([]));
    expect(report).to.deep.equal({
      exitCode: 1,
      lines: [
        '/: A feed is a JSON object; this is a list.',
        'f.json: not usable: A feed is a JSON object; this is a list.',
      ],
    });
  });
});
