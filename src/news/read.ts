// Readers: bytes of any supported document (wire text, HTML, RSS/Atom, JSON Lines, JSON) -> article sources,
// and paths (files and directories, recursively) -> article sources. Bad documents become
// { error, origin } entries; they never stop the others.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadOptions, ReadResult } from './types.ts';
import { isReadError } from './types.ts';
import { decodeDocument } from './formats/decode.ts';
import { detectFormat } from './formats/detect.ts';
import { readHtml } from './formats/html.ts';
import { readFeed } from './formats/feed.ts';
import { readJsonArray, readJsonLines } from './formats/records.ts';
import { parseWire } from './structure.ts';

// The bytes may be API text or stdin as well as a file, so these messages do not say "file";
// readPaths, which knows it read a file, says so.
const EMPTY = 'empty document';
const BLANK = 'no text (only white space)';
const EMPTY_FILE = 'empty file';
const BLANK_FILE = 'no text in the file (only white space)';

/** An input with no text at all (empty, or white space only): commands report it as «no text to …», not as
 * a bad document. */
export function isEmptyInput(r: ReadResult): boolean {
  return isReadError(r) && [EMPTY, BLANK, EMPTY_FILE, BLANK_FILE].includes(r.error);
}

export function readDocuments(bytes: Uint8Array, opts: ReadOptions = {}): ReadResult[] {
  const origin = opts.name ?? 'input';
  if (bytes.length === 0) return [{ error: EMPTY, origin }];
  let text: string;
  try {
    text = decodeDocument(bytes, { encoding: opts.encoding, name: origin, onWarning: opts.onWarning });
  } catch (e) {
    const msg = (e as Error).message;
    return [{ error: msg.startsWith(`${origin}: `) ? msg.slice(origin.length + 2) : msg, origin }];
  }
  if (!text.trim()) return [{ error: BLANK, origin }];
  return readText(text, origin, bytes.length).map(withWords);
}

/** A document with no letter at all («.», «۱۲۳», «-») has nothing to analyze: refused by name, as an empty one is. */
function withWords(r: ReadResult): ReadResult {
  if (isReadError(r) || /\p{L}/u.test(r.body) || (r.lead && /\p{L}/u.test(r.lead))) return r;
  return { error: 'no article text (no words, only punctuation or digits)', origin: r.origin ?? 'input' };
}

function readText(text: string, origin: string, byteLength: number): ReadResult[] {
  try {
    switch (detectFormat(text, origin)) {
      case 'html': return [readHtml(text, origin, byteLength)];
      case 'feed': return readFeed(text, origin);
      case 'jsonl': return readJsonLines(text, origin);
      case 'json': return readJsonArray(text, origin);
      default: {
        const { place: _place, ...src } = parseWire(text, origin);
        return src.body ? [src] : [{ error: 'no article text', origin }];
      }
    }
  } catch (e) {
    // A reader bug on one document must not end the batch.
    return [{ error: `cannot read (${(e as Error).message})`, origin }];
  }
}

const SKIP = /(?:^|\/)(?:\.[^/]*|node_modules|LICENSE[^/]*|NOTICE[^/]*|SOURCE\.md|README[^/]*)$/i;

async function* walk(path: string): AsyncIterable<string> {
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(path, e.name);
    if (SKIP.test(p)) continue;
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/** Options of `readPaths`. */
export interface ReadPathsOptions extends Omit<ReadOptions, 'name'> {
  /** files never to read, e.g. the store's own database and its sidecars when the store lies inside a
   * directory being ingested; told to `onSkip` */
  skip?: (file: string) => boolean;
  onSkip?: (file: string) => void;
}

/** Every article in the given files and directories (recursively), in path order. */
export async function* readPaths(paths: string[], opts: ReadPathsOptions = {}): AsyncIterable<ReadResult> {
  for (const path of paths) {
    let files: AsyncIterable<string> | string[];
    try {
      const s = await stat(path);
      files = s.isDirectory() ? walk(path) : [path];
    } catch (e) {
      yield { error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message, origin: path };
      continue;
    }
    for await (const file of files) {
      if (opts.skip?.(file)) { opts.onSkip?.(file); continue; }
      let bytes: Uint8Array;
      try { bytes = await readFile(file); } catch (e) { yield { error: (e as Error).message, origin: file }; continue; }
      for (const r of readDocuments(bytes, { ...opts, name: file })) {
        yield isReadError(r) && (r.error === EMPTY || r.error === BLANK) ? { ...r, error: r.error === EMPTY ? EMPTY_FILE : BLANK_FILE } : r;
      }
    }
  }
}
