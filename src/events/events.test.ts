// Event extraction rules, each with a real sentence (from the semnan corpus unless marked as the
// issue's own example), through analyzeText + extractEvents with a hand-built context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';

const PER = 'PER' as const, ORG = 'ORG' as const;

test('light-verb construction with «با»: دیدار کرد', () => {
  const ev = run('به گزارش ایرنا، علی باقری کنی مذاکره کننده ارشد ایران امروز با انریکه مورا رئیس کمیسیون مشترک برجام دیدار کرد.',
    { names: [{ text: 'علی باقری کنی', type: PER }, { text: 'انریکه مورا', type: PER }] });
  assert.deepEqual(brief(ev), ['CONSULT/meet علی باقری کنی -> انریکه مورا']);
  assert.equal(ev[0].score, 2);
  assert.equal(ev[0].trigger, 'دیدار کرد');
  assert.equal(ev[0].tense, 'past');
});

test('the wire attribution is never the actor: «به گزارش خبرگزاری فارس،»', () => {
  const ev = run('به گزارش خبرگزاری فارس، آمریکا ایران را تحریم کرد.', { names: [{ text: 'خبرگزاری فارس', type: ORG }] });
  assert.deepEqual(brief(ev), ['SANCTION آمریکا -> ایران']);
  assert.equal(ev[0].actor?.ref, 'country:USA');
  assert.equal(ev[0].targetCountry, 'country:IRN');
});

test('object marker «را» and the future tense: تحریم خواهد کرد', () => {
  const [e] = run('آمریکا ایران را تحریم خواهد کرد.');
  assert.equal(e.type, 'SANCTION');
  assert.equal(e.target?.text, 'ایران');
  assert.equal(e.tense, 'future');
});

test('object phrase with a modifier before «را»: سرنگون کرد', () => {
  const ev = run('ارتش یمن یک فروند پهپاد جاسوسی آمریکایی از نوع Scan Eagle را در آسمان الجوبه سرنگون کرد.', { names: [{ text: 'ارتش یمن', type: ORG }] });
  assert.deepEqual(brief(ev), ['ASSAULT/military ارتش یمن -> آمریکایی']);
  assert.equal(ev[0].target?.ref, 'country:USA');
  assert.equal(ev[0].score, -10);
});

test('target with «از» through a genitive chain: از زحمات ... کاظمی تقدیر کرد', () => {
  const ev = run('معاون اول رئیس جمهور از زحمات و تلاش های کاظمی در دوران مسئولیت وی در این وزارتخانه تقدیر کرد.', { names: [{ text: 'کاظمی', type: PER }] });
  assert.deepEqual(brief(ev), ['SUPPORT/praise معاون اول رئیس جمهور -> کاظمی']);
});

test('target with «به» and a perfect tense: فروخته است, with quantity and arms mode (issue example)', () => {
  const [e] = run('روسیه ۲۴ فروند جنگنده سوخو به ایران فروخته است.');
  assert.equal(e.type, 'TRADE');
  assert.equal(e.mode, 'arms');
  assert.equal(e.actor?.ref, 'country:RUS');
  assert.equal(e.target?.ref, 'country:IRN');
  assert.equal(e.quantity, '۲۴ فروند جنگنده');
  assert.equal(e.tense, 'perfect');
});

test('passive with an agent: تحریم شد توسط', () => {
  assert.deepEqual(brief(run('ایران توسط آمریکا تحریم شد.')), ['SANCTION آمریکا -> ایران']);
});

test('negated signing between two sides: «قراردادی امضا نشد» is a negated AGREE', () => {
  const ev = run('میان ایران و روسیه قراردادی امضا نشد.');
  assert.deepEqual(brief(ev), ['AGREE/sign ایران -> روسیه NEG']);
});

test('coordinated subject of a symmetric event: سوریه و ایران ... امضا کردند', () => {
  assert.deepEqual(brief(run('سوریه و ایران ۴ سند همکاری امضا کردند.')), ['AGREE/sign سوریه -> ایران']);
});

test('coordinated actors of a one-sided event give one event each', () => {
  assert.deepEqual(brief(run('ایران و روسیه این حمله را محکوم کردند.')), ['DISAPPROVE/condemn ایران -> -', 'DISAPPROVE/condemn روسیه -> -']);
});

test('denial: «تکذیب کرد» is REJECT/deny, not a negation', () => {
  const [e] = run('وزارت خارجه روسیه این گزارش را تکذیب کرد.');
  assert.equal(e.type, 'REJECT');
  assert.equal(e.mode, 'deny');
  assert.equal(e.negated, false);
  assert.equal(e.actorCountry, 'country:RUS');
});

test('nominalization with a genitive actor: سفر لاوروف به تهران (issue example)', () => {
  const [e] = run('سفر لاوروف به تهران دو روز طول کشید.');
  assert.equal(e.type, 'CONSULT');
  assert.equal(e.mode, 'visit');
  assert.equal(e.actor?.text, 'لاوروف');
  assert.equal(e.target?.text, 'تهران');
  assert.equal(e.place, 'تهران');
});

test('nominalization with two genitives: دیدار رئیسی و پوتین (issue example)', () => {
  assert.deepEqual(brief(run('دیدار رئیسی و پوتین در مسکو برگزار شد.')), ['CONSULT/meet رئیسی -> پوتین']);
});

test('nominalization after a circumstantial preposition: the subject acts («در دیدار با»)', () => {
  assert.deepEqual(brief(run('رئیس‌جمهور ازبکستان در دیدار با رئیسی گفت: صلح و ثبات در این منطقه با مشارکت کشورهای بومی محقق می‌شود.')),
    ['CONSULT/meet رئیس‌جمهور ازبکستان -> رئیسی']);
});

test('nominalization with a genitive and a marked target: در نشست مشترک مجلس با قوه قضائیه', () => {
  const ev = run('محسنی اژه‌ای در نشست مشترک مجلس با قوه قضائیه سخن گفت.', { names: [{ text: 'محسنی اژه‌ای', type: PER }, { text: 'قوه قضائیه', type: ORG }] });
  assert.deepEqual(brief(ev), ['CONSULT/meet مجلس -> قوه قضائیه']);
});

test('phone call: در گفت‌وگوی تلفنی با', () => {
  const ev = run('امیرعبداللهیان در گفت‌وگوی تلفنی با بورل گفت: غرب باید ابتکار عمل داشته باشد.',
    { names: [{ text: 'امیرعبداللهیان', type: PER }, { text: 'بورل', type: PER }] });
  assert.deepEqual(brief(ev), ['CONSULT/call امیرعبداللهیان -> بورل']);
});

test('a minister acts for his country: the person is the actor, the country actorCountry', () => {
  const [e] = run('بلینکن وزیر خارجه آمریکا روسیه را به طراحی حمله علیه اوکراین متهم کرد.', { names: [{ text: 'بلینکن', type: PER }] });
  assert.equal(e.type, 'DISAPPROVE');
  assert.equal(e.mode, 'accuse');
  assert.equal(e.actor?.text, 'بلینکن');
  assert.equal(e.actorCountry, 'country:USA');
  assert.equal(e.target?.ref, 'country:RUS');
});

test('a title without a name is an actor without a ref: وزیر ورزش که ... درخواست کرده بود (relative clause)', () => {
  const ev = run('وزیر ورزش که پیش از این از اعضای هیأت مدیره پرسپولیس درخواست کرده بود گزینه خود را اعلام نکرد.');
  assert.deepEqual(brief(ev), ['REQUEST وزیر ورزش -> اعضای هیأت مدیره پرسپولیس']);
  assert.equal(ev[0].actor?.ref, undefined);
});

test('a named group acts: کشاورزان ... تجمع کردند', () => {
  assert.deepEqual(brief(run('کشاورزان اصفهان در بستر زاینده رود تجمع کردند.')), ['PROTEST/demo کشاورزان اصفهان -> -']);
});

test('discontinuous trigger: خواستار … شدند (and the sit-in they held is a PROTEST)', () => {
  assert.deepEqual(brief(run('مردم بحرین با برپایی تحصن خواستار آزادی فعالان سیاسی شدند.')), ['PROTEST/demo مردم بحرین -> -', 'REQUEST مردم بحرین -> -']);
});

test('pronoun subject resolved to the previous sentence subject: وی همچنین ... انتقاد کرد', () => {
  const ev = run('چاک تاد مجری شبکه ان بی سی اعلام کرد که بایدن شیوه صحیحی نداشته است. وی همچنین از سیاستمداران جمهوریخواه آمریکایی انتقاد کرد.',
    { names: [{ text: 'چاک تاد', type: PER }, { text: 'بایدن', type: PER }] });
  assert.deepEqual(brief(ev), ['DISAPPROVE/criticize چاک تاد -> سیاستمداران جمهوریخواه آمریکایی']);
});

test('pronoun actor with no antecedent: no event', () => {
  assert.deepEqual(run('وی از ایران تقدیر کرد.'), []);
});

test('first person inside a quotation: the quoted speaker acts, quoted is set', () => {
  const ev = run('محسنی اژه‌ای در مجلس سخن گفت. وی بیان کرد: از رئیس مجلس شورای اسلامی تقدیر و تشکر می‌کنم.', { names: [{ text: 'محسنی اژه‌ای', type: PER }] });
  const praise = ev.find((e) => e.type === 'SUPPORT');
  assert.ok(praise);
  assert.equal(praise.actor?.text, 'محسنی اژه‌ای');
  assert.equal(praise.quoted, true);
  assert.equal(praise.tense, 'present');
});

test('first person inside a quotation uses the quote finder speaker when there is one', () => {
  // «وی» has no antecedent here: only the quote finder knows who speaks
  const text = 'وی گفت: با درخواست طرف مقابل موافقت کردیم.';
  const ev = run(text, { quotes: [{ text: 'با درخواست طرف مقابل موافقت کردیم', speaker: 'علی باقری' }] });
  assert.deepEqual(brief(ev), ['AGREE علی باقری -> -']);
  assert.equal(ev[0].quoted, true);
});

test('subjunctive («باید ... همکاری کنند») states a duty, not an event', () => {
  assert.deepEqual(run('اداره کل فرهنگ و ارشاد اسلامی و شهرداری باید با این کمیته همکاری کنند.'), []);
});

test('a wish («می‌خواهند») is not a request without an addressee', () => {
  assert.deepEqual(run('مردم آمریکا نمی‌خواهند هرچیزی در مدرسه به کودکانشان خورانده شود.'), []);
});

test('time: the date in the sentence, else the article date; evidence is the sentence', () => {
  const text = 'رئیسی روز سه شنبه با پوتین دیدار کرد. لاوروف با امیرعبداللهیان دیدار کرد.';
  const ev = run(text, { dates: [{ text: 'روز سه شنبه', value: '2021-11-30' }], published: '2021-12-01', names: [{ text: 'امیرعبداللهیان', type: PER }] });
  assert.equal(ev.length, 2);
  assert.equal(ev[0].time, '2021-11-30');
  assert.equal(ev[1].time, '2021-12-01');
  assert.equal(text.slice(ev[0].start, ev[0].end), 'رئیسی روز سه شنبه با پوتین دیدار کرد.');
  assert.equal(text.slice(ev[1].triggerStart, ev[1].triggerEnd), 'دیدار کرد');
});

test('place: «در مسکو»', () => {
  const [e] = run('رئیسی با پوتین در مسکو دیدار کرد.');
  assert.equal(e.place, 'مسکو');
});

test('a title noun inside a name is not a trigger: «مذاکره کننده ارشد»', () => {
  const ev = run('مذاکره کننده ارشد ایران امروز به وین رفت.');
  assert.deepEqual(ev, []);
});

test('a target named inside a discontinuous trigger: «به کمک دولت آمد»، «عازم تهران شد»', () => {
  assert.deepEqual(brief(run('مجلس یازدهم به کمک دولت آمد و قانونی وضع کرد.')), ['SUPPORT مجلس -> دولت']);
  const [visit] = run('لاوروف عازم تهران شد.');
  assert.equal(visit.mode, 'visit');
  assert.equal(visit.target?.ref, 'country:IRN');
});

test('a gapped light verb: «دیدارهایی با … داشتیم» in a quotation is the speaker\'s meeting', () => {
  const ev = run('رئیسی در جمع خبرنگاران گفت: در این سفر دیدارهایی با رئیس‌جمهور ترکمنستان داشتیم.', { names: [{ text: 'رئیسی', type: PER }] });
  assert.deepEqual(brief(ev), ['CONSULT/meet رئیسی -> رئیس‌جمهور ترکمنستان']);
  assert.equal(ev[0].quoted, true);
});

test('a gap never takes another nominal\'s light verb: «در نشست امروز شرکت نخواهند داشت»', () => {
  // the tagger links «شرکت» to «داشت» as its light-verb nominal
  assert.deepEqual(run('حسن یزدانی و محمدرضا گرایی در نشست امروز شرکت نخواهند داشت.', { tag: true, names: [{ text: 'حسن یزدانی', type: PER }, { text: 'محمدرضا گرایی', type: PER }] })
    .filter((e) => e.type === 'CONSULT'), []);
});

test('a prison sentence is COERCE, a condemnation DISAPPROVE: «به حبس ابد محکوم کرد»', () => {
  assert.equal(run('دادگاه آل خلیفه السنکیس را به حبس محکوم کرد.', { names: [{ text: 'السنکیس', type: PER }, { text: 'آل خلیفه', type: ORG }] })[0]?.type, 'COERCE');
  assert.equal(run('ایران این حمله را محکوم کرد.')[0]?.type, 'DISAPPROVE');
});

test('«به گفته X،» is an attribution and «پس از» is time, not an argument', () => {
  const ev = run('به گفته «عمرو موسی»، ریاض از سران عربی خواسته است نشست را برگزار کنند.', { names: [{ text: 'عمرو موسی', type: PER }, { text: 'سران عربی', type: ORG }] });
  assert.deepEqual(brief(ev), ['REQUEST ریاض -> سران عربی']);
  const ev2 = run('مردم بحرین پس از آنکه انقلاب مردم مصر به پیروزی رسید، خواستار آزادی بیشتر شدند.');
  assert.deepEqual(brief(ev2), ['REQUEST مردم بحرین -> -']);
});

test('a speech verb opens the reported clause: «آمریکا می‌گوید X به Y کمک کرده است»', () => {
  const [e] = run('آمریکا می‌گوید شاخه القاعده یمن به شبه‌نظامیان سومالی کمک کرده است.', { names: [{ text: 'شاخه القاعده یمن', type: ORG }] });
  assert.equal(e.type, 'AID');
  assert.equal(e.actor?.text, 'شاخه القاعده یمن');
  assert.equal(e.target?.text, 'شبه‌نظامیان سومالی');
});

test('«در حالی … که» is a conjunction: «آمریکا در حالی ایران را … متهم می‌کند که …»', () => {
  assert.deepEqual(brief(run('آمریکا در حالی ایران را به تلاش برای دست‌یابی به سلاح هسته‌ای متهم می‌کند که تهران بر صلح‌آمیز بودن برنامه خود تاکید دارد.')),
    ['DISAPPROVE/accuse آمریکا -> ایران']);
});

test('a warning is a THREATEN only when it is addressed to someone: «به X هشدار داد», not «نسبت به Y هشدار داد»', () => {
  assert.deepEqual(brief(run('جو بایدن به رژیم صهیونیستی هشدار داده است.')), ['THREATEN جو بایدن -> رژیم صهیونیستی']);
  assert.deepEqual(run('این فعالان حقوق بشری نسبت به وقوع هرگونه اتفاق ناگوار برای السنکیس هشدار دادند.'), []);
});
