// `rasad ner`: --conll keeps the given tokens and writes one IOB2 tag per token; raw text lists entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/rasad.js', import.meta.url));
function rasad(args: string[], input: string): { out: string; err: string; code: number | null } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

test('ner --conll keeps tokens (even odd ones) and tags each', () => {
  const input = 'وزیر\tO\nامور\tO\nخارجه\tO\nروسیه\tO\nسرگئی\tO\nلاوروف\tO\n\nكتاب\tX\n۱۲۳۴\tO\nJohn\tO\n';
  const r = rasad(['ner', '--conll', '-'], input);
  assert.equal(r.code, 0, r.err);
  const blocks = r.out.trim().split('\n\n').map((b) => b.split('\n').map((l) => l.split('\t')));
  assert.deepEqual(blocks.map((b) => b.map((c) => c[0])), [['وزیر', 'امور', 'خارجه', 'روسیه', 'سرگئی', 'لاوروف'], ['كتاب', '۱۲۳۴', 'John']]);
  for (const b of blocks) for (const c of b) assert.match(c[1], /^(O|[BI]-(PER|ORG|LOC|FAC|EVE|PRO|NAT))$/);
  assert.equal(blocks[0][3][1], 'B-LOC');
  assert.deepEqual(blocks[0].slice(4).map((c) => c[1]), ['B-PER', 'I-PER']);
});

test('ner on raw text prints entities with refs; a missing file is one clear error', () => {
  const r = rasad(['ner', '-'], 'رژیم صهیونیستی و آمریکا در این باره سکوت کردند.');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /رژیم صهیونیستی\tcountry:ISR/);
  const bad = rasad(['ner', '/no/such/file.txt'], '');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /no such file/);
});
