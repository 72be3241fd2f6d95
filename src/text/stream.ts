// Streaming analysis of large inputs with bounded memory: bytes are decoded incrementally and cut into
// chunks at paragraph breaks (blank lines), else at line breaks, else after sentence-final punctuation,
// else at a space; each chunk becomes its own Doc. A chunk never cuts a sentence that has a line break or
// a final mark after it, so the output equals one pass over the whole text except for sentences longer
// than the chunk limit.
import type { Doc } from '../doc.ts';
import { sniffEncoding } from './decode.ts';
import type { DecodeOptions } from './decode.ts';
import { analyzeText } from './index.ts';
import type { AnalyzeTextOptions } from './index.ts';

export interface StreamOptions extends DecodeOptions {
  analyze?: AnalyzeTextOptions;
  /** preferred chunk size in UTF-16 code units (default 256 Ki: smaller peaks, same speed) */
  chunkSize?: number;
}

/** One analysed chunk: `base` is the offset of doc.original in the whole decoded input. */
export interface StreamChunk { doc: Doc; base: number }

export async function* analyzeStream(source: AsyncIterable<Uint8Array>, opts: StreamOptions = {}): AsyncGenerator<StreamChunk> {
  const name = opts.name ?? 'input';
  const chunkSize = opts.chunkSize ?? 1 << 18;
  let decoder: TextDecoder | undefined;
  let head: Uint8Array[] = [], headLen = 0;
  let pending = '', base = 0;
  const decode = (bytes: Uint8Array, final: boolean): string => {
    try { return decoder!.decode(bytes, { stream: !final }); } catch {
      throw new Error(`${name}: invalid ${decoder!.encoding} byte sequence (give the right --encoding)`);
    }
  };
  const start = (): void => {
    const all = concat(head, headLen);
    const { encoding, skip } = sniffEncoding(all.subarray(0, 65536), opts);
    // A stray bad byte deep in a long (detected) UTF-8 file becomes U+FFFD rather than failing after
    // megabytes of output; an encoding the user named is held to strictly.
    decoder = new TextDecoder(encoding, { fatal: Boolean(opts.encoding) || encoding !== 'utf-8' }); // drops a BOM left when the encoding was given
    pending = decode(all.subarray(skip), false);
    head = [];
  };
  for await (const chunk of source) {
    if (!decoder) {
      head.push(chunk); headLen += chunk.length;
      if (headLen < 65536) continue;
      start();
    } else {
      pending += decode(chunk, false);
    }
    while (pending.length >= chunkSize) {
      const cut = findCut(pending, chunkSize);
      const part = pending.slice(0, cut);
      pending = pending.slice(cut);
      yield { doc: analyzeText(part, opts.analyze), base };
      base += cut;
    }
  }
  if (!decoder) start();
  pending += decode(new Uint8Array(0), true);
  if (pending.trim().length > 0) yield { doc: analyzeText(pending, opts.analyze), base };
}

function concat(parts: Uint8Array[], len: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/** Where to cut `text` near `size`: after a blank line, a line break, a sentence end, or a space. */
export function findCut(text: string, size: number): number {
  const window = text.slice(0, size);
  const para = window.lastIndexOf('\n\n');
  if (para > size / 4) return para + 2;
  const line = window.lastIndexOf('\n');
  if (line > size / 4) return line + 1;
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('؟ '), window.lastIndexOf('! '));
  if (sentence > size / 4) return sentence + 2;
  const space = window.lastIndexOf(' ');
  if (space > 0) return space + 1;
  const c = text.charCodeAt(size - 1);
  return c >= 0xd800 && c <= 0xdbff ? size - 1 : size; // never split a surrogate pair
}
