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

test('ner --conll keeps tokens (even odd ones) and tags each, in ParsTwiNER\'s six types by default', () => {
  const input = 'وزیر\tO\nامور\tO\nخارجه\tO\nروسیه\tO\nسرگئی\tO\nلاوروف\tO\n\nكتاب\tX\n۱۲۳۴\tO\nJohn\tO\n';
  for (const flags of [[], ['--full'], ['--parstwiner'], ['--model-only'], ['--vote'], ['--full-vote']]) {
    const r = rasad(['ner', '--conll', ...flags, '-'], input);
    assert.equal(r.code, 0, r.err);
    const blocks = r.out.trim().split('\n\n').map((b) => b.split('\n').map((l) => l.split('\t')));
    assert.deepEqual(blocks.map((b) => b.map((c) => c[0])), [['وزیر', 'امور', 'خارجه', 'روسیه', 'سرگئی', 'لاوروف'], ['كتاب', '۱۲۳۴', 'John']]);
    for (const b of blocks) for (const c of b) assert.match(c[1], /^(O|[BI]-(PER|ORG|LOC|EVE|POG|NAT))$/, flags.join(' '));
    assert.equal(blocks[0][3][1], 'B-LOC', flags.join(' '));
    assert.deepEqual(blocks[0].slice(4).map((c) => c[1]), ['B-PER', 'I-PER'], flags.join(' '));
  }
});

test('ner --conll: ParsTwiNER keeps POG and writes a facility as LOC; --types rasad writes ORG and FAC', () => {
  // «طالبان» is a political group (POG) in ParsTwiNER, an ORG in our news types; «پل خواجو» a facility
  const input = 'طالبان\tO\nکابل\tO\nرا\tO\nگرفتند\tO\n\nاز\tO\nپل\tO\nخواجو\tO\nگذشتیم\tO\n';
  const tags = (flags: string[]): string[] => {
    const r = rasad(['ner', '--conll', ...flags, '-'], input);
    assert.equal(r.code, 0, r.err);
    return r.out.trim().split('\n').filter(Boolean).map((l) => l.split('\t')[1]);
  };
  assert.deepEqual(tags(['--full']), ['B-POG', 'B-LOC', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
  assert.deepEqual(tags(['--full', '--types', 'rasad']), ['B-ORG', 'B-LOC', 'O', 'O', 'O', 'B-FAC', 'I-FAC', 'O']);
  assert.ok(!tags(['--types', 'rasad']).some((t) => t.endsWith('POG')));
  const bad = rasad(['ner', '--conll', '--types', 'conll2003', '-'], input);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /--types: conll2003: expected parstwiner or rasad/);
});

test('ner on raw text prints entities with refs; a missing file is one clear error', () => {
  const r = rasad(['ner', '-'], 'رژیم صهیونیستی و آمریکا در این باره سکوت کردند.');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /رژیم صهیونیستی\tcountry:ISR/);
  const bad = rasad(['ner', '/no/such/file.txt'], '');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /no such file/);
});
