/**
 * Which consultation the form shows, and where it stands in time (CONTRACT §5): without a
 * `consultation` id, the open one that closes soonest; when none is open, the most recent one
 * (latest `opens`, else `closes`), shown in its not-yet-open or closed state.
 */
import type { Consultation, LocalizedText } from '../../feed/model.js';
import { LANGUAGES, type Language, baseOf, isLanguage } from '../../i18n/language.js';

/** Where a consultation stands: before `opens`, between, or after `closes`. */
export type Phase = 'upcoming' | 'open' | 'closed';

const time = (iso: string | undefined, absent: number): number => {
  const parsed = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(parsed) ? absent : parsed;
};

/** Where `consultation` stands at `now` (ms). No `opens`: open since ever; no `closes`: never closes. */
export function phaseOf(consultation: Consultation, now: number): Phase {
  if (now < time(consultation.opens, -Infinity)) return 'upcoming';
  if (now >= time(consultation.closes, Infinity)) return 'closed';
  return 'open';
}

/** Ms from `now` until the phase of `consultation` changes, or `undefined` when it never will. */
export function untilNextPhase(consultation: Consultation, now: number): number | undefined {
  const next = [time(consultation.opens, -Infinity), time(consultation.closes, Infinity)].find(
    (t) => t > now,
  );
  return next === undefined || next === Infinity ? undefined : next - now;
}

/** The consultation to show: the one named `id`, else the default described above. */
export function pickConsultation(
  consultations: readonly Consultation[],
  id: string | undefined,
  now: number,
): Consultation | undefined {
  if (id) return consultations.find((c) => c.id === id);
  const open = consultations.filter((c) => phaseOf(c, now) === 'open');
  if (open.length > 0)
    return open.reduce((best, c) => (time(c.closes, Infinity) < time(best.closes, Infinity) ? c : best));
  const recency = (c: Consultation) => time(c.opens, time(c.closes, -Infinity));
  return consultations.reduce<Consultation | undefined>(
    (best, c) => (best === undefined || recency(c) > recency(best) ? c : best),
    undefined,
  );
}

/** The UN languages `value` is written in (a plain string: the feed's default language). */
function languagesOfText(value: LocalizedText, defaultLanguage: string): string[] {
  return typeof value === 'string' ? [baseOf(defaultLanguage)] : Object.keys(value).map(baseOf);
}

/**
 * The interface languages the consultation's texts exist in — those its title is written in,
 * among the six — in the UN order, plus `current` so the reader can always see where they are.
 */
export function languagesOf(
  consultation: Consultation,
  defaultLanguage: string,
  current: Language,
): Language[] {
  const found = new Set<string>(languagesOfText(consultation.title, defaultLanguage));
  found.add(current);
  return LANGUAGES.filter((language) => found.has(language) && isLanguage(language));
}
