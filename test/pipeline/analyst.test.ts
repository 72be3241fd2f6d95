// What a Persian-reading analyst checks first in an analyzed wire story: who is quoted, who the people
// are, and what happened to whom. Each case is a sentence shape taken from real Fars/IRNA copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.ts';
import type { Article } from '../../src/article.ts';

const article = (body: string): Article =>
  analyze({ headline: null, lead: null, agency: null, service: null, sources: [], published: '2021-12-07', body });

test('the agency in «به گزارش …» is never the speaker (attribution with a comma)', () => {
  const a = article('به گزارش خبرگزاری فارس از بجنورد، محمد علی شجاعی در شورای پشتیبانی سوادآموزی خراسان شمالی اظهار کرد: اولین سنگ بنای توسعه استان افزایش باسوادی است.');
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].speaker?.text, 'محمد علی شجاعی');
});

test('the agency in «به گزارش …» is never the speaker (province copy without the comma)', () => {
  const a = article('به گزارش خبرگزاری فارس از بجنورد محمد علی شجاعی ظهر امروز در شورای پشتیبانی سوادآموزی خراسان شمالی اظهار کرد: اولین سنگ بنای توسعه استان افزایش باسوادی است. وی افزود: باید جهش داشته باشیم.');
  assert.equal(a.quotes.length, 2);
  for (const q of a.quotes) assert.equal(q.speaker?.text, 'محمد علی شجاعی');
});

test('a speech verb is never part of a person name', () => {
  const a = article('ابراهیم عزیزی در گفت و گو با خبرنگار ایرنا سخن گفت. عزیزی افزود: تیم جدید عازم وین می‌شوند.');
  const people = a.entities.filter((e) => e.type === 'PER').map((e) => e.text);
  assert.ok(people.includes('عزیزی'), `people: ${people.join('، ')}`);
  for (const p of people) assert.doesNotMatch(p, /(^|\s)(افزود|گفت|کرد|داد)$/, p);
});

test('a «name» in guillemets is not a quote', () => {
  const a = article('بنا بر گزارش رویترز، وزیر خارجه آمریکا در مصاحبه با شبکه «دبلیو‌اس‌بی آتلانتا» (WSB Atlanta) سخن گفت.');
  assert.deepEqual(a.quotes.map((q) => q.text), []);
});

test('a quoted statement after «گفت:» is a direct quote with its speaker and verb', () => {
  const a = article('وزیر خارجه آمریکا گفت: «حل این منازعه باید از طریق مذاکره باشد».');
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].speaker?.text, 'وزیر خارجه آمریکا');
  assert.equal(a.quotes[0].verb, 'گفت');
  assert.equal(a.quotes[0].direct, true);
  assert.match(a.quotes[0].text, /حل این منازعه/);
});

test('criticism of «مواضع X و حمایت‌های این کشور از Y» targets X', () => {
  const a = article('مایک پامپئو از مواضع ترکیه و حمایت‌های این کشور از جمهوری آذربایجان انتقاد کرد.');
  const criticism = a.events.find((e) => e.type === 'DISAPPROVE');
  assert.ok(criticism, 'a DISAPPROVE event');
  assert.equal(criticism.target?.ref, 'country:TUR');
});

test('sanctions, arms sales and negated talks come out with actor, target and polarity', () => {
  const sanction = article('آمریکا تحریم‌های جدیدی علیه ایران اعمال کرد.').events.find((e) => e.type === 'SANCTION');
  assert.equal(sanction?.actor?.ref, 'country:USA');
  assert.equal(sanction?.target?.ref, 'country:IRN');
  const talks = article('ایران هرگز با آمریکا مذاکره نخواهد کرد.').events.find((e) => e.target?.ref === 'country:USA');
  assert.equal(talks?.negated, true);
  const arms = article('روسیه ۲۰ فروند جنگنده سوخو ۳۵ به ایران می‌فروشد.').events.find((e) => e.actor?.ref === 'country:RUS');
  assert.equal(arms?.target?.ref, 'country:IRN');
});

test('a role phrase the article attached to a name carries that person\'s ref as speaker', () => {
  const a = article('«مایک پامپئو» وزیر خارجه آمریکا از ترکیه انتقاد کرد. وزیر خارجه آمریکا گفت: «ما آماده‌ایم».');
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].speaker?.ref, a.entities.find((e) => e.text === 'مایک پامپئو')?.ref);
});

test('a role phrase named in the next sentence (IRNA style) carries that person\'s ref', () => {
  const a = article('نایب رییس کمیسیون امنیت ملی و سیاست خارجی مجلس گفت: بنده به تیم مذاکره امیدوارم. ابراهیم عزیزی در گفت و گو با خبرنگار سیاسی ایرنا اظهار داشت: تیم تلاش حداکثری خواهد کرد.');
  assert.equal(a.quotes.length, 2);
  assert.ok(a.quotes[1].speaker?.ref, 'the named speaker has a ref');
  assert.equal(a.quotes[0].speaker?.ref, a.quotes[1].speaker?.ref);
});

test('in an interview lead the interviewee speaks, not the agency of the reporter', () => {
  const a = article('«ران جاکوب» در گفتگو با خبرنگار سیاست خارجی خبرگزاری فارس گفت: اگر ما در حال متقاعد کردن مردان و زنان واشنگتن باشیم موفق می‌شویم.');
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].speaker?.text, 'ران جاکوب');
});
