// Bytes -> string, with the encodings Persian text arrives in: UTF-8 (with or without BOM), UTF-16 LE/BE
// with a BOM, and Windows-1256 (old Windows Arabic-script code page). An explicit `encoding` wins; without
// one, invalid UTF-8 is read as Windows-1256 when that decoding looks like Persian/Arabic text. Binary
// input (NUL bytes, many control bytes) is refused with an error that names the input; a few stray control
// characters in text (BEL, VT, a Ctrl-Z end-of-file mark) are not binary: the text is read, `onWarning`
// hears about them, and the normalizer drops them (keeping offsets into the input).

export interface DecodeOptions {
  /** any label TextDecoder knows (utf-8, utf-16le, utf-16be, windows-1256, …); default: detect */
  encoding?: string;
  /** name of the input, used in error messages */
  name?: string;
  /** told about input that is read but not clean (stray control characters), one line naming the input */
  onWarning?: (message: string) => void;
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): string {
  const name = opts.name ?? 'input';
  if (opts.encoding) {
    let dec: TextDecoder;
    try { dec = new TextDecoder(opts.encoding, { fatal: true }); } catch {
      throw new Error(`${name}: unknown encoding "${opts.encoding}"`);
    }
    try { return stripBom(dec.decode(bytes)); } catch {
      throw new Error(`${name}: not valid ${dec.encoding} text`);
    }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', name);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', name);
  if (looksBinary(bytes)) {
    const bom16 = guessUtf16WithoutBom(bytes);
    if (bom16) return decodeUtf16(bytes, bom16, name);
    throw new Error(`${name}: looks like binary data (NUL or control bytes), not text; give --encoding if it is text`);
  }
  warnControls(bytes, name, opts.onWarning);
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch { /* not UTF-8: try the legacy code page */ }
  // UTF-8 with a few damaged bytes (a cut file, one stray byte) is still UTF-8: read as Windows-1256 it
  // would turn the whole document into mojibake. Bad bytes become U+FFFD.
  if (mostlyUtf8(bytes)) return stripBom(new TextDecoder('utf-8').decode(bytes));
  const cp = new TextDecoder('windows-1256').decode(bytes);
  if (arabicScriptShare(cp) >= 0.3) return cp;
  throw new Error(`${name}: not valid UTF-8 (and not recognisable Windows-1256); give the encoding with --encoding`);
}

/**
 * Picks the encoding of a stream from its first bytes (up to 64 KB), as decodeBytes would: BOM, binary
 * check, UTF-8 validity (a character cut at the end of the sample is allowed), else Windows-1256.
 * Returns the TextDecoder label and how many BOM bytes to skip.
 */
export function sniffEncoding(head: Uint8Array, opts: DecodeOptions = {}): { encoding: string; skip: number } {
  const name = opts.name ?? 'input';
  if (opts.encoding) {
    try { return { encoding: new TextDecoder(opts.encoding).encoding, skip: 0 }; } catch {
      throw new Error(`${name}: unknown encoding "${opts.encoding}"`);
    }
  }
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (looksBinary(head)) {
    const enc = guessUtf16WithoutBom(head);
    if (enc) return { encoding: enc, skip: 0 };
    throw new Error(`${name}: looks like binary data (NUL or control bytes), not text; give --encoding if it is text`);
  }
  warnControls(head, name, opts.onWarning);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', skip: head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0 };
  } catch { /* not UTF-8 */ }
  if (mostlyUtf8(head)) return { encoding: 'utf-8', skip: head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0 };
  if (arabicScriptShare(new TextDecoder('windows-1256').decode(head)) >= 0.3) return { encoding: 'windows-1256', skip: 0 };
  throw new Error(`${name}: not valid UTF-8 (and not recognisable Windows-1256); give the encoding with --encoding`);
}

/** Well-formed UTF-8 multi-byte sequences outnumber invalid bytes at least 4 to 1 (first 64 KB); Windows-1256
 * Persian gives the opposite (most letter bytes look like lead bytes without continuation bytes). */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let good = 0, bad = 0;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) { good++; i += len; } else { bad++; i++; }
  }
  return good >= 4 && bad * 4 <= good;
}

function stripBom(s: string): string { return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s; }

function decodeUtf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be', name: string): string {
  try { return stripBom(new TextDecoder(enc, { fatal: true }).decode(bytes)); } catch {
    throw new Error(`${name}: not valid ${enc.toUpperCase()} text`);
  }
}

/** C0 control bytes that text does not carry (not tab, newlines, form feed, ESC). */
function isStrayControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;
}

/** Control bytes a text may carry by accident before it counts as binary: a stray BEL or VT in pasted
 * text, the Ctrl-Z that old Windows editors put at the end. */
const STRAY_CONTROLS = 4;

/** In the first 64 KB: more than a few NUL bytes or more than one per 1,000 bytes, or more than 1% C0
 * control bytes (other than tab, newlines, form feed, ESC) and more than a few of them. One NUL in a long
 * article (a copy-paste accident) is a stray control character like a BEL, not a reason to refuse it. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let ctrl = 0, nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    if (isStrayControl(b)) ctrl++;
  }
  return nul > STRAY_CONTROLS || nul * 1000 > n || (n > 0 && ctrl > STRAY_CONTROLS && ctrl / n > 0.01);
}


/** Tells `onWarning` how many stray control characters a text has (the normalizer drops them). */
function warnControls(bytes: Uint8Array, name: string, onWarning?: (message: string) => void): void {
  if (!onWarning) return;
  let count = 0, first = -1;
  for (let i = 0; i < bytes.length; i++) if (isStrayControl(bytes[i])) { count++; if (first < 0) first = i; }
  if (count) onWarning(`${name}: ${count} control character${count > 1 ? 's' : ''} (first at byte ${first}) ignored`);
}

/** UTF-16 without a BOM shows NULs in every other byte for ASCII, or 0x06 high bytes for Arabic script. */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 65536) & ~1;
  let evenText = 0, oddText = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i], b = bytes[i + 1];
    if ((b === 0 || b === 0x06 || b === 0x20) && a !== 0) evenText++; // LE: low byte first
    if ((a === 0 || a === 0x06 || a === 0x20) && b !== 0) oddText++;
  }
  const pairs = n / 2;
  if (evenText / pairs > 0.9) return 'utf-16le';
  if (oddText / pairs > 0.9) return 'utf-16be';
  return null;
}

/** Share of Arabic-script letters among the letters of s. */
function arabicScriptShare(s: string): number {
  let letters = 0, arabic = 0;
  const n = Math.min(s.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) { letters++; arabic++; } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    else if (c >= 0x80) letters++; // Latin-1-looking mojibake counts against
  }
  return letters === 0 ? 0 : arabic / letters;
}
