// The library's languages for the build scripts: src/i18n/languages.ts (the one list the
// elements, tests and stories read too), compiled with TypeScript and imported, so the scripts
// never keep a copy of it. Each entry: { tag, autonym, direction, draft }.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export const LANGUAGES_FILE = 'src/i18n/languages.ts';

/** Every language of src/i18n/languages.ts (read now, so a script that edits it can re-read it). */
export async function readLanguages(file = LANGUAGES_FILE) {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return module.LANGUAGE_TABLE;
}
