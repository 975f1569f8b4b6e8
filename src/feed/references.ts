/**
 * The checks of a feed's addresses and references (validate.ts): an address that is not http(s)
 * drops its item, a dangling reference is removed with an issue, never a crash.
 */
import type { FeedIssue } from './issues.js';
import { checkQuestions } from './questions.js';
import { MAILTO, safeUrl } from './urls.js';
import { type Lists, at } from './lists.js';

export const refuse = (issues: FeedIssue[], at: string, raw: string, what = 'an http: or https: address') =>
  issues.push({ pointer: at, message: `Not ${what}: ${JSON.stringify(raw.slice(0, 80))}.` });

/** Resolves resources' and consultations' addresses; an item whose address is not http(s) is dropped. */
export function checkUrls(lists: Lists, base: string | URL | undefined, issues: FeedIssue[]): void {
  lists.resources = lists.resources.filter((resource) => {
    const url = safeUrl(resource.url, base);
    if (url === undefined) refuse(issues, `${at(resource)}/url`, resource.url);
    else resource.url = url;
    return url !== undefined;
  });
  lists.consultations = lists.consultations.filter((consultation) => {
    const url = safeUrl(consultation.endpoint, base);
    if (url === undefined) refuse(issues, `${at(consultation)}/endpoint`, consultation.endpoint);
    else consultation.endpoint = url;
    const { contact } = consultation;
    if (contact !== undefined) {
      const safe = MAILTO.test(contact) ? contact : safeUrl(contact, base);
      if (safe === undefined || safe.startsWith('http:')) {
        refuse(issues, `${at(consultation)}/contact`, contact, 'an https: page or a mailto: address');
        delete consultation.contact;
      } else consultation.contact = safe;
    }
    return url !== undefined;
  });
}

export const known = (list: { id: string }[]) => new Set(list.map((item) => item.id));

/** The references of `refs` found in `set`; each other one is an issue, never a crash. */
export function keepKnown(
  where: string,
  what: string,
  refs: string[] | undefined,
  set: Set<string>,
  issues: FeedIssue[],
): string[] | undefined {
  if (!refs || refs.every((ref) => set.has(ref))) return refs;
  return refs.filter((ref) => {
    if (set.has(ref)) return true;
    issues.push({ pointer: where, message: `Unknown ${what} "${ref}": the reference is ignored.` });
    return false;
  });
}

/**
 * Checks the references of recommendations and consultations (once every document is read); a
 * dangling one is removed with an issue, never a crash.
 */
export function checkReferences(
  lists: Lists,
  recommendationIssues: FeedIssue[],
  consultationIssues: FeedIssue[],
): void {
  const topics = known(lists.topics);
  const meetings = known(lists.meetings);
  const documents = known(lists.documents);
  const issues = recommendationIssues;
  lists.recommendations = lists.recommendations.filter((rec) => {
    const where = at(rec);
    rec.meetings = keepKnown(`${where}/meetings`, 'meeting', rec.meetings, meetings, issues) ?? [];
    rec.topics = keepKnown(`${where}/topics`, 'topic', rec.topics, topics, issues);
    rec.documents = keepKnown(`${where}/documents`, 'document', rec.documents, documents, issues);
    if (rec.meetings.length === 0) {
      issues.push({ pointer: where, message: 'The recommendation names no known meeting; it is skipped.' });
    }
    return rec.meetings.length > 0;
  });
  lists.consultations = lists.consultations.filter((consultation) => {
    const where = at(consultation);
    if (consultation.document !== undefined && !documents.has(consultation.document)) {
      consultationIssues.push({
        pointer: `${where}/document`,
        message: `Unknown document "${consultation.document}": the reference is ignored.`,
      });
      delete consultation.document;
    }
    return checkQuestions(consultation, where, consultationIssues);
  });
}
