/**
 * A feed's published results (CONTRACT §6), checked against their consultations once the lists
 * are read: results of a consultation or question the feed does not have are skipped, counts a
 * question cannot have are dropped, and no count below the entry's `minimumCount` is kept as a
 * number (it becomes `null`, "fewer than 5"), each with an issue. A feed without results costs
 * nothing here. (The command's warning about a group with a single `null` is in report.ts.)
 *
 * Loading this module is what makes the validator read results (validate.ts keeps them unread
 * until then): the results element loads it through {@link resultsOf}, the validate command
 * through report.ts, so no other element's entry carries the results schema and checks.
 */
import { type FeedIssue, pointer } from './issues.js';
import type { Consultation, ConsultationResults, Question } from './model.js';
import { FAILED, checkResults as checkEntry } from './checks.generated.js';
import { type Feed, readList, registerResultsReader } from './validate.js';

type Counts = Record<string, number | null>;

const quote = (text: string) => JSON.stringify(text.slice(0, 80));

/**
 * The keys a question's counts may have (its option values, or its scale values as strings), and
 * what a key that is none of them is not; `undefined` for free text (`answered` only) and for a
 * consent or a section (not published at all).
 */
function countKeys(question: Question): [ReadonlySet<string>, string] | undefined {
  const { type } = question;
  if (type === 'scale') {
    const values: string[] = [];
    for (let n = question.min; n <= question.max; n++) values.push(String(n));
    return [
      new Set(values),
      `a value of the scale ${quote(question.id)} (${question.min} to ${question.max})`,
    ];
  }
  return type === 'text' || type === 'long-text' || type === 'consent' || type === 'section'
    ? undefined
    : [
        new Set(question.options.map((option) => option.value)),
        `an option of the question ${quote(question.id)}`,
      ];
}

/**
 * Checks the results entries read from the feed against the kept `consultations` (see the module
 * comment); returns the entries kept. `origin` holds where each entry stood in the feed, and
 * learns where each kept question result stood.
 */
export function checkResults(
  entries: ConsultationResults[],
  consultations: Consultation[],
  issues: FeedIssue[],
  origin: WeakMap<object, string>,
): ConsultationResults[] {
  if (entries.length === 0) return entries;
  const byId = new Map(consultations.map((consultation) => [consultation.id, consultation]));
  const note = (at: string, message: string) => issues.push({ pointer: at, message });
  return entries.filter((entry) => {
    const where = origin.get(entry)!;
    const consultation = byId.get(entry.consultation);
    if (consultation === undefined) {
      note(
        `${where}/consultation`,
        `Unknown consultation ${quote(entry.consultation)}: its results are skipped.`,
      );
      return false;
    }
    const minimum = entry.minimumCount;
    /** A count as it may be published: below the minimum, `null`, with an issue. */
    const hide = (count: number | null, at: string): number | null => {
      if (count === null || count >= minimum) return count;
      note(
        at,
        `The count ${count} is below minimumCount (${minimum}): it is read as null ("fewer than ${minimum}").`,
      );
      return null;
    };
    /** The counts, each hidden below the minimum; a key that `keys` lacks is dropped, with an issue. */
    const check = (counts: Counts, at: string, keys?: [ReadonlySet<string>, string]): Counts => {
      const kept: Counts = {};
      for (const [key, count] of Object.entries(counts)) {
        if (!keys || keys[0].has(key)) kept[key] = hide(count, at + pointer(key));
        else note(at + pointer(key), `${quote(key)} is not ${keys[1]}: its count is dropped.`);
      }
      return kept;
    };

    entry.responses = hide(entry.responses, `${where}/responses`);
    if (entry.byLanguage) entry.byLanguage = check(entry.byLanguage, `${where}/byLanguage`);
    entry.byWeek?.forEach((week, index) => {
      week.responses = hide(week.responses, `${where}/byWeek/${index}/responses`);
    });
    if (entry.byAgeBand) {
      // The bands are the options of the consultation's (first) age-band question.
      const ageBand = consultation.questions.find((question) => question.type === 'age-band');
      if (ageBand) entry.byAgeBand = check(entry.byAgeBand, `${where}/byAgeBand`, countKeys(ageBand));
      else {
        note(`${where}/byAgeBand`, 'The consultation has no age-band question: byAgeBand is dropped.');
        delete entry.byAgeBand;
      }
    }

    const questions = new Map(consultation.questions.map((question) => [question.id, question]));
    entry.questions = entry.questions.filter((result, index) => {
      const at = `${where}/questions/${index}`;
      const question = questions.get(result.question);
      const { type } = question ?? {};
      if (!question || type === 'consent' || type === 'section') {
        const which = question
          ? `A ${type} question has no results to publish`
          : 'Unknown or repeated question';
        note(`${at}/question`, `${which} (${quote(result.question)}): its results are skipped.`);
        return false;
      }
      // One result per question: a repeat is then unknown.
      questions.delete(question.id);
      origin.set(result, at);
      result.answered = hide(result.answered, `${at}/answered`);
      if (!result.counts) return true;
      const keys = countKeys(question);
      if (keys) result.counts = check(result.counts, `${at}/counts`, keys);
      else {
        note(
          `${at}/counts`,
          `A ${type} question's answers are free text, never published as counts: they are dropped.`,
        );
        delete result.counts;
      }
      return true;
    });
    return true;
  });
}

/**
 * A results entry's check, its output a copy throughout as valibot's (the check reads in place):
 * {@link checkResults} changes counts inside the entry, never the feed given.
 */
const readEntry = (value: unknown) => {
  const output = checkEntry(value);
  return output === FAILED ? output : structuredClone(output);
};

registerResultsReader((raw, consultations, issues, origin) =>
  checkResults(
    readList('results', raw, issues, readEntry, 'consultation') as ConsultationResults[],
    consultations,
    issues,
    origin,
  ),
);

/**
 * `feed.results`, read if they were not yet (a feed validated before this module was loaded, for
 * another element on the page): their issues are then added to the feed's issues. What the
 * results element reads them through, so that using it loads this module.
 */
export const resultsOf = (feed: Feed): ConsultationResults[] => feed.results;
