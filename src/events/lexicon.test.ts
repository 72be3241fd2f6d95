// The language data files load, are consistent with each other, and say what the guidelines say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ontology, triggerRules, verbs, eventKind, actorGazetteer } from './lexicon.ts';

test('every trigger row names a type and mode of the ontology', () => {
  for (const r of triggerRules) assert.ok(eventKind(r.type, r.mode) && [...ontology.values()].some((k) => k.type === r.type), `${r.type}/${r.mode} in «${r.source}»`);
});

test('every verb a trigger conjugates is in verbs.tsv', () => {
  const known = new Set(verbs.flatMap((v) => [v.infinitive, v.canonical]));
  for (const r of triggerRules) for (const p of r.parts) if (p.kind === 'verb') assert.ok(known.has(p.infinitive), `<${p.infinitive}> in «${r.source}»`);
});

test('scores are Goldstein-like: -10..10, cooperation positive, conflict negative', () => {
  for (const k of ontology.values()) assert.ok(k.score >= -10 && k.score <= 10, `${k.type}/${k.mode}`);
  assert.ok(eventKind('AID', undefined)!.score > 0);
  assert.ok(eventKind('ASSAULT', 'military')!.score <= -9);
  assert.ok(eventKind('CONSULT', 'visit')!.score > 0 && eventKind('SANCTION', undefined)!.score < 0);
});

test('the issue\'s triggers are all in the lexicon', () => {
  const sources = new Set(triggerRules.map((r) => r.source));
  for (const t of ['دیدار <کردن>', 'سفر <کردن>', 'امضا <کردن>', 'تقدیر <کردن>', 'محکوم <کردن>', '<فروختن>', 'رای <دادن>', 'گفتگو <کردن>',
    'تماس تلفنی', 'تحریم <کردن>', 'حمله <کردن>', 'متهم <کردن>', 'رد <کردن>', 'تهدید <کردن>', 'خواستار … <شدن>', 'کمک <کردن>',
    'استقبال <کردن>', 'میزبانی <کردن>', 'تظاهرات', 'امضا <شدن>', 'تحریم <شدن>']) assert.ok(sources.has(t), t);
});

test('the fallback gazetteer gives capitals their country', () => {
  assert.equal(actorGazetteer.find((a) => a.text === 'تهران')?.ref, 'country:IRN');
  assert.equal(actorGazetteer.find((a) => a.text === 'کاخ سفید')?.ref, 'country:USA');
});
