/**
 * Personal data a consultation must not ask for (ITU COP guidelines, UK Children's Code, COPPA,
 * GDPR Art. 8), checked when a feed is validated:
 *
 * - For `audience: "youth"`, a question that asks for a name, e-mail address, phone number,
 *   postal address, birth date or precise location — recognised by its id (`email`, `firstName`,
 *   `date-of-birth`, …) or by keywords of its label ({@link PERSONAL_DATA_PATTERNS}: the six UN
 *   languages, and those an office adds) — is refused.
 * - For every audience, an `age-band` question that offers a birth date or a year (`2010`,
 *   `2009-05-01`, "born in 2010") is refused: age bands are ranges such as `13-15`.
 *
 * Refused means the question is dropped with a feed issue `{ pointer, message }`; the rest of the
 * consultation stays usable. Questions whose `showIf` names a dropped question are then never
 * shown (their condition cannot be met). Sections and consent questions collect no personal data
 * and are not checked (a consent text may well say "without your name").
 */
import type { Consultation, LocalizedText, Question } from './model.js';
import { textsOf } from './vocabulary.js';
import type { FeedIssue } from './issues.js';
import { foldForSearch } from '../i18n/search.js';
import { baseOf } from '../i18n/language.js';

/** What a refused question asks for, as named in the issue message. */
type PersonalData =
  'name' | 'e-mail address' | 'phone number' | 'address' | 'birth date' | 'precise location';

/**
 * A letter or digit of folded text (lower case, no marks, ASCII digits: see foldForSearch) in
 * the scripts a feed may use, as code point ranges. Not `[\p{L}\p{N}]`: V8 takes about a
 * millisecond to compile each pattern holding a Unicode property class, and with the 34
 * patterns of the time (44 now) that was a 40 ms task at start-up and 80 ms more at the first youth check.
 */
const LETTER =
  '[0-9a-z\\u00df-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u05d0-\\u05ea\\u0620-\\u064a' +
  '\\u066e-\\u06d3\\u06d5\\u06fa-\\u06ff\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af]';
/** A Cyrillic letter, for Russian word endings. */
const CY = '[\\u0400-\\u052f]';
/** Word edges that also work for Cyrillic and accented Latin (`\b` is ASCII-only). */
const W = `(?<!${LETTER})`;
const E = `(?!${LETTER})`;
const words = (...alternatives: string[]) => new RegExp(`${W}(?:${alternatives.join('|')})${E}`, 'u');
/** A label that is nothing but the word ("Name", "Adresse :"). */
const only = (...alternatives: string[]) => new RegExp(`^(?:${alternatives.join('|')})\\s*:?$`, 'u');
const anywhere = (...alternatives: string[]) => new RegExp(alternatives.join('|'), 'u');

/** The kinds of personal data, in the order a label is checked for them. */
const KINDS: readonly PersonalData[] = [
  'name',
  'e-mail address',
  'phone number',
  'address',
  'birth date',
  'precise location',
];

/** Label patterns of one language, by the personal data they ask for. */
export type PersonalDataPatterns = Readonly<Partial<Record<PersonalData, readonly RegExp[]>>>;

/**
 * Label keywords by language (base language tag), written in the folded form of
 * {@link foldForSearch} (lower case, no accents, no Arabic hamza or tashkeel, ة → ه, ى → ي).
 * Chosen to catch questions that *ask for* the data, not words such as "name" the verb or
 * "address" a problem. A label's texts are each checked against every language's patterns (a
 * label is often mislabelled, or a plain string); a youth question with text in a language that
 * has no entry here gets a warning from `cop-widgets validate`, as its check is then incomplete.
 *
 * An office adds its language as one more entry, built with `words` (whole words or phrases),
 * `only` (a label that is nothing but the word) or `anywhere` (scripts without spaces), e.g.
 * `pt: { name: [words('(?:seu|sua|teu|tua) nome', 'nome completo', 'como te chamas')], … }`.
 */
export const PERSONAL_DATA_PATTERNS: Readonly<Record<string, PersonalDataPatterns>> = {
  en: {
    name: [
      words("(?:your|my|full|first|last|family|given|real|legal|child'?s) names?", '(?:sur|nick|user)names?'),
      only('names?'),
    ],
    'e-mail address': [words('e[ -]?mails?')],
    'phone number': [
      words('(?:tele)?phone(?: number)?', 'mobile (?:number|phone)', 'cell ?(?:phone|number)'),
    ],
    address: [
      words(
        '(?:home|street|postal|mailing|house|your|my) address(?:es)?',
        'post ?code',
        'zip ?code',
        'where (?:do )?you live',
      ),
      only('address'),
    ],
    'birth date': [words('birth ?(?:day|date)s?', 'date of birth', 'born', 'dob', 'year of birth')],
    'precise location': [
      words(
        '(?:your|exact|precise|current|gps|home) location',
        'gps',
        'coordinates',
        'latitude',
        'longitude',
        'geo-?location',
      ),
    ],
  },
  fr: {
    name: [
      only('noms?'),
      words('(?:ton|ta|votre|tes|vos) (?:nom|prenom)s?', 'prenoms?', 'nom de famille', 'pseudo'),
    ],
    'e-mail address': [words('courriels?', 'adresse (?:electronique|mail|courriel)')],
    'phone number': [words('telephone', 'numero de (?:portable|mobile|telephone)')],
    address: [
      only('adresse'),
      words(
        '(?:ton|ta|votre) adresse',
        'adresse postale',
        'code postal',
        'ou (?:habites|vis|vivez|habitez)(?:-tu| tu|-vous| vous)?',
      ),
    ],
    'birth date': [words('date de naissance', 'annee de naissance', 'anniversaire')],
    'precise location': [words('(?:geo)?localisation', 'coordonnees', 'position gps')],
  },
  es: {
    name: [
      only('nombres?'),
      words('(?:tu|su|tus|sus) (?:nombre|apellido)s?', 'apellidos?', 'nombre completo', 'como te llamas'),
    ],
    'e-mail address': [words('correo(?: electronico)?')],
    'phone number': [words('telefono', 'celular', 'numero de movil')],
    address: [
      only('direccion'),
      words(
        '(?:tu|su) direccion',
        'direccion (?:de correo|postal|de (?:tu )?casa)',
        'domicilio',
        'donde vives',
        'codigo postal',
      ),
    ],
    'birth date': [words('fecha de nacimiento', 'ano de nacimiento', 'cumpleanos', 'naciste')],
    'precise location': [words('ubicacion', 'localizacion', 'geolocalizacion', 'coordenadas')],
  },
  ru: {
    name: [
      only('имя'),
      words('имя', 'имени', `фамили${CY}*`, `отчеств${CY}*`, 'как тебя зовут', 'как вас зовут'),
    ],
    'e-mail address': [words('имейл', 'емейл', `электронн${CY}* почт${CY}*`)],
    'phone number': [words(`телефон${CY}*`, 'номер мобильного')],
    address: [
      only('адрес'),
      words('адрес(?:а|у|ом|е)?', `почтов${CY}* индекс`, 'где ты живешь', 'где вы живете'),
    ],
    'birth date': [
      words(`дат${CY}* рождения`, `год${CY}* рождения`, `дн${CY}* рождения`, `когда (?:ты|вы) родил${CY}*`),
    ],
    'precise location': [words(`местоположени${CY}*`, `геолокаци${CY}*`, `координат${CY}*`)],
  },
  zh: {
    name: [anywhere('姓名', '名字', '姓氏', '叫什么')],
    'e-mail address': [anywhere('电子邮件', '电子邮箱', '邮箱', '电邮')],
    'phone number': [anywhere('电话', '手机号')],
    address: [anywhere('地址', '住址', '住在哪', '邮编', '邮政编码')],
    'birth date': [anywhere('出生', '生日')],
    'precise location': [anywhere('位置', '定位', '坐标', '经纬度')],
  },
  ar: {
    name: [anywhere('اسمك', 'الاسم', 'اسم العائله', 'اسم المستخدم', 'لقبك')],
    'e-mail address': [anywhere('البريد الالكتروني', 'بريدك', 'ايميل')],
    'phone number': [anywhere('هاتف', 'جوال', 'موبايل')],
    address: [
      anywhere(
        'عنوانك',
        'عنوان السكن',
        'عنوان المنزل',
        'عنوان البريد',
        'مكان سكنك',
        'مكان اقامتك',
        'اين تسكن',
        'اين تعيش',
        'الرمز البريدي',
      ),
    ],
    'birth date': [
      anywhere('تاريخ الميلاد', 'تاريخ ميلادك', 'عيد ميلادك', 'متي ولدت', 'تاريخ ولادتك', 'سنه الميلاد'),
    ],
    'precise location': [anywhere('موقعك', 'الموقع الجغرافي', 'احداثيات')],
  },
};

/** Whether labels in language `tag` are checked with patterns of their own language. */
export function hasPersonalDataPatterns(tag: string): boolean {
  return Object.hasOwn(PERSONAL_DATA_PATTERNS, baseOf(tag));
}

/** Ids (split at `-`, `_`, `.` and camelCase humps) that name personal data. */
const ID_TOKENS: Readonly<Record<string, PersonalData>> = {
  ...Object.fromEntries(
    [
      'name',
      'names',
      'firstname',
      'lastname',
      'fullname',
      'surname',
      'nickname',
      'username',
      'givenname',
      'familyname',
    ].map((t) => [t, 'name']),
  ),
  ...Object.fromEntries(['email', 'emails', 'mail', 'emailaddress'].map((t) => [t, 'e-mail address'])),
  ...Object.fromEntries(
    ['phone', 'telephone', 'tel', 'phonenumber', 'mobilenumber', 'cell', 'cellphone'].map((t) => [
      t,
      'phone number',
    ]),
  ),
  ...Object.fromEntries(
    ['address', 'homeaddress', 'street', 'postcode', 'zip', 'zipcode', 'postal'].map((t) => [t, 'address']),
  ),
  ...Object.fromEntries(['dob', 'birthday', 'birthdate', 'born', 'birth'].map((t) => [t, 'birth date'])),
  ...Object.fromEntries(
    [
      'location',
      'geolocation',
      'geo',
      'gps',
      'lat',
      'lng',
      'lon',
      'latitude',
      'longitude',
      'coords',
      'coordinates',
    ].map((t) => [t, 'precise location']),
  ),
};

/** A year of birth or a calendar date, in an age band's value or label. */
const DATE_LIKE = /(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/;

/** The personal data an id names, by its tokens (`dateOfBirth` → date, of, birth). */
function personalDataOfId(id: string): PersonalData | undefined {
  const tokens = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  for (const token of tokens) {
    const found = ID_TOKENS[token];
    if (found) return found;
  }
  const joined = tokens.join('');
  if (joined.includes('dateofbirth')) return 'birth date';
  if (joined.includes('email')) return 'e-mail address';
  return undefined;
}

/** The personal data a label asks for, in any of its languages. */
export function personalDataOfLabel(label: LocalizedText): PersonalData | undefined {
  const tables = Object.values(PERSONAL_DATA_PATTERNS);
  for (const text of textsOf(label)) {
    const folded = foldForSearch(text);
    for (const kind of KINDS) {
      if (tables.some((table) => table[kind]?.some((pattern) => pattern.test(folded)))) return kind;
    }
  }
  return undefined;
}

/**
 * Whether `question` of `consultation` must be dropped because it asks for personal data (see
 * the module comment); when it must, the reason is added to `issues` at `at` (the question's JSON
 * Pointer).
 */
export function refusePersonalData(
  consultation: Consultation,
  question: Question,
  at: string,
  issues: FeedIssue[],
): boolean {
  if (question.type === 'age-band') {
    const index = question.options.findIndex(
      (option) =>
        DATE_LIKE.test(option.value) ||
        textsOf(option.label).some((text) => DATE_LIKE.test(text)) ||
        personalDataOfLabel(option.label) === 'birth date',
    );
    if (index >= 0) {
      issues.push({
        pointer: `${at}/options/${index}`,
        message:
          'An age-band question must offer age ranges such as "13-15", never a birth date or year: the question is skipped.',
      });
      return true;
    }
  }
  if (consultation.audience !== 'youth' || question.type === 'section' || question.type === 'consent')
    return false;
  const byId = personalDataOfId(question.id);
  const byLabel = byId ? undefined : personalDataOfLabel(question.label);
  const asked = byId ?? byLabel;
  if (!asked) return false;
  issues.push({
    pointer: `${at}/${byId ? 'id' : 'label'}`,
    message: `A youth consultation must not ask for ${/^[aeiou]/.test(asked) ? 'an' : 'a'} ${asked} (nor a name, e-mail address, phone number, address, birth date or precise location): the question "${question.id}" is skipped.`,
  });
  return true;
}
