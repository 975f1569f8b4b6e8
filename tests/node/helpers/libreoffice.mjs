// LibreOffice headless (Debian's `libreoffice-calc`) for the tests and scripts/xlsx-picture.mjs:
// converts a file in a temporary directory with a user profile of its own, so that it neither
// reads nor changes anyone's LibreOffice settings and runs beside an open LibreOffice.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The soffice command: $SOFFICE, else `soffice` on the PATH. */
export const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** Every sheet to its own CSV file (<name>-<Sheet>.csv), UTF-8 (76), comma-separated, quoted. */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Throws a message naming the package to install when soffice cannot be run. */
export async function requireSoffice() {
  try {
    const { stdout } = await run(SOFFICE, ['--version'], { timeout: 60_000 });
    return stdout.trim();
  } catch (error) {
    throw new Error(
      `LibreOffice is needed for the spreadsheet tests: "${SOFFICE} --version" failed (${error.code ?? error.message}). ` +
        'Install Debian\'s "libreoffice-calc" package (apt-get install libreoffice-calc), or set SOFFICE to the soffice command.',
    );
  }
}

/**
 * Converts `files` (one path or several) with `soffice --headless --convert-to <filter>` into
 * `outDir`; resolves to the names of the files it wrote there, sorted. A profile of its own in a
 * temporary directory, removed after.
 */
export async function convert(files, filter, outDir) {
  const profile = mkdtempSync(join(tmpdir(), 'cop-soffice-profile-'));
  try {
    const before = new Set(readdirSync(outDir));
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...[files].flat(),
      ],
      { timeout: 180_000 },
    );
    const written = readdirSync(outDir).filter((name) => !before.has(name));
    if (written.length === 0) throw new Error(`soffice wrote nothing converting ${files} to ${filter}`);
    return written.sort();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
