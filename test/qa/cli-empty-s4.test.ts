// QA (session 4, S3 Q11): an empty input (no bytes, or white space only) is the same for every command: one
// line on stderr naming the input («no text to …»), nothing on stdout, exit 0; in a batch the others go on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rasad } from '../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasad-qa-empty-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'blank.txt'), '  \n\t\n');
// VOA Dari 2011 (public domain)
writeFileSync(join(dir, 'a.txt'), 'سخنگوی ناتو میگوید، شورشیان با ماشیندار ها، تفنگ و راکت بر یکی از قرار گاه های نظامی در ولایت خوست حمله کرده بودند.\n');

const COMMANDS: [string[], string][] = [[['tokenize'], 'tokenize'], [['tag'], 'tag'], [['ner'], 'find entities in'], [['ner', '--conll'], 'find entities in'], [['analyze'], 'analyze']];

test('every command: an empty or blank file is one line naming it, exit 0, no output', async () => {
  for (const [cmd, what] of COMMANDS) {
    for (const file of ['empty.txt', 'blank.txt']) {
      const r = await rasad([...cmd, file], dir);
      assert.equal(r.status, 0, `${cmd.join(' ')} ${file}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `rasad: ${file}: no text to ${what} (empty or whitespace only)\n`, cmd.join(' '));
    }
  }
  // ner is no tagger: its message never says «no text to tag»
  assert.doesNotMatch((await rasad(['ner', '--conll', 'empty.txt'], dir)).stderr, /no text to tag/);
});

test('analyze a.txt empty.txt a.txt: the empty one is reported, the others analyzed', async () => {
  const r = await rasad(['analyze', '--json', '--no-events', 'a.txt', 'empty.txt', 'a.txt'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 2);
  assert.equal(r.stderr, 'rasad: empty.txt: no text to analyze (empty or whitespace only)\n');
});
