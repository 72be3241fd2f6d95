// `rasad tokenize` end to end: stdin in, CoNLL-U / JSON / text out, bad input as one clear line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/rasad.js', import.meta.url));
const run = (args: string[], input: Uint8Array | string) => spawnSync(process.execPath, [bin, 'tokenize', ...args], { input, encoding: 'utf8' });

test('CoNLL-U from stdin: sentences, ranges, FORM from the input, Norm= in MISC', () => {
  const r = run([], 'كتابش را خواند. تیتر\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, [
    '# sent_id = s1', '# text = كتابش را خواند.',
    '1-2\tكتابش\t_\t_\t_\t_\t_\t_\t_\tNorm=کتابش', '1\tكتاب\t_\t_\t_\t_\t_\t_\t_\tNorm=کتاب', '2\tش\t_\t_\t_\t_\t_\t_\t_\t_',
    '3\tرا\t_\t_\t_\t_\t_\t_\t_\t_', '4\tخواند\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No', '5\t.\t_\t_\t_\t_\t_\t_\t_\t_', '',
    '# sent_id = s2', '# text = تیتر', '1\tتیتر\t_\t_\t_\t_\t_\t_\t_\t_', '', ''].join('\n'));
});

test('json and text formats', () => {
  const j = run(['--format', 'json'], 'سلام دنیا!');
  assert.deepEqual(JSON.parse(j.stdout), { id: 's1', text: 'سلام دنیا!', tokens: [{ text: 'سلام', start: 0, end: 4 }, { text: 'دنیا', start: 5, end: 9 }, { text: '!', start: 9, end: 10 }] });
  assert.equal(run(['--format', 'text'], 'سلام دنیا! خوبی؟').stdout, 'سلام دنیا !\nخوبی ؟\n');
});

test('bad input: empty, whitespace, binary, wrong encoding, Windows-1256 (UTF-16: decode.test.ts)', () => {
  const empty = run([], '  \n\t');
  assert.equal(empty.status, 0);
  assert.equal(empty.stdout, '');
  assert.match(empty.stderr, /no text to tokenize/);
  const bin = run([], Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]));
  assert.equal(bin.status, 1);
  assert.equal(bin.stderr.trim(), 'rasad: stdin: looks like binary data (NUL or control bytes), not text; give --encoding if it is text');
  const cp = Uint8Array.from([0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xcf, 0xe4, 0xed, 0xc7]);
  assert.equal(run(['--format', 'text'], cp).stdout, 'سلام دنيا\n');
  assert.match(run(['--encoding', 'utf-8'], cp).stderr, /^rasad: stdin: invalid utf-8 byte sequence/);
});
