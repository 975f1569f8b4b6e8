// The build's byte cuts (scripts/rollup-bytes.mjs, issue 20): each keeps what the browser gets to
// see. Run through rollup on small modules written to a temporary folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import {
  collapseHtml,
  minifyCss,
  minifyCssText,
  shortIds,
  trimPlurals,
  withoutSchemaTexts,
} from '../../scripts/rollup-bytes.mjs';

/** Bundles `files` (name -> text, the first is the entry) with `plugins`; the module's exports. */
async function bundle(files, plugins) {
  const dir = mkdtempSync(join(tmpdir(), 'rollup-bytes-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const build = await rollup({
      input: join(dir, Object.keys(files)[0]),
      plugins: plugins(dir),
      onwarn: () => {},
    });
    const { output } = await build.generate({ format: 'es', sourcemap: true });
    await build.close();
    return import(`data:text/javascript,${encodeURIComponent(output[0].code)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('css text loses comments and white space, keeps strings and the space beside an interpolation', () => {
  const text = `
    :host { color: red; /* the page's colour */ }
    a > b, c { content: ' ; ' ; margin: 0 }
    .x `;
  assert.equal(
    minifyCssText(text, { first: true, last: false }),
    ":host{color:red}a>b,c{content:' ; ';margin:0}.x ",
  );
  // An interpolation inside a comment or a string: that part is left as it is.
  assert.equal(minifyCssText(' a { b: "x', { first: true, last: true }), ' a { b: "x');
  assert.equal(minifyCssText('x /* y', { first: true, last: true }), 'x /* y');
});

test('css`` and html`` templates are rewritten in the bundle; a template with a <pre> is not', async () => {
  const { styles, view, pre } = await bundle(
    {
      'main.js': `
        const css = (s) => s.raw.join('|');
        const html = (s) => s.raw.join('|');
        const x = 1;
        export const styles = css\`
          :host {
            display: block; /* a comment */
          }
          .a \${x} .b { margin: 0 }
        \`;
        export const view = html\`<p>
            one
            \${x}
          </p>\`;
        export const pre = html\`<pre>
  kept
</pre>\`;`,
    },
    () => [minifyCss(), collapseHtml()],
  );
  assert.equal(styles, ':host{display:block}.a | .b{margin:0}');
  assert.equal(view, '<p> one | </p>');
  assert.equal(pre, '<pre>\n  kept\n</pre>');
});

test('catalogs keep the plural forms their language selects; ids become the same short keys in code and catalogs', async () => {
  const forms = ['zero', 'one', 'two', 'few', 'many', 'other'];
  const catalog = (lang) =>
    `export const templates = {\n${forms.map((f) => `  'x.count.${f}': '${lang} ${f}',`).join('\n')}\n  'x.kind.other': '${lang} kind',\n  'x.title': '${lang} title',\n};\n`;
  const { fr, zh, ar, ids } = await bundle(
    {
      'main.js': `
        import { templates as fr } from './generated/locales/fr.js';
        import { templates as zh } from './generated/locales/zh.js';
        import { templates as ar } from './generated/locales/ar.js';
        const msg = (text, options) => options.id;
        export const ids = {
          one: msg('one', { id: 'x.count.one' }),
          two: msg('two', { id: 'x.count.two' }),
          other: msg('other', { id: 'x.count.other' }),
          kind: msg('kind', { id: 'x.kind.other' }),
          title: msg('title', { id: 'x.title' }),
          unknown: msg('unknown', { id: 'y.not-in-any-catalog' }),
        };
        export { fr, zh, ar };`,
      'generated/locales/fr.js': catalog('fr'),
      'generated/locales/zh.js': catalog('zh'),
      'generated/locales/ar.js': catalog('ar'),
    },
    (dir) => [trimPlurals(), shortIds(join(dir, 'generated/locales'))],
  );
  // Short keys, the same in the code and the catalogs.
  for (const id of [ids.one, ids.other, ids.title, ids.kind]) assert.ok(id.length <= 2, id);
  assert.equal(fr[ids.one], 'fr one');
  assert.equal(fr[ids.other], 'fr other');
  assert.equal(fr[ids.title], 'fr title');
  // French never selects "two"; Chinese only "other"; Arabic all six.
  assert.equal(fr[ids.two], undefined);
  assert.equal(Object.keys(fr).length, 5); // one, many, other, kind, title
  assert.equal(zh[ids.one], undefined);
  assert.equal(zh[ids.other], 'zh other');
  assert.equal(zh[ids.kind], 'zh kind'); // "x.kind.other" alone is not a plural group
  assert.equal(Object.keys(ar).length, 8);
  assert.equal(ar[ids.two], 'ar two');
  assert.equal(ids.unknown, 'y.not-in-any-catalog');
});

test('a msg() call without an id finds its translation under the short key, as one with an id does', async () => {
  const { generateMsgId } = await import('@lit/localize/internal/id-generation.js');
  const loading = generateMsgId('Loading…', false);
  const retry = generateMsgId(['Line ', ', column ', ''], false);
  const { translated } = await bundle(
    {
      'main.js': `
        import { templates } from './generated/locales/fr.js';
        import { runtimeMsg } from './runtime-msg.js';
        const str = (strings, ...values) => ({ strTag: true, strings, values });
        const msg = (template, options) => runtimeMsg(templates, template, options);
        const n = 3;
        export const translated = [
          msg('Loading…'),
          msg('Loading…', { desc: 'Shown while the feed is loading.' }),
          msg(str\`Line \${n}, column \${n + 1}\`, {}),
          msg('Title', { id: 'x.title' }),
        ];`,
      // @lit/localize's runtime lookup: the id given, else the hash of the text.
      'runtime-msg.js': `
        import { generateMsgId } from ${JSON.stringify(import.meta.resolve('@lit/localize/internal/id-generation.js'))};
        export function runtimeMsg(templates, template, options) {
          const id = options?.id ?? generateMsgId(typeof template === 'string' ? template : template.strings, false);
          const found = templates[id];
          if (found === undefined) return typeof template === 'string' ? template : 'English';
          return typeof found === 'string' ? found : found.strings.map((s, i) => s + (template.values[found.values[i]] ?? '')).join('');
        }`,
      'generated/locales/fr.js': `
        const str = (strings, ...values) => ({ strTag: true, strings, values });
        export const templates = {
          '${loading}': 'Chargement…',
          '${retry}': str\`Ligne \${0}, colonne \${1}\`,
          'x.title': 'Titre',
        };`,
    },
    (dir) => [shortIds(join(dir, 'generated/locales'))],
  );
  assert.deepEqual(translated, ['Chargement…', 'Chargement…', 'Ligne 3, colonne 4', 'Titre']);
});

test("the browser files leave out the feed model's descriptions and titles, nothing else", async () => {
  const model = [
    'const v = { pipe: (...a) => a, description: (t) => ({ description: t }), title: (t) => ({ title: t }) };',
    "const what = 'a variable';",
    "export const id = v.pipe('id', v.description('Identifier, unique within its list.'));",
    "export const date = v.pipe('date', v.title(`A date`), v.description(`Ids of ${what}.`));",
    "export const kept = v.pipe('x', v.description(what));",
    "export const other = { description: (t) => t }.description('a text the page shows');",
  ].join('\n');
  const plugins = () => [withoutSchemaTexts()];
  const built = await bundle({ 'src/feed/model.ts': model }, plugins);
  assert.deepEqual(built.id, ['id', { description: '' }]);
  assert.deepEqual(built.date, ['date', { title: '' }, { description: '' }]);
  assert.deepEqual(built.kept, ['x', { description: 'a variable' }]);
  assert.equal(built.other, 'a text the page shows');
  // Any other module is left as it is.
  const elsewhere = await bundle({ 'src/feed/other.ts': model }, plugins);
  assert.deepEqual(elsewhere.id, ['id', { description: 'Identifier, unique within its list.' }]);
});
