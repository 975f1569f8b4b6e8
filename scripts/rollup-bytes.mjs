// Two build-time cuts of bytes that change no behaviour (issue 20, "Bytes"), used by
// rollup.config.mjs for every output:
//   minifyCss()    the text of lit's css`` templates without comments and needless white space
//                  (terser keeps a template literal's text as it is);
//   trimPlurals()  a catalog (src/generated/locales/<lang>.ts) without the plural forms its
//                  language never selects: Intl.PluralRules('fr') answers one, many or other,
//                  so French's zero, two and few are dead (Chinese keeps only other).
//   collapseHtml() the white space of lit's html`` templates that spans lines (indentation) as
//                  one space, as the browser renders it anyway.
// They edit the JavaScript the TypeScript plugin emits and return a source map of the edit.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { GenMapping, addMapping, toEncodedMap } from '@jridgewell/gen-mapping';

/** The code with `edits` ([start, end, text], not overlapping) applied, and a map back to it. */
export function applyEdits(code, edits, id) {
  edits.sort((a, b) => a[0] - b[0]);
  const map = new GenMapping({ file: id });
  let out = '';
  let line = 0;
  let column = 0;
  let srcLine = 0;
  let srcColumn = 0;
  let from = 0;
  const mark = () =>
    addMapping(map, {
      generated: { line: line + 1, column },
      source: id,
      original: { line: srcLine + 1, column: srcColumn },
    });
  const emit = (text, advanceSource) => {
    mark();
    for (const char of text) {
      out += char;
      if (char === '\n') {
        line += 1;
        column = 0;
        if (advanceSource) {
          srcLine += 1;
          srcColumn = 0;
        }
        mark();
      } else {
        column += char.length;
        if (advanceSource) srcColumn += char.length;
      }
    }
  };
  const skip = (text) => {
    for (const char of text) {
      if (char === '\n') {
        srcLine += 1;
        srcColumn = 0;
      } else srcColumn += char.length;
    }
  };
  for (const [start, end, text] of edits) {
    emit(code.slice(from, start), true);
    emit(text, false);
    skip(code.slice(start, end));
    from = end;
  }
  emit(code.slice(from), true);
  const encoded = toEncodedMap(map);
  encoded.sourcesContent = [code];
  return { code: out, map: encoded };
}

/** Calls `visit` on every node of an ESTree `node`. */
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach((c) => walk(c, visit));
    else if (child && typeof child === 'object' && typeof child.type === 'string') walk(child, visit);
  }
}

/**
 * One part of a css`` template without comments and needless white space; quoted strings are
 * kept as they are. `first` and `last` say which ends are the template's own (elsewhere a space
 * may separate a token from an interpolation, so it stays). A part that an interpolation cuts
 * inside a comment or a string is returned unchanged.
 */
export function minifyCssText(text, { first, last }) {
  const pieces = []; // [isString, text]
  let plain = '';
  for (let i = 0; i < text.length;) {
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return text;
      plain += ' ';
      i = close + 2;
    } else if (text[i] === '"' || text[i] === "'") {
      const quote = text[i];
      let j = i + 1;
      while (j < text.length && text[j] !== quote && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      if (text[j] !== quote) return text;
      pieces.push([false, plain], [true, text.slice(i, j + 1)]);
      plain = '';
      i = j + 1;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (/\*\//.test(plain)) return text;
  pieces.push([false, plain]);
  let result = pieces
    .map(([isString, piece]) =>
      isString
        ? piece
        : piece
            .replace(/[ \t\r\n]+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
  if (first) result = result.replace(/^ /, '');
  if (last) result = result.replace(/ $/, '');
  return result;
}

/** A plugin that rewrites each part of the templates tagged `tag` with `rewrite(raw, first, last, whole)`. */
function templates(name, tag, rewrite) {
  const tagged = new RegExp(`\\b${tag}\\s*\``);
  return {
    name,
    transform(code, id) {
      if (!tagged.test(code) || id.includes('node_modules')) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (
          node.type !== 'TaggedTemplateExpression' ||
          node.tag.type !== 'Identifier' ||
          node.tag.name !== tag
        ) {
          return;
        }
        const { quasis } = node.quasi;
        const whole = quasis.map((quasi) => quasi.value.raw).join('${}');
        quasis.forEach((quasi, i) => {
          const raw = quasi.value.raw;
          const text = rewrite(raw, i === 0, i === quasis.length - 1, whole);
          if (text !== raw) edits.push([quasi.start, quasi.end, text]);
        });
      });
      return edits.length ? applyEdits(code, edits, id) : null;
    },
  };
}

/** Rollup plugin: minifies the text of css`` tagged templates (see the module comment). */
export const minifyCss = () =>
  templates('cop-minify-css', 'css', (raw, first, last) => minifyCssText(raw, { first, last }));

/**
 * Rollup plugin: in html`` templates, white space that spans lines becomes one space, as HTML
 * renders any run of white space (a template with a <pre> or <textarea> is left as it is; the
 * styles set no white-space: pre on static text, and bound values are not touched).
 */
export const collapseHtml = () =>
  templates('cop-collapse-html', 'html', (raw, first, last, whole) =>
    /<(pre|textarea)\b/i.test(whole) ? raw : raw.replace(/[ \t]*\n[ \t\n]*/g, ' '),
  );

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The plural categories `language` can select, cardinal or ordinal. */
function categoriesOf(language) {
  return new Set([
    ...new Intl.PluralRules(language).resolvedOptions().pluralCategories,
    ...new Intl.PluralRules(language, { type: 'ordinal' }).resolvedOptions().pluralCategories,
  ]);
}

/**
 * Rollup plugin: drops from each generated catalog the plural forms (an id `<base>.<category>`
 * whose base has all six) its language never selects. `msg()` never asks for them: plural.ts
 * looks a form up by the category Intl.PluralRules chose.
 */
export function trimPlurals() {
  return {
    name: 'cop-trim-plurals',
    transform(code, id) {
      const match = /[\\/]generated[\\/]locales[\\/]([a-z-]+)\.(ts|js)$/i.exec(id);
      if (!match) return null;
      const keep = categoriesOf(match[1]);
      const properties = [];
      walk(this.parse(code), (node) => {
        if (node.type === 'Property' && node.key.type === 'Literal' && typeof node.key.value === 'string') {
          properties.push(node);
        }
      });
      const ids = new Set(properties.map((p) => p.key.value));
      const isPlural = (key) => {
        const [, base, category] = /^(.*)\.([a-z]+)$/.exec(key) ?? [];
        return base !== undefined &&
          CATEGORIES.includes(category) &&
          CATEGORIES.every((c) => ids.has(`${base}.${c}`))
          ? category
          : undefined;
      };
      const edits = [];
      for (const property of properties) {
        const category = isPlural(property.key.value);
        if (!category || keep.has(category)) continue;
        // The property and the comma after it.
        let end = property.end;
        const after = /^\s*,/.exec(code.slice(end));
        if (after) end += after[0].length;
        edits.push([property.start, end, '']);
      }
      return edits.length ? applyEdits(code, edits, id) : null;
    },
  };
}

/**
 * Rollup plugin: message ids ("directory.count.zero", 20 characters on average, in the code and
 * again in each catalog) become short keys, in the `id` of every `msg(…, { id })` call and in the
 * keys of the generated catalogs alike, so runtimeMsg finds the same translations. The key is the
 * id's place (base 36) in the sorted ids of the catalogs in src/generated/locales (read when the
 * build starts, after `npm run generate`): the same in every module of a build. An id no catalog
 * has keeps its name (no translation to find). A call without an `id` (the catalogs key it by
 * @lit/localize's hash of its text) gets the short key as its `id`: before, its key was renamed
 * in the catalogs but not in the call, so those nine strings ("Loading…", the feed errors) were
 * shown in English in every language. Runs after trimPlurals (which reads the ids).
 */
export function shortIds(dir = 'src/generated/locales') {
  const keys = new Map();
  return {
    name: 'cop-short-ids',
    buildStart() {
      const ids = new Set();
      for (const file of existsSync(dir) ? readdirSync(dir) : []) {
        for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/^\s*'([^'\\]+)':/gm))
          ids.add(match[1]);
      }
      [...ids].sort().forEach((id, index) => keys.set(id, index.toString(36)));
    },
    transform(code, id) {
      if (id.includes('node_modules')) return null;
      const catalog = /[\\/]generated[\\/]locales[\\/][a-z-]+\.(ts|js)$/i.test(id);
      if (!catalog && !/\bmsg\(/.test(code)) return null;
      const edits = [];
      const rename = (literal) => {
        const key = keys.get(literal.value);
        if (key !== undefined) edits.push([literal.start, literal.end, JSON.stringify(key)]);
      };
      walk(this.parse(code), (node) => {
        if (catalog) {
          if (node.type === 'Property' && node.key.type === 'Literal' && typeof node.key.value === 'string') {
            rename(node.key);
          }
          return;
        }
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg')
          return;
        const [template, options] = node.arguments;
        const explicit = options?.type === 'ObjectExpression' && options.properties.find(isIdOption);
        if (explicit) {
          if (explicit.value.type === 'Literal' && typeof explicit.value.value === 'string')
            rename(explicit.value);
          return;
        }
        // No `id`: the catalogs' key is @lit/localize's hash of the text, renamed like any other,
        // so the call gets the short key as its `id` (and the runtime no longer hashes the text).
        const key = keys.get(messageId(node));
        if (key === undefined) return;
        const option = `id:${JSON.stringify(key)}`;
        if (options?.type === 'ObjectExpression') {
          edits.push([
            options.start + 1,
            options.start + 1,
            options.properties.length ? `${option},` : option,
          ]);
        } else if (!options) edits.push([template.end, template.end, `,{${option}}`]);
      });
      return edits.length ? applyEdits(code, edits, id) : null;
    },
  };
}

/** Is `property` (of a msg() call's options) its `id`? */
const isIdOption = (property) => (property.key?.name ?? property.key?.value) === 'id';

/**
 * The message id of a `msg()` call: its `id` option, else the id @lit/localize gives its source
 * text (a string, or a str`` / html`` template); `undefined` when it cannot be known at build time.
 */
export function messageId(call) {
  const [template, options] = call.arguments;
  const explicit = options?.type === 'ObjectExpression' && options.properties.find(isIdOption);
  if (explicit) return typeof explicit.value.value === 'string' ? explicit.value.value : undefined;
  if (template?.type === 'Literal' && typeof template.value === 'string')
    return generateMsgId(template.value, false);
  if (template?.type === 'TemplateLiteral' && template.expressions.length === 0) {
    return generateMsgId(template.quasis[0].value.cooked, false);
  }
  if (template?.type === 'TaggedTemplateExpression' && ['str', 'html'].includes(template.tag.name)) {
    const strings = template.quasi.quasis.map((quasi) => quasi.value.cooked);
    return generateMsgId(strings, template.tag.name === 'html');
  }
  return undefined;
}

/** The four cuts in the order they must run (shortIds reads the ids trimPlurals leaves). */
/**
 * Rollup plugin for the browser files only: the feed model's descriptions and titles
 * (`v.description('…')`, `v.title('…')` in src/feed/model.ts and primitives.ts) become empty
 * strings. Only the JSON Schema uses them (scripts/build-schema.mjs reads dist/esm, which keeps
 * them); no element shows them. A text built from a variable is left as it is.
 */
export const withoutSchemaTexts = () => ({
  name: 'cop-without-schema-texts',
  transform(code, id) {
    if (!/[\\/]src[\\/]feed[\\/](model|primitives)\.ts$/.test(id)) return null;
    const edits = [];
    walk(this.parse(code), (node) => {
      const { callee, arguments: args } = node;
      if (
        node.type === 'CallExpression' &&
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'v' &&
        ['description', 'title'].includes(callee.property.name) &&
        args.length === 1 &&
        (args[0].type === 'Literal' || args[0].type === 'TemplateLiteral')
      ) {
        edits.push([args[0].start, args[0].end, "''"]);
      }
    });
    return edits.length ? applyEdits(code, edits, id) : null;
  },
});

export const bytePlugins = () => [minifyCss(), collapseHtml(), trimPlurals(), shortIds()];
