import { expect } from '@open-wc/testing';
import type { Language } from '../src/i18n/language.js';
import { inLanguage } from '../src/i18n/msg.js';
import {
  autonym,
  collator,
  compareText,
  countryName,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatFileSize,
  formatList,
  formatNumber,
  formatRelativeTime,
  languageName,
} from '../src/i18n/format.js';
import { TESTED_LANGUAGES } from './helpers/languages.js';

const TESTED = TESTED_LANGUAGES;

/**
 * Checks what `fn` gives in each language: against `known`, the values checked by hand for the six
 * UN languages (Chromium 156's ICU output, each checked for its language; invisible characters as
 * escapes: U+202F narrow and U+00A0 ordinary no-break space), and for a language added since,
 * which has no entry, against `generic(tag)`: what Intl gives for its tag, so that a seventh
 * language is checked to format in itself (not in English, not in another) with no edit here.
 */
function expectEach<T>(fn: () => T, known: Partial<Record<Language, T>>, generic: (tag: string) => T): void {
  for (const language of TESTED) {
    expect(inLanguage(language, fn), language).to.deep.equal(known[language] ?? generic(language));
  }
  expect(Object.keys(known).filter((tag) => !TESTED.includes(tag as Language))).to.deep.equal([]);
}

const UTC_GREGORY = { calendar: 'gregory', timeZone: 'UTC' } as const;
const longDate = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', ...UTC_GREGORY });

describe('formatNumber', () => {
  it('formats in the rendering language', () => {
    expectEach(
      () => formatNumber(1234.5),
      {
        ar: '1,234.5', // Chromium's ICU defaults `ar` to Latin digits.
        zh: '1,234.5',
        en: '1,234.5',
        fr: '1\u202f234,5',
        ru: '1\u00a0234,5',
        es: '1234,5',
      },
      (tag) => new Intl.NumberFormat(tag).format(1234.5),
    );
    expect(inLanguage('en', () => formatNumber(0.256, { style: 'percent' }))).to.equal('26%');
  });
});

describe('formatDate', () => {
  it('writes a feed date in each language, long by default', () => {
    const expected = {
      ar: '23 يناير 2015',
      zh: '2015年1月23日',
      en: 'January 23, 2015',
      fr: '23 janvier 2015',
      ru: '23 января 2015 г.',
      es: '23 de enero de 2015',
    };
    const generic = (tag: string) => longDate(tag).format(Date.UTC(2015, 0, 23));
    expectEach(() => formatDate('2015-01-23', 'long'), expected, generic);
    expectEach(() => formatDate('2015-01-23'), expected, generic);
  });

  it('has medium and short styles', () => {
    expect(inLanguage('en', () => formatDate('2015-01-23', 'medium'))).to.equal('Jan 23, 2015');
    expect(inLanguage('fr', () => formatDate('2015-01-23', 'medium'))).to.equal('23 janv. 2015');
    expect(inLanguage('en', () => formatDate('2015-01-23', 'short'))).to.equal('1/23/15');
    expect(inLanguage('ru', () => formatDate('2015-01-23', 'short'))).to.equal('23.01.2015');
  });

  it('writes Arabic dates in the Gregorian calendar', () => {
    const date = inLanguage('ar', () => formatDate('2015-01-23'));
    expect(date).to.contain('يناير');
    expect(date).to.contain('2015');
  });

  it('never moves a date by a day, whatever the time zone', () => {
    // The hazard: the UTC midnight of the 23rd is still the 22nd west of Greenwich.
    const midnight = Date.UTC(2015, 0, 23);
    const westward = new Intl.DateTimeFormat('en', { day: 'numeric', timeZone: 'Pacific/Pago_Pago' });
    expect(westward.format(midnight)).to.equal('22');
    const day = 86_400_000;
    for (let time = Date.UTC(2015, 0, 1); time <= Date.UTC(2016, 11, 31); time += day) {
      const iso = new Date(time).toISOString().slice(0, 10);
      const shown = inLanguage('en', () => formatDate(iso));
      expect(shown, iso).to.match(new RegExp(` ${Number(iso.slice(8))}, ${iso.slice(0, 4)}$`));
    }
    expect(inLanguage('en', () => formatDate('2016-02-29'))).to.equal('February 29, 2016');
  });

  it('returns what is not a date unchanged', () => {
    inLanguage('fr', () => {
      for (const bad of ['not-a-date', '', '2015-02-30', '2015-13-01', '2015-1-5', '2015-01-23T00:00:00Z']) {
        expect(formatDate(bad)).to.equal(bad);
      }
    });
  });
});

describe('formatDateRange', () => {
  it('writes a period as each language writes ranges', () => {
    expectEach(
      () => formatDateRange('2016-10-10', '2017-02-02'),
      {
        ar: '10 أكتوبر 2016 – 2 فبراير 2017',
        zh: '2016年10月10日至2017年2月2日',
        en: 'October 10, 2016 – February 2, 2017',
        fr: '10 octobre 2016 – 2 février 2017',
        ru: '10 октября 2016 г. – 2 февраля 2017 г.',
        es: '10 de octubre de 2016 – 2 de febrero de 2017',
      },
      (tag) => longDate(tag).formatRange(Date.UTC(2016, 9, 10), Date.UTC(2017, 1, 2)),
    );
  });

  it('shares what both ends have in common', () => {
    expectEach(
      () => formatDateRange('2016-05-10', '2016-05-12'),
      {
        ar: '10–12 مايو 2016',
        zh: '2016年5月10日至12日',
        en: 'May 10 – 12, 2016',
        fr: '10–12 mai 2016',
        ru: '10–12 мая 2016 г.',
        es: '10–12 de mayo de 2016',
      },
      (tag) => longDate(tag).formatRange(Date.UTC(2016, 4, 10), Date.UTC(2016, 4, 12)),
    );
    expect(inLanguage('zh', () => formatDateRange('2016-10-10', '2016-11-12'))).to.equal(
      '2016年10月10日至11月12日',
    );
    expect(inLanguage('fr', () => formatDateRange('2016-10-10', '2016-11-12'))).to.equal(
      '10 octobre – 12 novembre 2016',
    );
  });

  it('is a single date when both ends are the same day', () => {
    expect(inLanguage('en', () => formatDateRange('2016-05-10', '2016-05-10'))).to.equal('May 10, 2016');
    expect(inLanguage('zh', () => formatDateRange('2016-05-10', '2016-05-10'))).to.equal('2016年5月10日');
  });

  it('joins inputs that are not dates', () => {
    expect(formatDateRange('not-a-date', '2015-01-01')).to.equal('not-a-date – 2015-01-01');
    expect(formatDateRange('2015-01-01', '')).to.equal('2015-01-01 – ');
  });
});

describe('formatDateTime', () => {
  it('writes an instant as a date and a short time', () => {
    expectEach(
      () => formatDateTime('2027-06-30T23:59:59Z', 'UTC'),
      {
        ar: '30 يونيو 2027 في 11:59 م',
        zh: '2027年6月30日 23:59',
        en: 'June 30, 2027 at 11:59 PM',
        fr: '30 juin 2027 à 23:59',
        ru: '30 июня 2027 г. в 23:59',
        es: '30 de junio de 2027 a las 23:59',
      },
      (tag) =>
        new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', ...UTC_GREGORY }).format(
          Date.UTC(2027, 5, 30, 23, 59, 59),
        ),
    );
  });

  it('uses the time zone given, else the browser’s', () => {
    inLanguage('en', () => {
      expect(formatDateTime('2027-06-30T23:59:59Z', 'Asia/Tokyo')).to.equal('July 1, 2027 at 8:59 AM');
      const local = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });
      expect(formatDateTime('2027-06-30T23:59:59Z')).to.equal(
        local.format(Date.UTC(2027, 5, 30, 23, 59, 59)),
      );
      expect(formatDateTime('2027-06-30T23:59:59Z', 'Mars/Olympus_Mons')).to.equal(
        formatDateTime('2027-06-30T23:59:59Z'),
      );
    });
  });

  it('returns what is not an instant unchanged', () => {
    expect(formatDateTime('not-a-date', 'UTC')).to.equal('not-a-date');
  });
});

describe('formatFileSize', () => {
  it('abbreviates decimal units with at most one decimal', () => {
    expectEach(
      () => formatFileSize(1234567),
      {
        ar: '1.2 م.ب',
        zh: '1.2 MB',
        en: '1.2 MB',
        fr: '1,2\u202fMo',
        ru: '1,2 МБ',
        es: '1,2 MB',
      },
      (tag) =>
        new Intl.NumberFormat(tag, { style: 'unit', unit: 'megabyte', unitDisplay: 'short' }).format(1.2),
    );
    inLanguage('en', () => {
      expect(formatFileSize(1500)).to.equal('1.5 kB');
      expect(formatFileSize(2_500_000_000)).to.equal('2.5 GB');
      expect(formatFileSize(5e12)).to.equal('5,000 GB');
      // Rounding up to 1000 moves to the next unit.
      expect(formatFileSize(999_950)).to.equal('1 MB');
      expect(formatFileSize(999_949)).to.equal('999.9 kB');
    });
  });

  it('spells bytes out under 1 kB', () => {
    expectEach(
      () => [formatFileSize(999), formatFileSize(0), formatFileSize(1)],
      {
        ar: ['999 بايت', '0 بايت', '1 بايت'],
        zh: ['999字节', '0字节', '1字节'],
        en: ['999 bytes', '0 bytes', '1 byte'],
        fr: ['999\u00a0octets', '0\u00a0octet', '1\u00a0octet'],
        ru: ['999 байт', '0 байт', '1 байт'],
        es: ['999 bytes', '0 bytes', '1 byte'],
      },
      (tag) =>
        [999, 0, 1].map((n) =>
          new Intl.NumberFormat(tag, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(n),
        ),
    );
  });
});

describe('formatList', () => {
  it('joins as each language does', () => {
    expectEach(
      () => formatList(['a', 'b', 'c']),
      {
        ar: 'a وb وc',
        zh: 'a、b和c',
        en: 'a, b, and c',
        fr: 'a, b et c',
        ru: 'a, b и c',
        es: 'a, b y c',
      },
      (tag) => new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' }).format(['a', 'b', 'c']),
    );
  });

  it('has disjunctions and unit lists', () => {
    expect(inLanguage('en', () => formatList(['a', 'b', 'c'], 'disjunction'))).to.equal('a, b, or c');
    expect(inLanguage('fr', () => formatList(['a', 'b'], 'disjunction'))).to.equal('a ou b');
    expect(inLanguage('en', () => formatList(['a', 'b'], 'unit'))).to.equal('a, b');
    expect(inLanguage('en', () => formatList([]))).to.equal('');
  });
});

describe('countryName, languageName, autonym', () => {
  it('names countries in the rendering language', () => {
    expectEach(
      () => countryName('EG'),
      { ar: 'مصر', zh: '埃及', en: 'Egypt', fr: 'Égypte', ru: 'Египет', es: 'Egipto' },
      (tag) => new Intl.DisplayNames(tag, { type: 'region' }).of('EG')!,
    );
    expect(inLanguage('fr', () => countryName('eg'))).to.equal('Égypte');
  });

  it('names languages in the rendering language, or in another', () => {
    expectEach(
      () => languageName('fr'),
      { ar: 'الفرنسية', zh: '法语', en: 'French', fr: 'français', ru: 'французский', es: 'francés' },
      (tag) => new Intl.DisplayNames(tag, { type: 'language' }).of('fr')!,
    );
    expect(inLanguage('en', () => languageName('fr', 'fr'))).to.equal('français');
    expect(inLanguage('en', () => languageName('ru', 'es'))).to.equal('ruso');
  });

  it('gives autonyms as labels, the same in every rendering language', () => {
    const known: Partial<Record<Language, string>> = {
      ar: 'العربية',
      zh: '中文',
      en: 'English',
      fr: 'Français',
      ru: 'Русский',
      es: 'Español',
    };
    // A language added since: CLDR's name of it in itself, its first letter as a label starts.
    const cldr = (tag: string) => {
      const name = new Intl.DisplayNames(tag, { type: 'language' }).of(tag)!;
      return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
    };
    const expected = TESTED.map((tag) => known[tag] ?? cldr(tag));
    for (const language of TESTED) {
      expect(
        inLanguage(language, () => TESTED.map(autonym)),
        language,
      ).to.deep.equal(expected);
    }
  });

  it('returns unknown or invalid codes themselves', () => {
    inLanguage('fr', () => {
      expect(countryName('XX')).to.equal('XX');
      expect(countryName('not a code')).to.equal('not a code');
      expect(countryName('')).to.equal('');
      expect(languageName('xx')).to.equal('xx');
      expect(languageName('!!')).to.equal('!!');
      expect(languageName('fr', '!!')).to.equal('fr');
      expect(autonym('xx')).to.equal('xx');
      expect(autonym('??')).to.equal('??');
    });
  });
});

describe('collator, compareText', () => {
  const sorted = (language: Language, words: string[]) =>
    inLanguage(language, () => [...words].sort(compareText));

  it('sorts accented letters with their base letter', () => {
    const words = ['zèbre', 'eux', 'été', 'abd', 'Abc', 'árbol', 'oso'];
    for (const language of ['en', 'fr', 'es'] as const) {
      expect(sorted(language, words), language).to.deep.equal([
        'Abc',
        'abd',
        'árbol',
        'été',
        'eux',
        'oso',
        'zèbre',
      ]);
    }
    expect(inLanguage('fr', () => compareText('Été', 'ete'))).to.equal(0);
  });

  it('compares numbers by value', () => {
    expect(sorted('en', ['item 10', 'item 2', 'item 1'])).to.deep.equal(['item 1', 'item 2', 'item 10']);
  });

  it('sorts Spanish ñ after n', () => {
    expect(sorted('es', ['ñu', 'oso', 'nube'])).to.deep.equal(['nube', 'ñu', 'oso']);
  });

  it('sorts Russian ё with е', () => {
    expect(sorted('ru', ['жук', 'ёлка', 'елка', 'дом'])).to.deep.equal(['дом', 'ёлка', 'елка', 'жук']);
    expect(inLanguage('ru', () => compareText('ёлка', 'Елка'))).to.equal(0);
  });

  it('sorts Arabic alphabetically', () => {
    expect(sorted('ar', ['سلام', 'تفاح', 'باب', 'أمل'])).to.deep.equal(['أمل', 'باب', 'تفاح', 'سلام']);
  });

  it('sorts Chinese by pinyin', () => {
    expect(sorted('zh', ['网络', '儿童', '保护'])).to.deep.equal(['保护', '儿童', '网络']);
    // Neither code point order (上 U+4E0A first) nor stroke order (上 has 3 strokes): bei < shang.
    expect(sorted('zh', ['上海', '北京', '中国', '阿拉伯'])).to.deep.equal([
      '阿拉伯',
      '北京',
      '上海',
      '中国',
    ]);
  });

  it('keeps one collator per language', () => {
    expect(inLanguage('fr', collator)).to.equal(inLanguage('fr', collator));
    expect(inLanguage('fr', collator)).not.to.equal(inLanguage('es', collator));
  });
});

describe('formatRelativeTime', () => {
  const now = new Date(Date.UTC(2024, 0, 1, 12));
  const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

  it('says how far, in each language', () => {
    expectEach(
      () => formatRelativeTime(later(3), now),
      {
        ar: 'خلال 3 أيام',
        zh: '3天后',
        en: 'in 3 days',
        fr: 'dans 3 jours',
        ru: 'через 3 дня',
        es: 'dentro de 3 días',
      },
      (tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(3, 'day'),
    );
  });

  it('names the next and previous day', () => {
    expectEach(
      () => [formatRelativeTime(later(1), now), formatRelativeTime(later(-1), now)],
      {
        ar: ['غدًا', 'أمس'],
        zh: ['明天', '昨天'],
        en: ['tomorrow', 'yesterday'],
        fr: ['demain', 'hier'],
        ru: ['завтра', 'вчера'],
        es: ['mañana', 'ayer'],
      },
      (tag) =>
        [1, -1].map((days) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(days, 'day')),
    );
  });

  it('chooses the unit by distance', () => {
    inLanguage('en', () => {
      expect(formatRelativeTime(now, now)).to.equal('now');
      expect(formatRelativeTime(new Date(now.getTime() - 200), now)).to.equal('now');
      expect(formatRelativeTime('2024-01-01T12:00:30Z', now)).to.equal('in 30 seconds');
      expect(formatRelativeTime('2024-01-01T12:05:00Z', now)).to.equal('in 5 minutes');
      expect(formatRelativeTime('2024-01-01T09:00:00Z', now)).to.equal('3 hours ago');
      expect(formatRelativeTime('2024-01-15T12:00:00Z', now)).to.equal('in 2 weeks');
      expect(formatRelativeTime('2024-03-01', now)).to.equal('in 2 months');
      expect(formatRelativeTime('2021-01-01', now)).to.equal('3 years ago');
      // 59.9 minutes is an hour, not "in 60 minutes"; 29 days rounds to 4 weeks; 360 days to a year.
      expect(formatRelativeTime(new Date(now.getTime() + 3_594_000), now)).to.equal('in 1 hour');
      expect(formatRelativeTime(later(29), now)).to.equal('in 4 weeks');
      expect(formatRelativeTime(later(360), now)).to.equal('next year');
    });
    expect(inLanguage('ru', () => formatRelativeTime('2024-03-01', now))).to.equal('через 2 месяца');
  });

  it('measures from the present by default', () => {
    expect(inLanguage('en', () => formatRelativeTime(new Date()))).to.equal('now');
  });

  it('returns what is not a date unchanged', () => {
    expect(formatRelativeTime('not-a-date', now)).to.equal('not-a-date');
    expect(formatRelativeTime(new Date(Number.NaN), now)).to.equal('');
  });
});
