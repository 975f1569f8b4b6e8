import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createMatcher, foldForSearch, matchesQuery } from '../src/i18n/search.js';

describe('foldForSearch', () => {
  it('lower-cases, collapses whitespace and trims', () => {
    expect(foldForSearch('  Child\tOnline \n\u00a0 PROTECTION  ')).to.equal('child online protection');
    expect(foldForSearch('')).to.equal('');
    expect(foldForSearch(' \t\n ')).to.equal('');
  });

  it('collapses any run of whitespace, of any kind, to one space', () => {
    const spaces = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', ' \t ');
    const words = fc.constantFrom('a', 'Élan', 'мир', 'سلام', '儿童', '');
    fc.assert(
      fc.property(fc.array(fc.oneof(spaces, words), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const folded = foldForSearch(text);
        expect(folded).to.equal(foldForSearch(text.replace(/\s+/g, ' ')));
        expect(folded).not.to.match(/\s\s|[^\S ]|^\s|\s$/);
      }),
    );
  });

  it('removes French and Spanish accents', () => {
    expect(foldForSearch('Cyberharcèlement')).to.equal('cyberharcelement');
    expect(foldForSearch('ÉLÈVE')).to.equal('eleve');
    expect(foldForSearch('Protección de la infancia en línea, niño, pingüino')).to.equal(
      'proteccion de la infancia en linea, nino, pinguino',
    );
    expect(foldForSearch('Cœur, ex æquo, l’enfance')).to.equal("coeur, ex aequo, l'enfance");
  });

  it('folds full-width Latin letters and digits to ASCII', () => {
    expect(foldForSearch('ＣＷＧ－ＣＯＰ２０１８')).to.equal('cwg-cop2018');
    expect(foldForSearch('ａｂｃ０９')).to.equal('abc09');
  });

  it('removes Arabic tashkeel and tatweel and unifies letter variants', () => {
    expect(foldForSearch('حمايةُ الأطفالِ')).to.equal('حمايه الاطفال');
    expect(foldForSearch('حـــماية')).to.equal('حمايه');
    expect(foldForSearch('أ إ آ ٱ ؤ ئ')).to.equal('ا ا ا ا و ي');
    expect(foldForSearch('مستشفى')).to.equal(foldForSearch('مستشفي'));
    expect(foldForSearch('مُحَمَّدٌ')).to.equal('محمد');
  });

  it('folds Arabic-Indic and Persian digits to ASCII', () => {
    expect(foldForSearch('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
    expect(foldForSearch('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
  });

  it('folds Russian ё to е but keeps й distinct from и', () => {
    expect(foldForSearch('Ребёнка ЁЛКА')).to.equal('ребенка елка');
    expect(foldForSearch('МАЙ')).to.equal('май');
    expect(foldForSearch('ма\u0438\u0306')).to.equal('май');
    expect(foldForSearch('май')).not.to.equal(foldForSearch('маи'));
  });

  it('leaves Chinese characters untouched', () => {
    expect(foldForSearch('保护上网儿童工作组')).to.equal('保护上网儿童工作组');
    expect(foldForSearch('儿童在线保护理事会工作组（CWG-COP）')).to.equal(
      '儿童在线保护理事会工作组(cwg-cop)',
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = foldForSearch(text);
        expect(foldForSearch(once)).to.equal(once);
      }),
    );
  });
});

describe('matchesQuery', () => {
  it('finds French words without accents and in any case', () => {
    expect(matchesQuery('Cyberharcèlement', 'cyberharcelement')).to.equal(true);
    expect(matchesQuery('élève', 'ELEVE')).to.equal(true);
    expect(matchesQuery('Protection de l’enfance en ligne', 'protection en ligne')).to.equal(true);
    expect(matchesQuery('Protection de l’enfance en ligne', "l'enfance")).to.equal(true);
    expect(matchesQuery('Protection de l’enfance en ligne', 'protection hors ligne')).to.equal(false);
    expect(matchesQuery('élève', 'élevé')).to.equal(true);
    expect(matchesQuery('Cyberharcèlement', 'cyberharcelements')).to.equal(false);
  });

  it('finds Spanish words without accents', () => {
    expect(matchesQuery('niño', 'nino')).to.equal(true);
    expect(matchesQuery('Protección de la infancia en línea', 'proteccion')).to.equal(true);
    expect(matchesQuery('Protección de la infancia en línea', 'linea infancia')).to.equal(true);
    expect(matchesQuery('Protección de la infancia en línea', 'adolescencia')).to.equal(false);
  });

  it('finds Arabic words whatever their tashkeel, tatweel, hamza and final letters', () => {
    expect(matchesQuery('حمايةُ الأطفالِ', 'حمايه الاطفال')).to.equal(true);
    expect(matchesQuery('مستشفى', 'مستشفي')).to.equal(true);
    expect(matchesQuery('مستشفي', 'مستشفى')).to.equal(true);
    expect(matchesQuery('حـــماية الطفل', 'حماية')).to.equal(true);
    expect(matchesQuery('سلامة الأطفال على الإنترنت', 'انترنت')).to.equal(true);
    expect(matchesQuery('الاجتماع ٢٠١٨', '2018')).to.equal(true);
    expect(matchesQuery('الاجتماع ۲۰۱۸', '٢٠١٨')).to.equal(true);
    expect(matchesQuery('حمايةُ الأطفالِ', 'حماية البيانات')).to.equal(false);
    expect(matchesQuery('الاجتماع ٢٠١٨', '2019')).to.equal(false);
  });

  it('finds Russian words with ё or е and any case, but not й as и', () => {
    expect(matchesQuery('ребёнка', 'ребенка')).to.equal(true);
    expect(matchesQuery('защита', 'ЗАЩИТА')).to.equal(true);
    expect(matchesQuery('Защита детей в онлайн-среде', 'детей защита')).to.equal(true);
    expect(matchesQuery('маи', 'май')).to.equal(false);
    expect(matchesQuery('май', 'маи')).to.equal(false);
    expect(matchesQuery('Заседание в мае и в мАЙ', 'май')).to.equal(true);
  });

  it('finds Chinese by substring, not by a bag of characters', () => {
    expect(matchesQuery('保护上网儿童工作组', '上网儿童')).to.equal(true);
    expect(matchesQuery('保护上网儿童', '儿童保护')).to.equal(false);
    expect(matchesQuery('保护上网儿童', '儿童 保护')).to.equal(true);
  });

  it('finds full-width text with an ASCII query and the reverse', () => {
    expect(matchesQuery('ＣＷＧ－ＣＯＰ２０１８', 'cwg-cop2018')).to.equal(true);
    expect(matchesQuery('CWG-COP 2018', 'ＣＯＰ')).to.equal(true);
    expect(matchesQuery('ＣＷＧ－ＣＯＰ２０１８', 'cop2019')).to.equal(false);
  });

  it('matches everything with an empty or blank query', () => {
    expect(matchesQuery('anything', '')).to.equal(true);
    expect(matchesQuery('anything', '   \t ')).to.equal(true);
    expect(matchesQuery('', '')).to.equal(true);
    expect(matchesQuery([], ' ')).to.equal(true);
    expect(matchesQuery('', 'a')).to.equal(false);
  });

  it('requires every term, in any order', () => {
    expect(matchesQuery('Online consultation on child safety', 'safety child')).to.equal(true);
    expect(matchesQuery('Online consultation on child safety', '  child   ONLINE ')).to.equal(true);
    expect(matchesQuery('Online consultation on child safety', 'child privacy')).to.equal(false);
  });

  it('searches several fields, each term within one field', () => {
    const fields = ['Rapport annuel', 'Cyberharcèlement', '2018'] as const;
    expect(matchesQuery(fields, 'rapport cyberharcelement 2018')).to.equal(true);
    expect(matchesQuery(fields, 'annuel cyber')).to.equal(true);
    expect(matchesQuery(fields, 'annuelcyber')).to.equal(false);
    expect(matchesQuery(fields, 'rapport 2019')).to.equal(false);
  });

  it('finds any text within itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(matchesQuery(text, text)).to.equal(true);
      }),
    );
  });
});

describe('createMatcher', () => {
  it('folds the query once and filters many items', () => {
    const items = ['Cyberharcèlement', 'Protección en línea', 'ребёнка', 'حمايةُ الأطفالِ', '保护上网儿童'];
    expect(items.filter(createMatcher('CYBERHARCELEMENT'))).to.deep.equal(['Cyberharcèlement']);
    expect(items.filter(createMatcher('linea'))).to.deep.equal(['Protección en línea']);
    expect(items.filter(createMatcher('ребенка'))).to.deep.equal(['ребёнка']);
    expect(items.filter(createMatcher('الاطفال'))).to.deep.equal(['حمايةُ الأطفالِ']);
    expect(items.filter(createMatcher('上网'))).to.deep.equal(['保护上网儿童']);
    expect(items.filter(createMatcher('nothing'))).to.deep.equal([]);
    expect(items.filter(createMatcher(' '))).to.deep.equal(items);
  });

  it('agrees with matchesQuery on single texts and on fields', () => {
    const matcher = createMatcher('nino proteccion');
    expect(matcher('Protección del niño')).to.equal(true);
    expect(matcher(['Protección', 'del niño'])).to.equal(true);
    expect(matcher(['Protección'])).to.equal(false);
  });
});
