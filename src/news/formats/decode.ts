// Bytes -> text for the readers. Uses the text engine's decodeBytes (UTF-8 / UTF-16 BOM / Windows-1256
// detection, clear error on binary) when present; until it lands, a small equivalent fallback.
export interface DecodeOptions { encoding?: string; name?: string }

type Decoder = (bytes: Uint8Array, opts: DecodeOptions) => string;

let shared: Decoder | undefined;
try {
  const mod = await import(new URL('../../text/decode.ts', import.meta.url).href) as { decodeBytes?: Decoder };
  shared = mod.decodeBytes;
} catch { shared = undefined; }

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 || (b < 9) || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.01;
}

function fallbackDecode(bytes: Uint8Array, opts: DecodeOptions): string {
  const label = opts.name ?? 'input';
  if (opts.encoding) return new TextDecoder(opts.encoding).decode(bytes);
  if (bytes[0] === 0xFF && bytes[1] === 0xFE) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xFE && bytes[1] === 0xFF) return new TextDecoder('utf-16be').decode(bytes);
  if (looksBinary(bytes)) throw new Error(`${label}: binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}

/** Decodes a document's bytes; throws an Error naming the input when it is not text. */
export function decodeDocument(bytes: Uint8Array, opts: DecodeOptions = {}): string {
  const text = shared ? shared(bytes, opts) : fallbackDecode(bytes, opts);
  return text.replace(/^\uFEFF/, '');
}
