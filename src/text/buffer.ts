// A growable UTF-16 output buffer that records, for each code unit written, the offset of the
// source character it came from. Every normalizer pass reads one of these and writes another, so the
// offset map survives any chain of deletions, insertions and replacements.

const decoder = new TextDecoder('utf-16le');

export class MappedBuffer {
  codes: Uint16Array;
  map: Int32Array;
  length = 0;
  /** input offset just after the last character that produced output (where the text's end maps to) */
  endOrigin = 0;
  /** output index of the first digit of each group of digits (set by the character pass) */
  digitRuns: number[] = [];

  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.map = new Int32Array(Math.max(16, capacity) + 1);
  }

  push(code: number, origin: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.map[this.length++] = origin;
  }

  /** Appends src[a, b) with its offsets. */
  copy(src: MappedBuffer, a: number, b: number): void {
    while (this.length + (b - a) > this.codes.length) this.grow();
    // words are short: a plain loop beats subarray()+set(), which allocate two views per call
    const codes = this.codes, map = this.map, sc = src.codes, sm = src.map;
    let o = this.length;
    for (let j = a; j < b; j++, o++) { codes[o] = sc[j]; map[o] = sm[j]; }
    this.length = o;
  }

  last(k = 1): number { return this.length >= k ? this.codes[this.length - k] : -1; }

  pop(): void { if (this.length > 0) this.length--; }

  private grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    codes.set(this.codes);
    const map = new Int32Array(codes.length + 1);
    map.set(this.map);
    this.codes = codes;
    this.map = map;
  }

  /** The text written so far. */
  text(): string { return decoder.decode(this.codes.subarray(0, this.length)); }

  /** Offset map with the closing entry (`end` maps to `endOrigin`), as NormalizeResult wants it. */
  offsets(endOrigin: number): Int32Array {
    const out = this.map.slice(0, this.length + 1);
    out[this.length] = endOrigin;
    return out;
  }
}
