// Per-element catalogs (issue 20, "Bytes"), for the per-element browser files (dist/<element>.js)
// only: a page showing one element in French loads the French strings of that element (and of the
// shared code it runs), not those of all five (~265 ids; 0.6-1.9 kB gzip instead of 3.2-4.0).
//
//   - src/i18n/msg.ts is built with its `published` catalogs, and draft-catalogs.ts with its
//     DRAFT_CATALOGS, empty (the build fails if either is not found);
//   - each entry (src/elements/<name>/define.ts) first imports a module of its own that registers,
//     with msg.ts' addCatalogs(), one loader per language of a catalog module of its own;
//   - that catalog is the generated one (src/generated/locales/<lang>.ts) keeping only the message
//     ids found in the msg() calls of the modules the entry loads, statically or on demand (an
//     explicit `id`, else @lit/localize's id of the source text); the later byte plugins
//     (trimPlurals, shortIds: scripts/rollup-bytes.mjs) treat it as any catalog.
// Two elements on one page each load their part; msg.ts merges them. dist/cop-widgets.js and the
// npm modules keep the whole catalogs (one per language).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { applyEdits, messageId, walk } from './rollup-bytes.mjs';

const REGISTER = '\0cop-catalogs:';
const CATALOG = '\0cop-catalog/';

/** The catalog `code` (a generated locale module) without the properties whose key `keep` refuses. */
function keepOnly(code, parse, keep) {
  const cuts = [];
  walk(parse(code), (node) => {
    if (node.type !== 'Property' || node.key.type !== 'Literal' || keep(node.key.value)) return;
    const comma = /^\s*,/.exec(code.slice(node.end));
    cuts.push([node.start, node.end + (comma ? comma[0].length : 0)]);
  });
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += code.slice(from, start);
    from = end;
  }
  return out + code.slice(from);
}

/** The rollup plugin (see the module comment); after the TypeScript plugin, before the byte plugins. */
export function perElementCatalogs(dir = 'src/generated/locales') {
  /** Message ids by module id. */
  const used = new Map();
  /** Entry module by entry name. */
  const entries = new Map();
  let languages = [];
  /** Replaces the initializer of the variable `name` in `code` by `{}`; fails when there is none. */
  function emptied(context, code, id, name) {
    let edit;
    walk(context.parse(code), (node) => {
      if (node.type === 'VariableDeclarator' && node.id.name === name) edit = node.init;
    });
    if (!edit) context.error(`per-element catalogs: no \`${name}\` in ${id} to leave empty`);
    return applyEdits(code, [[edit.start, edit.end, '{}']], id);
  }
  return {
    name: 'cop-per-element-catalogs',
    buildStart() {
      languages = (existsSync(dir) ? readdirSync(dir) : [])
        .filter((file) => file.endsWith('.ts'))
        .map((file) => basename(file, '.ts'))
        .sort();
    },
    resolveId(source) {
      return source.startsWith(REGISTER) || source.startsWith(CATALOG) ? source : null;
    },
    async load(id) {
      if (id.startsWith(REGISTER)) {
        const name = id.slice(REGISTER.length);
        const loaders = languages.map(
          (tag) =>
            `${JSON.stringify(tag)}: () => import(${JSON.stringify(`${CATALOG}${name}/generated/locales/${tag}.js`)})`,
        );
        return `import { addCatalogs } from ${JSON.stringify(resolve('src/i18n/msg.ts'))};\naddCatalogs({ ${loaders.join(', ')} });\n`;
      }
      if (!id.startsWith(CATALOG)) return null;
      const [name, , , file] = id.slice(CATALOG.length).split('/');
      // Every module the entry loads, statically or on demand (but the catalogs), and their ids.
      const ids = new Set();
      const seen = new Set();
      const visit = async (module) => {
        if (seen.has(module) || module.startsWith(CATALOG)) return;
        seen.add(module);
        const info = await this.load({ id: module, resolveDependencies: true });
        for (const messageId of used.get(module) ?? []) ids.add(messageId);
        await Promise.all([...info.importedIds, ...info.dynamicallyImportedIds].map(visit));
      };
      await visit(entries.get(name));
      const source = readFileSync(join(dir, file.replace(/\.js$/, '.ts')), 'utf8');
      return keepOnly(
        source,
        (code) => this.parse(code),
        (key) => ids.has(key),
      );
    },
    transform(code, id) {
      if (id.includes('node_modules') || id.startsWith('\0')) return null;
      const path = id.replaceAll('\\', '/');
      if (path.endsWith('/src/i18n/msg.ts')) return emptied(this, code, id, 'published');
      if (path.endsWith('/src/i18n/draft-catalogs.ts')) return emptied(this, code, id, 'DRAFT_CATALOGS');
      if (/\bmsg\(/.test(code)) {
        const ids = new Set();
        walk(this.parse(code), (node) => {
          if (node.type !== 'CallExpression' || node.callee.name !== 'msg') return;
          const found = messageId(node);
          if (found === undefined)
            this.error(`per-element catalogs: a msg() call in ${id} whose id is not known at build time`);
          ids.add(found);
        });
        used.set(id, ids);
      }
      if (this.getModuleInfo(id)?.isEntry) {
        const name = path.split('/').at(-2);
        entries.set(name, id);
        return applyEdits(code, [[0, 0, `import ${JSON.stringify(REGISTER + name)};\n`]], id);
      }
      return null;
    },
  };
}
