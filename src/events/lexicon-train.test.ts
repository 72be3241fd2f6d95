// Rows and checks added from the errors of the Fars development set test/gold/events-fars-train (all of it
// dev). Each test quotes a real Fars News sentence outside the gold sets (record = line of
// fars-news.utf8.jsonl) or, where the corpus has no other instance, a shortened variant of the dev sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';

const PER = 'PER' as const, LOC = 'LOC' as const, ORG = 'ORG' as const, NAT = 'NAT' as const;

test('Fars 257: «از X و Y دیدن کرد» is a visit to each (CONSULT/visit)', () => {
  const ev = run('رئیس جمهور ایران از هند و پاکستان دیدن کرد.', { names: [{ text: 'ایران', type: LOC, ref: 'country:IRN' }, { text: 'هند', type: LOC, ref: 'country:IND' }, { text: 'پاکستان', type: LOC, ref: 'country:PAK' }] });
  assert.deepEqual(brief(ev), ['CONSULT/visit رئیس جمهور ایران -> هند', 'CONSULT/visit رئیس جمهور ایران -> پاکستان']);
});

test('Fars 92: «تهران را به مقصد X ترک کرد» leaves for X, a visit like «عازم X شد»', () => {
  const ev = run('وزیر امور خارجه کشورمان تهران را به مقصد بروکسل ترک کرد.', { names: [{ text: 'تهران', type: LOC, ref: 'country:IRN' }, { text: 'بروکسل', type: LOC, ref: 'country:BEL' }] });
  assert.deepEqual(brief(ev), ['CONSULT/visit وزیر امور خارجه کشورمان -> بروکسل']);
});

test('dev variant (Fars 674): «سفر … خود را به X آغاز کرد» is a visit to X', () => {
  const ev = run('علاوی سفر دوره‌ای خود را به لبنان آغاز کرده است.', { names: [{ text: 'علاوی', type: PER }, { text: 'لبنان', type: LOC, ref: 'country:LBN' }] });
  assert.deepEqual(brief(ev), ['CONSULT/visit علاوی -> لبنان']);
});

test('older Fars spells «گفت و گو» apart: «پس از گفت و گو با X» is CONSULT; with a news outlet it is an interview (Fars 28)', () => {
  const names = [{ text: 'کاظمیان', type: PER }, { text: 'انصاری فرد', type: PER }, { text: 'منقذ آل فرعون', type: PER }, { text: 'الجزیره', type: ORG }];
  assert.deepEqual(brief(run('کاظمیان پس از گفت و گو با انصاری فرد به تمرینات تیم بازگشت.', { names })), ['CONSULT کاظمیان -> انصاری فرد']);
  assert.deepEqual(brief(run('منقذ آل فرعون در گفت و گو با الجزیره گفت از خبر اجرای حکم اطلاعی ندارد.', { names })), []);
  // («در گفتگو با رادیو صدای مسکو»: the outlet stands before the name the NER finds)
  assert.deepEqual(brief(run('نماینده دولت آذربایجان در گفتگو با رادیو صدای مسکو این خبر را رد کرد.', { names: [{ text: 'آذربایجان', type: LOC, ref: 'country:AZE' }, { text: 'مسکو', type: LOC, ref: 'country:RUS' }] })).filter((b) => b.startsWith('CONSULT')), []);
});

test('Fars 401: «در نامه‌ای به X» writes to X (CONSULT, events-fars NOTES 39)', () => {
  const ev = run('شورای مرکزی انجمن دانشجویان در نامه‌ای به رئیس کمیسیون بهداشت مجلس اعلام کرد که هزینه‌ها شفاف نیست.', { names: [{ text: 'شورای مرکزی انجمن دانشجویان', type: ORG }, { text: 'رئیس کمیسیون بهداشت مجلس', type: PER }] });
  assert.deepEqual(brief(ev), ['CONSULT شورای مرکزی انجمن دانشجویان -> رئیس کمیسیون بهداشت مجلس']);
});

test('Fars 19: a declared position «X با Y مخالف است / مخالفند» is REJECT (events-fars-train decision 7)', () => {
  assert.deepEqual(brief(run('دولت نیز با بنگاه‌داری بانک‌ها مخالف است.')), ['REJECT دولت -> -']);
  const names = [{ text: 'کردها', type: NAT }, { text: 'عرب‌ها', type: NAT }];
  assert.deepEqual(brief(run('کردها با طرح عرب‌ها مخالف هستند.', { names })), ['REJECT کردها -> عرب‌ها']);
  // (the one-word «مخالفند» is not read as a finite verb yet, so its sentence has none: left out)
});

test('dev variant (Fars 647): «X از سوی Y متهم به … است» is Y accusing X; with no agent, nothing', () => {
  const names = [{ text: 'حکمتیار', type: PER }, { text: 'نیروهای آمریکایی', type: ORG, ref: 'country:USA' }];
  assert.deepEqual(brief(run('حکمتیار از سوی نیروهای آمریکایی متهم به فعالیت‌های تروریستی است.', { names })), ['DISAPPROVE/accuse نیروهای آمریکایی -> حکمتیار']);
  assert.deepEqual(brief(run('حکمتیار متهم به فعالیت‌های تروریستی است.', { names })), []);
});

test('dev variant (Fars 451): «از X ابراز شگفتی کرد» disapproves of X', () => {
  const ev = run('سفیر عربستان از نحوه واکنش ایران ابراز شگفتی کرد.', { names: [{ text: 'عربستان', type: LOC, ref: 'country:SAU' }, { text: 'ایران', type: LOC, ref: 'country:IRN' }] });
  assert.deepEqual(brief(ev), ['DISAPPROVE سفیر عربستان -> ایران']);
});

test('Fars 168: a body approving a measure by vote is SUPPORT/vote (events-fars-train decision 3); a headquarters approving is not', () => {
  const ev = run('نمایندگان مجلس شورای اسلامی در جلسه علنی امروز مواد ۵ طرح تشدید مجازات اسیدپاشی را تصویب کردند.', { names: [{ text: 'مجلس شورای اسلامی', type: ORG }] });
  assert.deepEqual(brief(ev), ['SUPPORT/vote نمایندگان مجلس شورای اسلامی -> -']);
  assert.deepEqual(brief(run('ستاد ملی مقابله با کرونا این پروتکل را به تصویب رسانده بود.', { names: [{ text: 'ستاد ملی مقابله با کرونا', type: ORG }] })), []);
});

test('Fars 365: «درگیری X با Y» is a clash, ASSAULT by X on Y (events-fars-train decision 1)', () => {
  const ev = run('در درگیری شبانه پلیس نیکشهر با سوداگران مرگ بیش از یک تن مواد افیونی کشف شد.', { names: [{ text: 'پلیس نیکشهر', type: ORG }, { text: 'سوداگران مرگ', type: ORG }] });
  assert.deepEqual(brief(ev), ['ASSAULT پلیس نیکشهر -> سوداگران مرگ']);
});

test('Fars 192 / 976: «حمله … علیه X» attacks X; a plan of attack («طرح حمله») is hypothetical', () => {
  const names = [{ text: 'لشکر طیبه', type: ORG }, { text: 'تیم کریکت سری لانکا', type: ORG }, { text: 'پنتاگون', type: ORG, ref: 'country:USA' }, { text: 'ایران', type: LOC, ref: 'country:IRN' }];
  assert.deepEqual(brief(run('لشکر طیبه در حمله ۳ مارس ۲۰۰۹ علیه تیم کریکت سری لانکا در لاهور مقصر شناخته شد.', { names })), ['ASSAULT/military لشکر طیبه -> تیم کریکت سری لانکا']);
  assert.deepEqual(brief(run('روزنامه روسی از طرح حمله نظامی پنتاگون علیه ایران خبر داده بود.', { names })), []);
});

test('dev variant (Fars 1110): a coordinated clause with no partner keeps the partner of the symmetric event before it', () => {
  const names = [{ text: 'محمود عباس', type: PER }, { text: 'اسماعیل هنیه', type: PER }, { text: 'پاکستان', type: LOC, ref: 'country:PAK' }, { text: 'ایران', type: LOC, ref: 'country:IRN' }];
  assert.deepEqual(brief(run('محمود عباس و اسماعیل هنیه دیشب در غزه با یکدیگر دیدار کردند اما درباره همه‌پرسی به توافق نرسیدند.', { names })),
    ['CONSULT/meet محمود عباس -> اسماعیل هنیه', 'AGREE محمود عباس -> اسماعیل هنیه NEG']);
  // a visited country is no partner of what follows (Fars-train 1119, shortened)
  assert.deepEqual(brief(run('کارشناسان ایران از پاکستان بازدید کردند و با واردات گندم موافقت کردند.', { names })).filter((b) => b.startsWith('AGREE')), ['AGREE ایران -> -']);
});

test('a form of a lexicon verb ends a group phrase even where the tagger reads it as a noun («روسیه از دولت خواست …»)', () => {
  const ev = run('روسیه از دولت خواست فلسطین را به رسمیت بشناسد.', { names: [{ text: 'روسیه', type: LOC, ref: 'country:RUS' }, { text: 'فلسطین', type: LOC, ref: 'country:PSE' }], tag: true });
  assert.deepEqual(brief(ev), ['REQUEST روسیه -> دولت']);
});

test('Fars 1120: a name the NER misses, quoted at the head of the clause («"مهدي كروبي" … خواستار … شد»), is the subject', () => {
  const ev = run('"مهدي كروبي" در گفت‌وگو با خبرگزاري رويترز خواستار حضور گسترده مردم در انتخابات شد.', { tag: true });
  assert.deepEqual(brief(ev), ['REQUEST مهدی کروبی -> -']);
  // a quoted phrase that ends the sentence names nothing
  assert.deepEqual(brief(run('این طرح «مهدی کروبی» نام دارد.', { tag: true })), []);
});

test('«درپی» (solid «در پی») is a preposition, never a name; a «ستاد خبری» is a news office (no CONSULT)', () => {
  const names = [{ text: 'امیل لحود', type: PER }, { text: 'لیلا معاصندی', type: PER }];
  // (with no name known, the unknown-name subject rule must not take «درپی»)
  assert.ok(!brief(run('درپی این حادثه رئیس جمهور لبنان خواستار آرامش شد.', { tag: true })).some((b) => b.includes('درپی')));
  assert.deepEqual(brief(run('لیلا معاصندی در گفتگو با ستاد خبری جشنواره گفت این فیلم را دوست دارد.', { names })), []);
});

test('dev variant (Fars 46): «نسبت به X ابراز نگرانی کرد» is concern about X («نسبت به» as in «در مورد / در قبال»)', () => {
  const names = [{ text: 'ایاد علاوی', type: PER }, { text: 'ایران', type: LOC, ref: 'country:IRN' }, { text: 'عراق', type: LOC, ref: 'country:IRQ' }];
  assert.deepEqual(brief(run('ایاد علاوی نسبت به سیطره ایران بر عراق ابراز نگرانی کرد.', { names })), ['DISAPPROVE ایاد علاوی -> ایران']);
});

test('Fars 1118: a proposal submitted to a named party is REQUEST to it (events-fars-train decision 5)', () => {
  const names = [{ text: 'باشگاه ناپولی', type: ORG }, { text: 'هلاس ورونا', type: ORG }];
  assert.deepEqual(brief(run('باشگاه ناپولی پیشنهاد خود را به صورت رسمی به هلاس ورونا ارائه کرد.', { names })), ['REQUEST باشگاه ناپولی -> هلاس ورونا']);
  // with no addressee there is no request
  assert.deepEqual(brief(run('باشگاه ناپولی پیشنهاد خود را ارائه کرد.', { names })), []);
});
