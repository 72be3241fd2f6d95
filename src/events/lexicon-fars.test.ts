// Trigger rows added after reading unseen Fars news (shared/corpora/fars-news-1500), each with its real sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';

const PER = 'PER' as const, LOC = 'LOC' as const, ORG = 'ORG' as const;

test('«مانوری نظامی … برگزار کرد» is MOBILIZE', () => {
  // (the Fars sentence, with the long place phrase shortened: the gap spans at most 12 words)
  const ev = run('رژیم صهیونیستی امروز دوشنبه مانوری نظامی در منطقه اشغالی جولان سوریه برگزار کرد.',
    { names: [{ text: 'رژیم صهیونیستی', type: ORG }, { text: 'سوریه', type: LOC, ref: 'country:SYR' }, { text: 'لبنان', type: LOC, ref: 'country:LBN' }] });
  assert.deepEqual(brief(ev), ['MOBILIZE رژیم صهیونیستی -> -']);
});

test('«X را زخمی کرد» is ASSAULT', () => {
  const ev = run('نیروهای رژیم صهیونیستی سه جوان فلسطینی را در نزدیکی الخلیل زخمی کردند.', { names: [{ text: 'رژیم صهیونیستی', type: ORG }] });
  assert.deepEqual(ev.map((e) => e.type), ['ASSAULT']);
  assert.match(ev[0].actor?.text ?? '', /رژیم صهیونیستی/);
});

test('«به X تیراندازی کردند» is ASSAULT/military against X', () => {
  const ev = run('صهیونیست‌ها امروز به دو جوان فلسطینی در جنین تیراندازی کردند.', { names: [{ text: 'صهیونیست‌ها', type: ORG }] });
  assert.deepEqual(ev.map((e) => `${e.type}/${e.mode} ${e.actor?.text}`), ['ASSAULT/military صهیونیست‌ها']);
});

test('«کمک‌های بشردوستانه به X ارسال کردند» is AID to X, one event per sender', () => {
  const ev = run('عربستان و روسیه به طور جداگانه دو محموله کمک‌های بشردوستانه به قرقیزستان ارسال کردند.',
    { names: [{ text: 'عربستان', type: LOC, ref: 'country:SAU' }, { text: 'روسیه', type: LOC, ref: 'country:RUS' }, { text: 'قرقیزستان', type: LOC, ref: 'country:KGZ' }] });
  assert.ok(ev.length > 0 && ev.every((e) => e.type === 'AID' && e.target?.ref === 'country:KGZ'));
  assert.ok(ev.some((e) => e.actor?.ref === 'country:RUS'));
});

test('«پیشنهاد داد» needs an addressee: «به X پیشنهاد می‌کند» is REQUEST, a bare proposal is not an event', () => {
  const ev = run('آمریکا برای پایان دادن به تحریمهای اقتصادی علیه عراق یک قطعنامه به شورای امنیت سازمان ملل پیشنهاد می‌کند.',
    { names: [{ text: 'آمریکا', type: LOC, ref: 'country:USA' }, { text: 'عراق', type: LOC, ref: 'country:IRQ' }, { text: 'شورای امنیت سازمان ملل', type: ORG }] });
  assert.deepEqual(ev.map((e) => `${e.type} ${e.actor?.ref} -> ${e.target?.text}`), ['REQUEST country:USA -> شورای امنیت سازمان ملل']);
  const bare = run('عربستان سعودی پیشنهاد داده بود که تولید نفت کاهش یابد.', { names: [{ text: 'عربستان سعودی', type: LOC, ref: 'country:SAU' }] });
  assert.deepEqual(bare.filter((e) => e.type === 'REQUEST'), []);
});

test('«مراتب اعتراض خود را اعلام می‌دارد» is DISAPPROVE', () => {
  const ev = run('جنبش انقلابی مردم مسلمان ایران طی بیانیه‌ای در این خصوص مراتب اعتراض خود را اعلام می‌دارد.', { names: [{ text: 'جنبش انقلابی مردم مسلمان ایران', type: ORG }] });
  assert.deepEqual(brief(ev), ['DISAPPROVE جنبش انقلابی مردم مسلمان ایران -> -']);
});

test('«مخالفت خود را با X مطرح / نشان داد» is REJECT', () => {
  const ev = run('نمایندگان مخالفت خود را با این طرح مطرح کردند.');
  assert.deepEqual(ev.map((e) => e.type), ['REJECT']);
  const shown = run('نمایندگان مخالفت خود را با این طرح نشان دادند.');
  assert.deepEqual(shown.map((e) => e.type), ['REJECT']);
});

test('«شناسایی و دستگیر کردند» and «به زندان انداخت» are COERCE/arrest; «مصادره کرد» is COERCE/seize', () => {
  const ev = run('پلیس فتا فردی را شناسایی و دستگیر کرد.', { names: [{ text: 'پلیس فتا', type: ORG }] });
  assert.deepEqual(ev.map((e) => `${e.type}/${e.mode}`), ['COERCE/arrest']);
  const jail = run('دولت میانمار صدها راهب را به زندان انداخت.', { names: [{ text: 'میانمار', type: LOC, ref: 'country:MMR' }] });
  assert.deepEqual(jail.map((e) => `${e.type}/${e.mode}`), ['COERCE/arrest']);
  const seize = run('رژیم صهیونیستی اراضی کرانه باختری را مصادره کرد.', { names: [{ text: 'رژیم صهیونیستی', type: ORG }] });
  assert.deepEqual(seize.map((e) => `${e.type}/${e.mode}`), ['COERCE/seize']);
});

test('a negated new row stays negated: «کمک مالی نکرد»', () => {
  const ev = run('دولت آمریکا به این گروه کمک مالی نکرد.', { names: [{ text: 'آمریکا', type: LOC, ref: 'country:USA' }] });
  assert.deepEqual(ev.map((e) => `${e.type} ${e.negated}`), ['AID true']);
});

test('a gathering held is PROTEST: «دست به تجمع زدند»', () => {
  const ev = run('کارگران کارخانه مقابل استانداری دست به تجمع زدند.');
  assert.deepEqual(ev.map((e) => `${e.type}/${e.mode}`), ['PROTEST/demo']);
});

test('people taking to the streets is PROTEST/demo: «به خیابان‌ها ریختند»، «راهپیمایی … برگزار کردند»', () => {
  // Fars: «در زنجان 50 هزار نفر از مردم به خیابانها ریختند و …» (with a group the extractor knows as an actor)
  const ev = run('مردم بحرین در اعتراض به فساد به خیابان‌ها ریختند.', { names: [{ text: 'بحرین', type: LOC, ref: 'country:BHR' }] });
  assert.deepEqual(ev.map((e) => `${e.type}/${e.mode}`), ['PROTEST/demo']);
  const march = run('دانشجویان دانشگاه تهران راهپیمایی بزرگی برگزار کردند.');
  assert.deepEqual(march.map((e) => `${e.type}/${e.mode}`), ['PROTEST/demo']);
});

test('condolences to an actor are SUPPORT: «به دولت و ملت ایران تسلیت گفت»', () => {
  const ev = run('پوتین در پیامی به دولت و ملت ایران تسلیت گفت.', { names: [{ text: 'پوتین', type: PER }, { text: 'ایران', type: LOC, ref: 'country:IRN' }] });
  assert.deepEqual(ev.map((e) => `${e.type} ${e.actor?.text}`), ['SUPPORT پوتین']);
});

test('pledges and understandings are AGREE: «متعهد شده است»، «به تفاهم رسیدند»', () => {
  const ev = run('رایزنی فرهنگی ایران متعهد شده است تا استادان مورد نیاز این کلاس‌ها را تأمین کند.', { names: [{ text: 'ایران', type: LOC, ref: 'country:IRN' }] });
  assert.deepEqual(ev.map((e) => e.type), ['AGREE']);
  const both = run('ایران و عراق به تفاهم رسیدند.', { names: [{ text: 'ایران', type: LOC, ref: 'country:IRN' }, { text: 'عراق', type: LOC, ref: 'country:IRQ' }] });
  assert.deepEqual(brief(both), ['AGREE ایران -> عراق']);
});

test('«X را مورد استقبال قرار داد» is SUPPORT/endorse; «تبعید کرد» and «زندانی کرد» are COERCE', () => {
  const ev = run('پکن این پیشنهاد را مورد استقبال قرار داد.', { names: [{ text: 'پکن', type: LOC, ref: 'country:CHN' }] });
  assert.deepEqual(ev.map((e) => `${e.type}/${e.mode}`), ['SUPPORT/endorse']);
  const exile = run('رژیم صهیونیستی این فعالان را تبعید کرد.', { names: [{ text: 'رژیم صهیونیستی', type: ORG }] });
  assert.deepEqual(exile.map((e) => e.type), ['COERCE']);
  const jail = run('دولت میانمار صدها راهب را زندانی کرد.', { names: [{ text: 'میانمار', type: LOC, ref: 'country:MMR' }] });
  assert.deepEqual(jail.map((e) => `${e.type}/${e.mode}`), ['COERCE/arrest']);
});

test('sending troops is MOBILIZE: «هزار نیرو به افغانستان فرستاد»', () => {
  const ev = run('آمریکا هزار نیرو به افغانستان فرستاد.', { names: [{ text: 'آمریکا', type: LOC, ref: 'country:USA' }, { text: 'افغانستان', type: LOC, ref: 'country:AFG' }] });
  assert.deepEqual(brief(ev), ['MOBILIZE آمریکا -> افغانستان']);
});

test('declared support is SUPPORT: «حمایت خود را از X اعلام کرد»، «از X ابراز حمایت کرد»', () => {
  const names = [{ text: 'حزب الله', type: ORG }, { text: 'فلسطین', type: LOC, ref: 'country:PSE' }, { text: 'اتحادیه اروپا', type: ORG, ref: 'org:EU' }, { text: 'ایران', type: LOC, ref: 'country:IRN' }];
  const declared = run('حزب الله حمایت کامل خود را از ملت فلسطین اعلام کرد.', { names });
  assert.deepEqual(declared.map((e) => `${e.type} ${e.actor?.text}`), ['SUPPORT حزب الله']);
  const expressed = run('اتحادیه اروپا از ایران ابراز حمایت کرد.', { names });
  assert.deepEqual(brief(expressed), ['SUPPORT اتحادیه اروپا -> ایران']);
});
