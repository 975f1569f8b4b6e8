// What the axe matrices of the three list elements share: the six-language feeds they show, the
// states every feed element has, and the person's actions that lead to the others.
import type { Language } from '../../src/i18n/language.js';
import {
  type AxeState,
  type FeedTag,
  LANGUAGES,
  cwgCopFeed,
  fresh,
  mount,
  part,
  stillLoading,
} from './axe.js';

export type Feed = Record<string, unknown> & {
  meetings: Record<string, unknown>[];
  recommendations: Record<string, unknown>[];
  documents: Record<string, unknown>[];
  resources: Record<string, unknown>[];
};

type Rendering = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * A text in the six UN languages, as the feed gives it (a language added since has none yet: the
 * elements show the feed's fallback, as they will for a real feed).
 */
const six = (texts: Partial<Record<Language, string>>) => texts;

/**
 * The real feed (feeds/cwg-cop.json), with what a list needs to show all it can: the report's
 * files in every language, and a meeting still ahead (it offers "Add to calendar").
 */
export async function richFeed(): Promise<Feed> {
  const feed = (await cwgCopFeed()) as Feed;
  feed.documents[0]!['files'] = LANGUAGES.map((lang, i) => ({
    lang,
    url: `https://www.itu.int/md/S18-CL-C-0036/${lang}`,
    format: i % 2 ? 'docx' : 'pdf',
    bytes: 812_345 + i * 1000,
  }));
  const year = new Date().getFullYear() + 1;
  feed.meetings.push({
    id: 'cwg-cop-next',
    number: 15,
    date: `${year}-09-15`,
    endDate: `${year}-09-16`,
    title: six({
      ar: 'الاجتماع الخامس عشر لفريق CWG-COP',
      en: '15th meeting of CWG-COP',
      es: '15.ª reunión del CWG-COP',
      fr: '15e réunion du CWG-COP',
      ru: '15-е собрание CWG-COP',
      zh: 'CWG-COP第15次会议',
    }),
    location: feed.meetings[0]!['location'],
  });
  // Where anyone can propose a resource: the directory links to it.
  feed['suggestUrl'] = 'https://www.itu.int/en/ITU-D/Cybersecurity/Pages/COP.aspx';
  return feed;
}

/** The rich feed with one unusable item of each kind: the notice for feed authors shows. */
async function partlyBadFeed(): Promise<Feed> {
  const feed = await richFeed();
  const title = six({
    ar: 'وثيقة بلا تاريخ',
    en: 'A document without a date',
    es: 'Un documento sin fecha',
    fr: 'Un document sans date',
    ru: 'Документ без даты',
    zh: '没有日期的文件',
  });
  feed.documents.push({ id: 'undated', title, type: 'report', files: [] });
  feed.recommendations.push({ id: 'orphan', meetings: ['cwg-cop-99'], text: title });
  feed.resources.push({ id: 'unsafe', title, url: 'javascript:alert(1)', scope: 'national', kind: 'tool' });
  return feed;
}

/** Chooses `value` in the `<select>` matching `selector`, as a person does. */
export async function choose(element: Rendering, selector: string, value: string): Promise<void> {
  const select = part<HTMLSelectElement>(element, selector);
  select.value = value;
  if (select.value !== value) throw new Error(`${selector} offers no ${value}`);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** Clicks the node matching `selector` and waits for the element to render. */
export async function click(element: Rendering, selector: string): Promise<void> {
  part(element, selector).click();
  await element.updateComplete;
}

/**
 * The states every list shares: loading, a feed error, an empty feed (`empty` takes its items
 * out), and a partly bad feed with the notice for feed authors, folded and unfolded.
 */
export function feedStates(tag: FeedTag, empty: (feed: Feed) => void): AxeState[] {
  const withIssues = async (lang: Language) => {
    const element = await mount(tag, lang, { feed: await partlyBadFeed() });
    part(element, '[part="issues"]');
    return element;
  };
  const expanded = async (lang: Language) => {
    const element = await withIssues(lang);
    part<HTMLDetailsElement>(element, '[part="issues"]').open = true;
    return element;
  };
  return [
    {
      state: 'loading (slow feed, pending)',
      arrange: (lang) => mount(tag, lang, { src: fresh('/test-feed/slow/5000') }, 'loading'),
      held: stillLoading,
    },
    {
      state: 'feed error (HTTP 500)',
      arrange: async (lang) => {
        const element = await mount(tag, lang, { src: fresh('/test-feed/status/500') }, 'failed');
        part(element, '[part="retry-button"]');
        return element;
      },
    },
    {
      state: 'empty feed',
      arrange: async (lang) => {
        const feed = (await cwgCopFeed()) as Feed;
        empty(feed);
        return mount(tag, lang, { feed });
      },
    },
    { state: 'invalid items (notice folded)', arrange: (lang) => withIssues(lang) },
    { state: 'invalid items (notice expanded)', arrange: (lang) => expanded(lang) },
  ];
}
