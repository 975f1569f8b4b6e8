// React for the browser tests of cop-widgets/react. React 18 ships CommonJS only, which a browser
// cannot import; this plugin turns the installed react and react-dom/client into ES modules with
// esbuild (once per run) and points the bare imports `react` and `react-dom/client` at them:
//   /__react/bundle.js             react + react-dom/client, one copy of React (development build)
//   /__react/react.js              `react`: its default export and every named export
//   /__react/react-dom-client.js   `react-dom/client`: likewise
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const modules = { react: 'React', 'react-dom/client': 'ReactDOMClient' };
const urlOf = (name) => `/__react/${name.replace('/', '-')}.js`;

let bundle;
async function bundled() {
  bundle ??= build({
    stdin: {
      contents: Object.entries(modules)
        .map(([name, binding]) => `import ${binding} from '${name}'; export { ${binding} };`)
        .join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** One module re-exporting a CommonJS module's exports by name, as bundlers present them. */
function facade(name, binding) {
  const names = Object.keys(require(name)).filter(
    (key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default',
  );
  return (
    `import { ${binding} } from '/__react/bundle.js';\n` +
    `export default ${binding};\n` +
    `export const { ${names.join(', ')} } = ${binding};\n`
  );
}

export default function reactPlugin() {
  return {
    name: 'cop-widgets-react',
    resolveImport({ source }) {
      return source in modules ? urlOf(source) : undefined;
    },
    async serve(context) {
      if (context.path === '/__react/bundle.js') return { body: await bundled(), type: 'js' };
      for (const [name, binding] of Object.entries(modules)) {
        if (context.path === urlOf(name)) return { body: facade(name, binding), type: 'js' };
      }
      return undefined;
    },
  };
}
