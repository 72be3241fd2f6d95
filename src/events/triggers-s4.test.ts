// Trigger rows and lexicon conditions of session 4 (precision on unseen news, coverage by corpus). Each test quotes a
// real sentence of Fars News outside every gold set (fars N = line N of fars-news.utf8.jsonl, N % 4 == 0: the shipped
// sample corpus) or of VOA Dari (voa N = line N of voa_dari_2011.utf8.jsonl), found in the hand-judged audit
// /work/notes/s4/audit-unseen.md, or a shortened variant of one; negative cases show what a row must not code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';
import { triggerRules } from './lexicon.ts';
import { findTriggers } from './triggers.ts';
import { readVerb } from './verbs.ts';
import { wordKey } from './keys.ts';

const PER = 'PER' as const, LOC = 'LOC' as const, ORG = 'ORG' as const;

/** The trigger rows a text matches, as «TYPE:words». */
function triggers(s: string): string[] {
  const keys = s.split(/\s+/).map(wordKey);
  return findTriggers({ keys, clauseBreak: new Uint8Array(keys.length) }).map((t) => `${t.rule.type}:${keys.slice(t.start, t.end).join(' ')}`);
}

test('voa 161: the future passive «فروخته نخواهد شد» is a passive (no agent, no event), not the seller\'s act', () => {
  const v = readVerb(['فروخته', 'نخواهد', 'شد'].map(wordKey), 0);
  assert.deepEqual(v && { passive: v.passive, negated: v.negated, tense: v.tense, end: v.end }, { passive: true, negated: true, tense: 'future', end: 3 });
  const names = [{ text: 'وزیر مخابرات', type: PER }, { text: 'وزارت مخابرات', type: ORG }];
  assert.deepEqual(brief(run('وزیر مخابرات به ادامه می‌گوید وزارت مخابرات برای عرضه خدمات باکیفیت در مجموع بررسی و نظارت آن وزارت سر از هفته آینده آغاز خواهد شد و از این بعد در هیچ نقطه از کشور سیم کارت‌های بدون راجستر فروخته نخواهد شد.', { names })), []);
});

test('fars 972: deaths in an earthquake, a flood or an accident are no ASSAULT/kill (words.tsv disaster)', () => {
  for (const r of triggerRules.filter((r) => r.type === 'ASSAULT' && /کشته|<کشتن>/.test(r.source))) assert.equal(r.context?.cls, 'disaster', r.source);
  const names = [{ text: 'شیرزاد', type: PER }, { text: 'ننگرهار', type: LOC }];
  assert.deepEqual(brief(run('چندی روز قبل در یک زلزله شدید در شهرستان «شیرزاد» ولایت ننگرهار ده‌ها نفر از شهروندان این شهر کشته و حدود ۶۰۰ منزل هم تخریب گردید.', { names })), []);
});

test('fars 1016: a «را» inside the gap of a row whose object «را» marks is another object: «هدف … را در دستور کار قرار داد» targets nobody', () => {
  assert.deepEqual(triggers('هدف اصلی تمرکز بر اصلاحات را در دستور کار قرار داده است'), []);
  // (fars 332) «عمق اربیل را هدف قرار خواهیم داد»; the gapped row with its «را»
  assert.deepEqual(triggers('عمق اربیل را هدف قرار خواهیم داد'), ['ASSAULT:هدف قرار خواهیم داد']);
  assert.ok(triggers('مواضع حماس را هدف حملات هوایی قرار دادند').some((t) => t.startsWith('ASSAULT:هدف')));
});

test('voa 259: «القاعده را تهدید عنوان نموده» calls al-Qaeda a threat: DISAPPROVE, not THREATEN', () => {
  const names = [{ text: 'جان الن', type: PER }, { text: 'نیروهای ناتو', type: ORG }, { text: 'القاعده', type: ORG, ref: 'org:AL-QAEDA' }];
  const out = brief(run('جان الن قوماندان عمومی نیروهای ناتو در افغانستان که در آن محفل اشتراک داشت القاعده را تهدید عنوان نموده از مبارزه در مقابل آن یاد آور شد.', { names }));
  assert.ok(!out.some((e) => e.startsWith('THREATEN')), out.join('; '));
  assert.ok(out.some((e) => e.startsWith('DISAPPROVE') && e.endsWith('-> القاعده')), out.join('; '));
  // the threat row itself still codes with its gap («X را به اقدام نظامی تهدید کرد» is adjacent; a gap of words is not a judgement)
  assert.deepEqual(triggers('حماس و نوار غزه را به اقدام نظامی تهدید کرد').map((t) => t.split(':')[0]), ['THREATEN']);
});

test('fars 220: «ابراز نگرانی کرد» about a danger with no actor in it is no DISAPPROVE (the row needs its target)', () => {
  const names = [{ text: 'ایتالیا', type: LOC, ref: 'country:ITA' }];
  assert.deepEqual(brief(run('روحانیون و سران اقلیت اسلامی شمال ایتالیا از احتمال وقوع حملات گسترده‌تر در آینده ابراز نگرانی کردند.', { names })), []);
  assert.ok(triggerRules.some((r) => r.source === 'ابراز نگرانی <کردن>' && r.needsTarget));
});

test('fars 488 (shortened): declining to comment («از اظهار نظر … خودداری کرد») is no REJECT/refuse', () => {
  const names = [{ text: 'شورای نگهبان', type: ORG, ref: 'org:guardian-council' }];
  assert.deepEqual(brief(run('عضو حقوقدان شورای نگهبان از اظهار نظر در خصوص تایید صحت انتخابات در ۷ حوزه خودداری کرد.', { names })), []);
  assert.deepEqual(triggers('از پذیرش این طرح خودداری کرد').map((t) => t.split(':')[0]), ['REJECT']);
});

test('fars 732: a verb right after another light-verb nominal is that nominal\'s: «درخواست ما برای … تشکر می‌کنیم» thanks, it requests nothing', () => {
  // (the bare nominal «درخواست» may still match; the pipeline drops it, it has no addressee)
  assert.deepEqual(triggers('ما از ریاست پارلمان و نمایندگان درخصوص پاسخ مثبت به درخواست ما برای برگزاری جلسه فوق العاده تشکر می‌کنیم'),
    ['REQUEST:درخواست', `SUPPORT:تشکر ${wordKey('می‌کنیم')}`]);
  // the head's own complement («درخواست همکاری کرد») and a nominal after a preposition («تهدید به حمله کرد») leave the verb to the row
  assert.deepEqual(triggers('از ایران درخواست همکاری کرد'), ['REQUEST:درخواست همکاری کرد']);
  assert.deepEqual(triggers('ایران را تهدید به حمله کرد')[0], 'THREATEN:تهدید به حمله کرد');
  // «درخواست ایران را رد کرد» rejects the request
  assert.deepEqual(triggers('روسیه درخواست ایران را رد کرد'), ['REQUEST:درخواست', 'REJECT:رد کرد']);
});

test('fars 768: «گزارش‌هایی مبنی بر حملات X به Y» is the content of reports, no asserted attack (words.tsv hypothetical)', () => {
  const names = [{ text: 'دیمیتری پسکوف', type: PER }, { text: 'ارتش روسیه', type: ORG }, { text: 'جمهوری آذربایجان', type: LOC, ref: 'country:AZE' }, { text: 'ارمنستان', type: LOC, ref: 'country:ARM' }];
  assert.deepEqual(brief(run('«دیمیتری پسکوف» سخنگوی کرملین امروز در جمع خبرنگاران تصریح کرد که ارتش روسیه صحت گزارش‌هایی مبنی بر حملات جمهوری آذربایجان به قلمرو ارمنستان را مورد ارزیابی قرار خواهد داد.', { names })), []);
});

test('fars 92, semnan 168: blaming X as the cause is accusing («X را عامل … خواند»); «به X اخطار داد» warns X like «هشدار»', () => {
  const names = [{ text: 'تشکیلات خودگردان فلسطین', type: ORG }, { text: 'رژیم صهیونیستی', type: LOC, ref: 'country:ISR' }];
  assert.deepEqual(brief(run('رئیس تشکیلات خودگردان فلسطین تصمیم رژیم صهیونیستی برای مصادره زمین‌های کرانه باختری را عامل ایجاد تنش بیشتر در مذاکرات سازش خواند.', { names })),
    ['DISAPPROVE/accuse رئیس تشکیلات خودگردان فلسطین -> رژیم صهیونیستی']);
  const orgs = [{ text: 'سازمان بازرسی', type: ORG }, { text: 'سازمان محیط زیست', type: ORG }];
  assert.deepEqual(brief(run('سازمان بازرسی بابت نحوه اجرای وظایف چه در بعد نظارت و چه در بعد اجرای قانون هوای پاک به سازمان محیط زیست اخطار داده است.', { names: orgs })),
    ['THREATEN سازمان بازرسی -> سازمان محیط زیست']);
  // a warning with no addressee is none (events-fars-train decision 6; semnan 168 shortened)
  assert.deepEqual(brief(run('سازمان بازرسی بابت نحوه اجرای وظایف اخطار داده است.', { names: orgs })), []);
  assert.ok(triggerRules.some((r) => r.source === 'اخطار <دادن>' && r.needsTarget));
});

test('fars 64, voa 15, fars 196, fars 328: «کشت» (cultivation), «می‌کشیم» (کشیدن) and «کشته شدگان» (the dead) are no killing; «X را کشت» is', () => {
  const names = [{ text: 'سازمان جهاد کشاورزی استان سمنان', type: ORG }, { text: 'محمد اسحاق', type: PER }, { text: 'پلیس راه', type: ORG }, { text: 'طالبان', type: ORG }];
  for (const s of [
    'مدیر امور باغبانی سازمان جهاد کشاورزی استان سمنان از وجود یک هزار و ۲۲ هکتار اراضی زیر کشت انواع گیاهان دارویی در استان سمنان خبر داد.',
    'معلم محمد اسحاق، مسوول این فابریکه در گفتگوی اختصاصی به صدای امریکا گفت دهاقین منطقه از کشت نمودن کوکنار دست برداشته‌اند وهمه آن‌ها به کشت نعناع تشویق شده‌اند.',
    'آن‌وقت ما خجالت می‌کشیم.',
    'با افزایش کنترل و نظارت پلیس راه، آمار کشته شدگان تصادفات جاده‌ای در محورهای استان ۱/۹ درصد کاهش یافت.',
  ]) assert.deepEqual(brief(run(s, { names })).filter((b) => b.startsWith('ASSAULT')), [], s);
  // (voa 36) the victim after «را» keeps the killing
  assert.deepEqual(triggers('طالبان پنج عسکر افغان را در ولایت فراه کشتند').map((t) => t.split(':')[0]), ['ASSAULT']);
});

test('fars 104, voa 221: «نشست بررسی X» is a session about X (context «>-class»: the word after the trigger); «به نام‌های X» names X', () => {
  const names = [{ text: 'حسن الحسینی', type: PER }, { text: 'شبکه شاد', type: ORG }];
  assert.deepEqual(brief(run('حسن الحسینی ظهر امروز در نشست بررسی فعالیت شبکه شاد در استان مرکزی اظهار کرد: بر اساس آمارها ۱۴ میلیون دانش‌آموز در کشور داریم.', { names })), []);
  assert.ok(triggerRules.some((r) => r.source === 'نشست' && r.context?.after && r.context.cls === 'session_kind' && !r.context.present));
  // a meeting between named sides still codes (voa 192)
  assert.ok(triggers('نگارنده نوشته است که نشستی میان مقامات نظامی ایالات متحده و افغان صورت گرفته بود').some((t) => t.startsWith('CONSULT:نشستی')));
  const people = [{ text: 'اندری بوریسینکو', type: PER }, { text: 'الکزندر ساموکوتییف', type: PER }];
  assert.deepEqual(brief(run('سرنشینان این سفینه، دو فضانورد روسی به نام‌های اندری بوریسینکو و الکزندر ساموکوتییف بودند.', { names: people })), []);
  // «در نامه‌ای به X» is still a letter to X
  assert.ok(triggers('وزیر خارجه در نامه‌ای به دبیرکل سازمان ملل خواستار توقف حملات شد').some((t) => t.startsWith('CONSULT:')));
});

test('semnan 166, fars 720: the simple present «همکاری دارد / می‌کند» is a standing cooperation (present=state); the past reports one', () => {
  const names = [{ text: 'ژاله آموزگار', type: PER }, { text: 'فرهنگستان', type: ORG }, { text: 'پاکستان', type: LOC, ref: 'country:PAK' }];
  assert.deepEqual(brief(run('ژاله آموزگار همچنین عضو فرهنگستان زبان و ادب فارسی است و با گروه‌های مختلف فرهنگستان همکاری دارد.', { names })), []);
  assert.deepEqual(brief(run('حوزه نظارت عمومی و مردمی و سازمان بازرسی افتخاری نیز با این سازمان همکاری دارند.', { names })), []);
  assert.ok(triggerRules.filter((r) => r.type === 'COOPERATE' && /^همکاری <(کردن|داشتن)>$/.test(r.source)).every((r) => r.presentIsState));
  // (voa 122) a perfect reports it
  assert.deepEqual(triggers('پاکستان با ما از طرق جمع آوری اطلاعات همکاری نموده است').map((t) => t.split(':')[0]), ['COOPERATE']);
});

test('fars 120, voa 204: a third-person simple present «حمایت / پشتیبانی می‌کند» is a standing support; the first person declares a stance', () => {
  const names = [{ text: 'امریکا', type: LOC, ref: 'country:USA' }, { text: 'طالبان', type: ORG }];
  assert.deepEqual(brief(run('چنین معلوم می‌شود که طالبان علاقه‌ای به پروسه صلح با حکومتی که امریکا ازان پشتیبانی می‌کند ندارند.', { names })), []);
  assert.deepEqual(triggers('سیاست‌های دولت از آن‌ها برای تحقق انتظاراتشان حمایت می‌کند'), []);
  // (fars 804, shortened) the past and the first person stay events
  assert.deepEqual(triggers('نمازگزاران از رئیس جمهور حمایت کردند').map((t) => t.split(':')[0]), ['SUPPORT']);
  assert.deepEqual(triggers('ما از این طرح حمایت می‌کنیم').map((t) => t.split(':')[0]), ['SUPPORT']);
});

test('fars 840: «دستور … را صادر کرده است» issues an order, it exports nothing, however long the order', () => {
  const names = [{ text: 'طالبانی', type: PER }, { text: 'ایران', type: LOC, ref: 'country:IRN' }];
  assert.deepEqual(brief(run('طالبانی همچنین دستور تقویت نیروهای مرزی اتحادیه میهنی برای جلوگیری از نفوذ عناصر ضد انقلاب ایرانی به داخل خاک ایران را صادر کرده است.', { names })), []);
  assert.ok(triggerRules.some((r) => r.type === 'TRADE' && r.source === 'صادر <کردن>' && r.context?.cls === 'issued' && !r.context.present));
});

test('rows of constructions no row had (events-fars-more training set 513, 662, 816, 1093): visiting the sick, talks started, «مورد تحریم قرار گرفت», beating and locking up', () => {
  const first = (s: string) => triggers(s).map((t) => t.split(':')[0]);
  assert.deepEqual(first('رئیس حوزه هنری استان کرمانشاه از این شاعر عیادت کردند'), ['CONSULT']);
  assert.deepEqual(first('يدالله سحابي و عباس امير انتظام گفتگوهايي را با شاپور بختيار آغاز كردند'), ['CONSULT']);
  assert.deepEqual(first('يكي از شعبه‌هاي بانك ملت مستقر در لابوئان مالزي به علت تسهيل جريان‌ انتقال ميليون‌ها دلار مورد تحريم قرار گرفت'), ['SANCTION']);
  assert.deepEqual(first('در اين شهر يكي از اتباع آمريكا راننده‌اي را مضروب كرد'), ['ASSAULT']);
  assert.deepEqual(first('خانواده ایشان را در یک اتاق محبوس کرده‌اند'), ['COERCE']);
  // the rows are the lexicon's, with their target markers required
  for (const src of ['عیادت <کردن>', 'گفتگو … آغاز <کردن>', 'مضروب <کردن>', 'محبوس <کردن>']) assert.ok(triggerRules.some((r) => r.source === src && r.needsTarget), src);
});

test('fars 312, voa 220, fars 292: a future «با X برخورد شدیدی خواهد کرد» threatens X (context token «future»); readiness «خبر داد»; letters in the plural', () => {
  const first = (s: string) => triggers(s).map((t) => t.split(':')[0]);
  assert.deepEqual(first('مسکو با عناصر تندرو برخورد شدیدی خواهد کرد'), ['THREATEN']);
  // the past reports a dealing, no threat
  assert.deepEqual(first('پلیس با عناصر تندرو برخورد شدیدی کرد'), []);
  assert.ok(triggerRules.some((r) => r.source === 'برخورد <کردن>' && r.futureOnly));
  assert.deepEqual(first('ضمیر کابلوف از آمادگی روسیه در بازسازی افغانستان نیز خبر داد'), ['AGREE']);
  assert.deepEqual(first('در این خصوص مکاتباتی با رحمانی فضلی وزیر کشور داشته‌ایم'), ['CONSULT']);
  // (events-fars-more 955) a speaker's «انتظار داریم» asks; a third person's expectation of an outcome does not (voa 98)
  assert.deepEqual(first('ما از مسئولان انتظار داریم'), ['REQUEST']);
  assert.deepEqual(first('وی انتظار نتایج بهتری را از انتخابات ولسی جرگه افغانستان دارد'), []);
});

test('voa 92: «خواهان برکناری والی بودند» (the stance in the past) is REQUEST; «ملزم … کرد» obliges (DEMAND); a speaker\'s «… را خواستار هستیم» wishes (fars 360)', () => {
  const first = (s: string) => triggers(s).map((t) => t.split(':')[0]);
  assert.deepEqual(first('مردم امروز در قطعنامه جدید خود خواهان برکناری والی بودند'), ['REQUEST']);
  // (events-fars-more 246)
  assert.deepEqual(first('شورای اسلامی شهر تهران شهرداری تهران را ملزم به تهیه نظام جامع پایش کرد'), ['DEMAND']);
  assert.deepEqual(first('برای همگان آرزوی موفقیت در رسیدن به اهداف الهی را خواستار هستیم'), []);
});

test('events-fars-more 1176, fars 300: «همکاری … با X داشت» with words between is COOPERATE with X; without a partner it is none', () => {
  const first = (s: string) => triggers(s).map((t) => t.split(':')[0]);
  assert.deepEqual(first('مردم همدان در این برنامه همکاری بسیار نزدیک با مجموعه میراث فرهنگی همدان داشته‌اند'), ['COOPERATE']);
  const names = [{ text: 'کورما', type: PER }];
  assert.deepEqual(brief(run('«ازدواج سفید»، پنجمین اثر سینمایی «کورما» است که او همچنین در نوشتن فیلمنامه و تهیه‌کنندگی آن نیز همکاری داشته است.', { names })), []);
});
