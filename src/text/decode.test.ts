import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, sniffEncoding } from './decode.ts';
import { analyzeText } from './index.ts';

const utf16le = (s: string): Uint8Array => { const b = Buffer.alloc(2 + s.length * 2); b[0] = 0xff; b[1] = 0xfe; b.write(s, 2, 'utf16le'); return b; };
const utf16be = (s: string): Uint8Array => { const le = Buffer.from(s, 'utf16le'); const b = Buffer.alloc(2 + le.length); b[0] = 0xfe; b[1] = 0xff; for (let i = 0; i < le.length; i += 2) { b[2 + i] = le[i + 1]; b[3 + i] = le[i]; } return b; };
// «سلام دنیا» in Windows-1256
const CP1256 = Uint8Array.from([0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xcf, 0xe4, 0xed, 0xc7]);

test('UTF-8 with and without BOM', () => {
  assert.equal(decodeBytes(new TextEncoder().encode('سلام')), 'سلام');
  assert.equal(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('سلام')])), 'سلام');
  assert.equal(decodeBytes(new Uint8Array(0)), '');
});

test('UTF-16 LE and BE with a BOM', () => {
  assert.equal(decodeBytes(utf16le('سلام دنیا')), 'سلام دنیا');
  assert.equal(decodeBytes(utf16be('سلام دنیا')), 'سلام دنیا');
  assert.deepEqual(sniffEncoding(utf16le('x')), { encoding: 'utf-16le', skip: 2 });
});

test('Windows-1256 is detected when the bytes are not UTF-8, or chosen with an encoding', () => {
  assert.equal(decodeBytes(CP1256), 'سلام دنيا');
  assert.equal(decodeBytes(CP1256, { encoding: 'windows-1256' }), 'سلام دنيا');
  assert.equal(sniffEncoding(CP1256).encoding, 'windows-1256');
});

test('clear errors that name the input: binary, invalid UTF-8, unknown or wrong encoding', () => {
  assert.throws(() => decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), { name: 'a.zip' }), /^Error: a\.zip: looks like binary data/);
  assert.throws(() => decodeBytes(Uint8Array.from([0x48, 0x69, 0xff, 0xfe, 0xfd, 0x41, 0x42]), { name: 'x.txt' }), /^Error: x\.txt: not valid UTF-8/);
  assert.throws(() => decodeBytes(CP1256, { encoding: 'no-such', name: 'y' }), /y: unknown encoding "no-such"/);
  assert.throws(() => decodeBytes(CP1256, { encoding: 'utf-8', name: 'z' }), /z: not valid utf-8 text/);
});

test('UTF-8 with one damaged byte stays UTF-8 (not Windows-1256 mojibake)', () => {
  const good = new TextEncoder().encode('رئیس جمهور در تهران گفت که مذاکرات ادامه دارد');
  const cut = new Uint8Array(good.length + 1); cut.set(good); cut[good.length] = 0xd8;
  const text = decodeBytes(cut, { name: 'cut.txt' });
  assert.ok(text.startsWith('رئیس جمهور در تهران'));
  assert.ok(text.endsWith('\uFFFD'));
});

test('a few stray control characters do not make a text binary (QA F3): read, with a warning', () => {
  const enc = new TextEncoder();
  const warnings: string[] = [];
  // pasted text with BEL and VT, and an old Windows file ending in Ctrl-Z
  const pasted = decodeBytes(enc.encode('سلام دنیا\u0007 تهران \u000b ایران'), { name: 'c.txt', onWarning: (w) => warnings.push(w) });
  assert.equal(pasted, 'سلام دنیا\u0007 تهران \u000b ایران');
  assert.deepEqual(warnings, ['c.txt: 2 control characters (first at byte 17) ignored']);
  assert.equal(decodeBytes(enc.encode('رئیس جمهور در تهران گفت\r\n\u001a')), 'رئیس جمهور در تهران گفت\r\n\u001a');
  // the normalizer drops them, so analysis sees clean text
  assert.equal(analyzeText(pasted).text, 'سلام دنیا تهران ایران');
  // still binary: NUL bytes, or control bytes past 1% of a longer input
  assert.throws(() => decodeBytes(enc.encode('سلام\u0000دنیا'), { name: 'n.txt' }), /n\.txt: looks like binary data/);
  // one NUL pasted into a long article is a stray control character (QA S3 Q10): read, with a warning
  const article = 'رئیس‌جمهور ترکیه در سخنانی در آنکارا از اجرای مدل اقتصادی جدید این کشور دفاع کرد. '.repeat(30);
  const w2: string[] = [];
  assert.equal(decodeBytes(enc.encode(article + '\u0000'), { name: 'a.txt', onWarning: (w) => w2.push(w) }), article + '\u0000');
  assert.equal(w2.length, 1);
  const noisy = enc.encode(Array.from({ length: 40 }, (_, i) => `خبر ${i}\u0001\u0002`).join(' '));
  assert.throws(() => decodeBytes(noisy, { name: 'x.bin' }), /x\.bin: looks like binary data/);
});
