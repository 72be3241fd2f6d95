// A city that does not stand for a government is a place, never a party (QA finding Q11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../pipeline.ts';

const events = (body: string) => analyze({ headline: null, lead: null, agency: null, service: null, sources: [], published: '2021-12-05', body }).events;

test('«مذاکرات وین» names the talks, not a party', () => {
  for (const e of events('مذاکرات وین در حالی ادامه دارد که آمریکا هم‌سو با رژیم صهیونیستی عمل می‌کند.')) {
    assert.ok(!e.actor?.ref?.startsWith('city:') && !e.target?.ref?.startsWith('city:'), JSON.stringify(e));
  }
});

test('a capital still acts for its government, and a city stays the place of the event', () => {
  const [e] = events('لاوروف در سفر به تهران با امیرعبداللهیان دیدار کرد.');
  assert.equal(e?.type, 'CONSULT');
  const refs = [e.actor?.ref, e.target?.ref];
  assert.ok(!refs.some((r) => r?.startsWith('city:')), JSON.stringify(e));
});
