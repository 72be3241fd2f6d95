// Argument rules of session 4 (issue 8), each with a real news sentence: Fars-train dev records, or Fars records
// (shared/corpora/fars-news-1500) in no gold set; never a sentence of a gold test half.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';

const LOC = 'LOC' as const, ORG = 'ORG' as const;

test('a counted victim that is no name: «دست کم 30 تروریست کشته شدند» after «در عملیات X» (Fars-train 743)', () => {
  const ev = run('همچنین در عملیات ارتش سوریه در منطقه‌های «العرفی» و «الجبلیه» و «الرشدیه» دست کم 30 تروریست کشته شدند و یک بیمارستان صحرایی مجهز به تجهیزات پزشکی، تروریست‌ها در منطقه «العرفی» کشف شد.', { tag: true,
    names: [{ text: 'ارتش سوریه', type: ORG }] });
  assert.deepEqual(brief(ev), ['ASSAULT/kill ارتش سوریه -> ۳۰ تروریست']);
});

test('a counted noun right after a noun is its genitive, not a victim: «در اعتراض به اخراج ۶۰۰۰ کارگر» (Fars 1143)', () => {
  const ev = run('خبرگزاری فارس: هزاران تن از کارگران شرکت خودروسازی «دایملر-کرایسلر» روز گذشته در اعتراض به اخراج ۶۰۰۰ کارگر در آلمان اعتصاب کردند.', { tag: true,
    names: [{ text: 'خبرگزاری فارس', type: ORG }, { text: 'آلمان', type: LOC, ref: 'country:DEU' }] });
  assert.ok(!brief(ev).some((b) => b.includes('۶۰۰۰')), brief(ev).join(' | '));
});

test('«دو کشور» does not name the sides: no counted group for a country', () => {
  const ev = run('دو کشور روابط نظامی خود را با اسرائیل قطع کرده بودند.', { tag: true, names: [{ text: 'اسرائیل', type: LOC, ref: 'country:ISR' }] });
  assert.ok(!brief(ev).some((b) => b.includes('دو کشور')), brief(ev).join(' | '));
});

test('a group subject ends before the object that «را» closes: «افراد ناشناس مرکز فرهنگی … را» (Fars 220)', () => {
  const ev = run('خبرگزاری فارس: پلیس ایتالیا خبر داد افراد ناشناس مرکز فرهنگی و اسلامی شمال این کشور را بمب‌گذاری کردند.', { tag: true,
    names: [{ text: 'خبرگزاری فارس', type: ORG }, { text: 'پلیس ایتالیا', type: ORG }, { text: 'مرکز فرهنگی و اسلامی', type: ORG }] });
  const assault = ev.filter((e) => e.type === 'ASSAULT');
  assert.equal(assault.length, 1);
  assert.equal(assault[0].actor?.text, 'افراد ناشناس');
});

test('an indefinite group subject ends at its adjective before the object: «گروهی ناشناس عوامل خبری این شبکه را» (Fars-train 1043)', () => {
  const ev = run('الجزیره گزارش داد: گروهی ناشناس عوامل خبری این شبکه را در بیروت تهدید کرد.', { tag: true, names: [{ text: 'الجزیره', type: ORG }] });
  assert.ok(!brief(ev).some((b) => b.includes('عوامل خبری') && b.indexOf('عوامل') < b.indexOf('->')), brief(ev).join(' | '));
});

test('a group noun that is a genitive keeps its name: «فعالیت گروه‌های تروریستی داعش را خطرناک دانست»', () => {
  const ev = run('غلامحسین دهقانی سفیر ایران در سازمان ملل روز گذشته در جلسه مجمع عمومی که با موضوع افغانستان برگزار شد، فعالیت گروه‌های تروریستی داعش را خطرناک دانست.', { tag: true,
    names: [{ text: 'غلامحسین دهقانی', type: 'PER' }, { text: 'ایران', type: LOC, ref: 'country:IRN' }, { text: 'سازمان ملل', type: ORG }, { text: 'افغانستان', type: LOC, ref: 'country:AFG' }, { text: 'داعش', type: ORG }] });
  assert.deepEqual(ev.map((e) => e.actor?.text), ['غلامحسین دهقانی']);
});

test('a promise of what befalls another party is a prophecy, not AGREE: «امام وعده محو شدن اسرائیل … را داده» (Fars 158, QA S3 Q16)', () => {
  const ev = run('همچنین امام وعده محو شدن اسرائیل از صفحه روزگار را داده که امیدوارم عمر ما کفاف بدهد تا نابودی این رژیم غاصب را شاهد باشیم.', { tag: true,
    names: [{ text: 'اسرائیل', type: LOC, ref: 'country:ISR' }] });
  assert.ok(!ev.some((e) => e.type === 'AGREE'), brief(ev).join(' | '));
});

test('a named group coordinated with the target is a second target (rule 5): «مبارزه علیه دولت افغانستان و نیروهای خارجی» (Fars-train 647)', () => {
  const ev = run('حکمتیار پس از سرنگونی حکومت طالبان در اواخر سال 2001 میلادی مبارزه علیه دولت افغانستان و نیروهای خارجی را در این کشور آغاز کرده است.', { tag: true,
    names: [{ text: 'حکمتیار', type: 'PER' }, { text: 'طالبان', type: ORG }, { text: 'دولت افغانستان', type: ORG, ref: 'country:AFG' }] });
  const assaults = brief(ev).map((b) => b.replace(/^ASSAULT\S*/, 'ASSAULT'));
  for (const want of ['ASSAULT حکمتیار -> دولت افغانستان', 'ASSAULT حکمتیار -> نیروهای خارجی']) assert.ok(assaults.includes(want), assaults.join(' | '));
});

test('two coordinated group nouns are one target: «با تجار و بازرگانان ایرانی» is not split', () => {
  const ev = run('رئیسی شامگاه دوشنبه در نشستی در سفارت جمهوری اسلامی ایران با تجار و بازرگانان ایرانی فعال در ترکمنستان دیدار کرد.', { tag: true,
    names: [{ text: 'رئیسی', type: 'PER' }, { text: 'جمهوری اسلامی ایران', type: LOC, ref: 'country:IRN' }, { text: 'ترکمنستان', type: LOC, ref: 'country:TKM' }] });
  assert.equal(ev.filter((e) => e.type === 'CONSULT').length, 1, brief(ev).join(' | '));
});

test('a criticized thing made by X has X as target: «پیش‌نویس قطعنامه تنظیم شده از سوی کشورهای اروپایی … را سیاسی خواند» (Fars-train 811)', () => {
  const ev = run('همچنین رئیس هیات ایرانی در آژانس بین‌المللی انرژی اتمی آخرین پیش‌نویس قطعنامه تنظیم شده از سوی کشورهای اروپایی درباره برنامه هسته‌ای ایران را سیاسی خواند.', { tag: true,
    names: [{ text: 'آژانس بین‌المللی انرژی اتمی', type: ORG, ref: 'org:IAEA' }, { text: 'ایران', type: LOC, ref: 'country:IRN' }] });
  assert.deepEqual(brief(ev), ['DISAPPROVE/criticize رئیس هیات ایرانی -> کشورهای اروپایی']);
});

test('a name after a time phrase «در زمان حاضر» opens the clause: «در زمان حاضر عراق در حال مذاکره با …» (semnan dev 161)', () => {
  const ev = run('در زمان حاضر عراق در حال مذاکره با کشورهای حوزه خلیج فارس و در رأس آنها عربستان سعودی برای واردات برق است.', { tag: true,
    names: [{ text: 'عراق', type: LOC, ref: 'country:IRQ' }, { text: 'خلیج فارس', type: LOC }, { text: 'عربستان سعودی', type: LOC, ref: 'country:SAU' }] });
  assert.ok(brief(ev).some((b) => b.startsWith('CONSULT') && b.includes('عراق ->')), brief(ev).join(' | '));
});

test('«تصمیم اخیر X» is a genitive chain, not a time phrase: the owner of the welcomed decision is the target (VOA Dari 2011)', () => {
  const ev = run('همچنان سخنگویان وزارت دفاع و قوای آیساف از تصمیم اخیر وزارت امور داخله افغانستان که به همکاری شاروالی کابل تمام موانع امنیتی و دیوارهای کانکریتی را از جاده‌ها و سرکها برمیدارد، استقبال نموده گفتند که به عنوان جز یک عضو دولت، فیصله یی این مقام امنیتی را که در حقیقت فرمان رئیس جمهور را در عمل پیاده می‌کند، پذیرفته و از آن اطاعت می‌کنند.', { tag: true,
    names: [{ text: 'وزارت دفاع', type: ORG }, { text: 'آیساف', type: ORG }, { text: 'وزارت امور داخله افغانستان', type: ORG }, { text: 'شاروالی کابل', type: ORG }] });
  assert.ok(brief(ev).some((b) => b.startsWith('SUPPORT') && b.endsWith('-> وزارت امور داخله افغانستان')), brief(ev).join(' | '));
});

test('«وی» stands for the last person named as a subject, not for a group phrase in between (Fars-train 235)', () => {
  const ev = run('الظواهری افزود: «بیرون کردن نیروهای اشغاگر صلیبی و یهودیان در کشورهای اسلامی تنها با برپایی تظاهرات صورت نخواهد گرفت بلکه تنها از راه جهاد و مبارزه میسر است.» ' +
    'مرد شماره دو القاعده در این نوار ویدیویی که در کنار اسلحه‌ای نشسته بود، تاکید کرد: «به نظر من اصلاحات در سایه حکومت‌های وابسته به سفارت‌های آمریکا ایجاد نخواهد شد.» ' +
    'وی دراین نوار ویدیویی همچنین از حکومت‌های پاکستان، عربستان سعودی و مصر که دیدگاه‌های آمریکایی‌ها را برای اصلاحات در جهان اسلام پذیرفته‌اند، بشدت انتقاد کرد.', { tag: true,
    names: [{ text: 'الظواهری', type: 'PER' }, { text: 'القاعده', type: ORG }, { text: 'آمریکا', type: LOC, ref: 'country:USA' }, { text: 'پاکستان', type: LOC, ref: 'country:PAK' },
      { text: 'عربستان سعودی', type: LOC, ref: 'country:SAU' }, { text: 'مصر', type: LOC, ref: 'country:EGY' }] });
  const criticism = ev.filter((e) => e.type === 'DISAPPROVE');
  assert.ok(criticism.length > 0 && criticism.every((e) => e.actor?.text === 'الظواهری'), brief(ev).join(' | '));
});

test('who reports an arrest in «از دستگیری … خبر داد» made it (Fars 1052, in no gold set)', () => {
  const ev = run('فرمانده یگان حفاظت میراث فرهنگی خراسان‌شمالی از دستگیری حفار غیرمجاز و کشف و ضبط ادوات حفاری در شهرستان گرمه خبر داد.', { tag: true,
    names: [{ text: 'خراسان‌شمالی', type: LOC }, { text: 'گرمه', type: LOC }] });
  assert.ok(brief(ev).some((b) => b.startsWith('COERCE/arrest فرمانده یگان')), brief(ev).join(' | '));
});

test('«از سرنگونی X خبر داد»: the reporting army downed it (semnan dev 23)', () => {
  const ev = run('ارتش یمن از سرنگونی پهپاد جاسوسی آمریکایی در مأرب خبر داد.', { tag: true,
    names: [{ text: 'ارتش یمن', type: ORG }, { text: 'آمریکایی', type: 'NAT', ref: 'country:USA' }] });
  assert.deepEqual(brief(ev), ['ASSAULT/military ارتش یمن -> آمریکایی']);
});

test('a passive\'s agent before a relative clause closed by «V،»: «از سوی مقامات روس که …، مورد استقبال قرار گرفته است» (Fars dev 951)', () => {
  const ev = run('این مسئله از سوی مقامات روس که مدت‌ها برای برقراری همکاری نظامی در سوریه تلاش می‌کردند، مورد استقبال قرار گرفته است.', { tag: true,
    names: [{ text: 'سوریه', type: LOC, ref: 'country:SYR' }] });
  assert.deepEqual(brief(ev).filter((b) => b.startsWith('SUPPORT')), ['SUPPORT/endorse مقامات روس -> -']);
});

test('a plural indefinite opens the object, the names before it are the subject: «ترکیه و پاکستان محدودیت‌هایی را … ایجاد کرده‌اند» (Fars-train 99)', () => {
  const ev = run('نائب رئیس کمیسیون امنیت ملی مجلس نهم اظهار داشت: همانطور که می‌بینیم ترکیه و پاکستان محدودیت‌هایی را در روابط خود با امارات ایجاد کرده‌اند و این محدودیت‌ها طبیعتا آثار سوء‌اقتصادی بسیاری برای امارات به همراه خواهد داشت.', { tag: true,
    names: [{ text: 'ترکیه', type: LOC, ref: 'country:TUR' }, { text: 'پاکستان', type: LOC, ref: 'country:PAK' }, { text: 'امارات', type: LOC, ref: 'country:ARE' }] });
  assert.deepEqual(brief(ev).filter((b) => b.startsWith('SANCTION')), ['SANCTION ترکیه -> امارات', 'SANCTION پاکستان -> امارات']);
});

test('a first-person target in a quote is its speaker: «ایران از من خواست …» (Fars 1132, in no gold set)', () => {
  const ev = run('رئیس‌جمهور آمریکا در توئیتر نوشت: «ایران از من خواست تا برای دیدار تحریم‌های اعمال شده بر آن‌ها را رفع کنم.»', { tag: true,
    names: [{ text: 'ایران', type: LOC, ref: 'country:IRN' }, { text: 'آمریکا', type: LOC, ref: 'country:USA' }] });
  assert.deepEqual(brief(ev).filter((b) => b.startsWith('REQUEST')), ['REQUEST ایران -> رئیس‌جمهور آمریکا']);
});

test('a first-person target whose speaker is a pronoun with no antecedent gives no event (Fars-train 26, its sentence alone)', () => {
  const ev = run('وی عنوان کرد که اپراتور پستی ایران به ما پیشنهاد کرد که برای نقل و انتقالات پول از فناوری قدیمی استفاده کنیم، ولی ما این پیشنهاد ایران را نپذیرفتیم.', { tag: true,
    names: [{ text: 'ایران', type: LOC, ref: 'country:IRN' }] });
  assert.ok(!ev.some((e) => e.type === 'REQUEST'), brief(ev).join(' | '));
});

test('coordinated subjects of a symmetric event with a marked partner are two sides: «چین و روسیه … با آمریکا همکاری نکردند» (semnan dev 129)', () => {
  const ev = run('بازرگان گفت: چین و روسیه دیگر با آمریکا همکاری نکردند.', { tag: true,
    names: [{ text: 'چین', type: LOC, ref: 'country:CHN' }, { text: 'روسیه', type: LOC, ref: 'country:RUS' }, { text: 'آمریکا', type: LOC, ref: 'country:USA' }] });
  assert.deepEqual(brief(ev), ['COOPERATE چین -> آمریکا NEG', 'COOPERATE روسیه -> آمریکا NEG']);
});

test('a named group coordinated with the actor acts too: «آمریکا و ائتلاف ناتو … اتهامات … را علیه روسیه مطرح کردند» (semnan dev 125)', () => {
  const ev = run('آمریکا و ائتلاف ناتو در بهار سال جاری هم اتهامات مشابهی را علیه روسیه مطرح کردند.', { tag: true,
    names: [{ text: 'آمریکا', type: LOC, ref: 'country:USA' }, { text: 'ناتو', type: ORG, ref: 'org:NATO' }, { text: 'روسیه', type: LOC, ref: 'country:RUS' }] });
  assert.deepEqual(ev.map((e) => e.actor?.text), ['آمریکا', 'ائتلاف ناتو']);
});

test('a title is not split into two sides: «وزیر دارایی و اقتصاد ترکمنستان با … ملاقات کرد» (Fars 957, in no gold set)', () => {
  const ev = run('وزیر دارایی و اقتصاد ترکمنستان با رئیس سازمان امنیت و همکاری اروپا در «عشق آباد» ملاقات کرد.', { tag: true,
    names: [{ text: 'ترکمنستان', type: LOC, ref: 'country:TKM' }, { text: 'سازمان امنیت و همکاری اروپا', type: ORG }, { text: 'عشق آباد', type: LOC }] });
  assert.equal(ev.filter((e) => e.type === 'CONSULT').length, 1, brief(ev).join(' | '));
});

test('an indefinite noun after a preposition takes no genitive: «حکمتیار در بیانیه‌ای هوادارانش را … فراخوانده است» (Fars-train 647)', () => {
  const ev = run('بسیاری از رسانه‌های داخلی و جهانی روز چهارشنبه اعلام کردند که حکمتیار در بیانیه‌ای هوادارانش را به آتش‌بس و پیوستن به دولت فراخوانده است.', { tag: true,
    names: [{ text: 'حکمتیار', type: 'PER' }] });
  assert.deepEqual(brief(ev), ['REQUEST حکمتیار -> هواداران']);
});

test('a relational adjective in «‌ای» keeps its genitive: «ما از مواضع صلح‌آمیز هسته‌ای ایران دفاع می‌کنیم» (Fars 903, in no gold set)', () => {
  const ev = run('رئیس جمهور ونزوئلا تأکید کرد: مواضع ایران، مواضع ماست. وی تلاش برخی قدرت‌ها را برای عدم دست‌یابی ایران به حقوق مشروع خود نکوهش کرد و گفت: ما از مواضع صلح‌آمیز هسته‌ای ایران دفاع می‌کنیم؛ چرا که معتقدیم اگر ما هم در آینده بخواهیم به فناوری صلح آمیز هسته‌ای دست یابیم، حتما ما را هم محکوم خواهند کرد.', { tag: true,
    names: [{ text: 'ونزوئلا', type: LOC, ref: 'country:VEN' }, { text: 'ایران', type: LOC, ref: 'country:IRN' }] });
  assert.ok(brief(ev).some((b) => b.startsWith('SUPPORT') && b.endsWith('-> ایران')), brief(ev).join(' | '));
});

test('«این روزنامه» as subject stands for the outlet named before it (Fars-train 593)', () => {
  const ev = run('دیلی‌تلگراف در شماره امروز خود در این باره گزارش داد: «این مقدار به معنای این است که هر مرد و زن و کودک انگلیسی سالانه 800 پوند قمار می‌کند.» ' +
    'این روزنامه دولت تونی بلر را مقصر این امر عنوان کرده و نوشت: «دولت، با نرمش در قوانین شرط‌بندی و موافقت با ساخت قمارخانه‌های جدید (کازینو) در تبدیل قمار به یکی از تجارت‌های سودمند کمک زیادی کرده است.»', { tag: true,
    names: [{ text: 'دیلی‌تلگراف', type: ORG }, { text: 'تونی بلر', type: 'PER' }] });
  assert.ok(brief(ev).some((b) => b.startsWith('DISAPPROVE') && b.includes('دیلی‌تلگراف -> ') && b.includes('تونی بلر')), brief(ev).join(' | '));
});
