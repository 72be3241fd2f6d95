// The fallback actor table must name people and bodies with the NER's refs, or one actor becomes
// several nodes in the relations network (QA finding Q9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { personRef, resolveActor } from '../ner/index.ts';
import { run } from './test-helpers.ts';

test('people in data/actors.tsv carry the same ref the NER gives their name', () => {
  const rows = readFileSync(new URL('./data/actors.tsv', import.meta.url), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  const people = rows.filter(([, ref]) => ref?.startsWith('person:'));
  assert.ok(people.length > 10);
  // the extractor takes the NER's person ref over the table's wherever the NER has one (actors.ts), so a
  // name the NER knows always resolves like the NER; where it only slugs the words, the table's ref stands
  for (const [text] of people) {
    const name = text.replaceAll('_', ' ');
    const ner = resolveActor(name);
    if (!ner?.startsWith('person:') || ner === personRef(text)) continue;
    const [e] = run(`${name} با رئیس جمهور دیدار کرد.`);
    if (e?.actor?.text === name) assert.equal(e.actor.ref, ner, text);
  }
  assert.equal(rows.find(([t]) => t === 'مجلس')?.[1], resolveActor('مجلس شورای اسلامی'));
});
