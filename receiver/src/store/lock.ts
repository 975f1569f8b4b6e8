/**
 * One process at a time on an embedded database folder. PGlite is PostgreSQL in one process:
 * it has no server to share, and two processes opening one folder each write over the other's
 * files (measured: two `serve` on one folder acknowledged 40 responses with 201 and kept 20; a
 * `delete` while `serve` ran said it deleted a response that was still there once `serve`
 * stopped). So every command that opens the folder first creates `cop-receiver.lock` in it
 * (exclusively: `O_CREAT | O_EXCL`), holding its pid, and removes it when it closes the
 * database or exits. A second process finds the lock and stops at once with a message saying
 * who holds it; a lock whose process is gone (killed, the machine restarted) is stale and taken
 * over.
 */
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'cop-receiver.lock';

/** A lock file still empty (or unreadable) this long after it was made was left by a crash. */
const HALF_WRITTEN_MS = 10_000;

/** What a lock file holds: who has the folder open. */
interface Holder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

/** The holder written in the lock file at `path`, or undefined (gone, or half written). */
function holderAt(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' ? (holder as Holder) : undefined;
  } catch {
    return undefined;
  }
}

/** How long ago the file at `path` was last written, in ms (Infinity when it is gone). */
function age(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** Whether process `pid` of this machine is running (EPERM: it is, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The message for a folder another process holds. */
export function inUseMessage(dir: string, holder: Holder | undefined): string {
  const who = holder
    ? `a running cop-widgets-receiver (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, ` +
      `"${holder.command}" since ${holder.since})`
    : 'another cop-widgets-receiver process starting right now';
  return (
    `The embedded database in ${dir} is in use by ${who}. Its database (PGlite) serves one process ` +
    'at a time: stop that one (Ctrl-C or SIGTERM) and run this again, or run the receiver on ' +
    'PostgreSQL (--database) to export and delete while it serves. If no such process runs, ' +
    `delete ${join(dir, LOCK_FILE)}.`
  );
}

/**
 * Removes the stale lock at `path` left by `stale`, unless another process replaced it
 * meanwhile: moved aside first (atomic), checked, and put back when it was not the stale one.
 */
function removeStale(path: string, stale: Holder | undefined): void {
  const aside = `${path}.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Another process removed it first.
  }
  const moved = holderAt(aside);
  if (moved && (moved.pid !== stale?.pid || moved.since !== stale.since)) {
    try {
      linkSync(aside, path); // back where it was, unless yet another lock is there now
    } catch {
      // That one holds the folder instead.
    }
  }
  rmSync(aside, { force: true });
}

/**
 * Takes the folder `dir` for this process; returns the function that gives it back (also
 * called when the process exits). Throws with {@link inUseMessage} when a running process holds it.
 */
export function lockDataDir(dir: string, command = process.argv[2] ?? 'node'): () => void {
  const path = join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  for (let tries = 0; tries < 5; tries += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderAt(path);
      // Stale: its process is gone (another machine's pid cannot be checked: held), or it was
      // never written (a crash between creating and writing it).
      if (holder ? holder.host === me.host && !running(holder.pid) : age(path) > HALF_WRITTEN_MS) {
        removeStale(path, holder);
        continue;
      }
      throw new Error(inUseMessage(dir, holder));
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    const release = () => {
      process.off('exit', release);
      if (holderAt(path)?.pid === me.pid) rmSync(path, { force: true });
    };
    process.on('exit', release);
    return release;
  }
  throw new Error(inUseMessage(dir, holderAt(path)));
}
