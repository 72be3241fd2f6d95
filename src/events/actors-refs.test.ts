// The fallback actor table must name people and bodies with the NER's refs, or one actor becomes
// several nodes in the relations network (QA finding Q9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { personRef, resolveActor } from '../ner/index.ts';

test('people in data/actors.tsv carry the same ref the NER gives their name', () => {
  const rows = readFileSync(new URL('./data/actors.tsv', import.meta.url), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  const people = rows.filter(([, ref]) => ref?.startsWith('person:'));
  assert.ok(people.length > 10);
  for (const [text, ref] of people) {
    const ner = resolveActor(text.replaceAll('_', ' '));
    // where the NER only slugs the words it saw (a spelling it does not know), the table may do better
    if (ner?.startsWith('person:') && ner !== personRef(text)) assert.equal(ref, ner, text);
  }
  assert.equal(rows.find(([t]) => t === 'مجلس')?.[1], resolveActor('مجلس شورای اسلامی'));
});
