// Bytes -> text for the readers: the text engine's decodeBytes (UTF-8 / UTF-16 BOM / Windows-1256 detection,
// a clear error on binary), with the BOM removed.
import { decodeBytes } from '../../text/decode.ts';

export interface DecodeOptions { encoding?: string; name?: string; onWarning?: (message: string) => void }

/** Decodes a document's bytes; throws an Error naming the input when it is not text. */
export function decodeDocument(bytes: Uint8Array, opts: DecodeOptions = {}): string {
  return decodeBytes(bytes, opts).replace(/^\uFEFF/, '');
}
