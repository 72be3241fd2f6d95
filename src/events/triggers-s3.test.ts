// Trigger rows and lexicon mechanisms of session 3 (trigger recall). Each test quotes a real sentence of
// Fars News or VOA Dari outside every gold set (fars = line of fars-news.utf8.jsonl), or a shortened variant
// of one where the full sentence carries other events; negative cases show what the row must not code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';
import { triggerRules } from './lexicon.ts';
import { findTriggers } from './triggers.ts';
import { wordKey } from './keys.ts';

const PER = 'PER' as const, LOC = 'LOC' as const, ORG = 'ORG' as const;

test('Fars 689: accepting terms is AGREE («شرایط را پذیرفت»); refusing them is REJECT/refuse, not a negated AGREE', () => {
  assert.deepEqual(brief(run('شرکت کارگزار هم طبق الحاقیه ای شرایط را پذیرفت و قرار شد در تاریخ‌های مشخصی پرداخت‌ها صورت بگیرد.', { names: [{ text: 'شرکت کارگزار', type: ORG }] })),
    ['AGREE شرکت کارگزار -> -']);
  const names = [{ text: 'تهران', type: LOC, ref: 'country:IRN' }, { text: 'ترامپ', type: PER }];
  // (Fars 165, shortened: the prediction's hedge removed)
  assert.deepEqual(brief(run('تهران محدودیت‌ها و شرایط ترامپ را نخواهد پذیرفت.', { names })).map((b) => b.split(' ->')[0]), ['REJECT/refuse تهران']);
  // «اتهام … را پذیرفت» admits a charge: no proposal, no event (Fars 94)
  assert.deepEqual(brief(run('وی اتهام «توطئه و نادیده گرفتن قانون تحریم لیبی» را پذیرفت و به چهار ماه حبس محکوم شد.', { names })).filter((b) => b.startsWith('AGREE')), []);
});

test('Fars 165: «به احتمال بسیار زیاد …» hedges the clause: a forecast, not an asserted refusal', () => {
  const names = [{ text: 'تهران', type: LOC, ref: 'country:IRN' }, { text: 'ترامپ', type: PER }, { text: 'ایران', type: LOC, ref: 'country:IRN' }];
  assert.deepEqual(brief(run('به احتمال بسیار زیاد، تهران محدودیت‌ها و شرایط ترامپ را نخواهد پذیرفت، اگر هم چنین مسئله‌ای رخ دهد و ایران بپذیرد، این امر منجر به یک توافق مشابه با کره شمالی نخواهد شد.', { names })), []);
});

test('broken plurals take their singular\'s rows: «حملات هوایی X»، «حملات X به Y» (Fars 768, VOA 46)', () => {
  assert.ok(triggerRules.some((r) => r.source === 'حملات هوایی' && r.type === 'ASSAULT'));
  // the plural of a CONSULT nominal is not derived: «گفت‌وگوهای مستمر» is usually a standing state
  assert.ok(!triggerRules.some((r) => r.type === 'CONSULT' && r.source.startsWith('مذاکرات') && !/^مذاکرات(\s|$)/.test(r.source)));
  const triggers = (s: string) => {
    const keys = s.split(/\s+/).map(wordKey);
    return findTriggers({ keys, clauseBreak: new Uint8Array(keys.length) }).map((t) => `${t.rule.type}:${keys.slice(t.start, t.end).join(' ')}`);
  };
  assert.deepEqual(triggers('ارتش روسیه صحت گزارش‌هایی مبنی بر حملات جمهوری آذربایجان به قلمرو ارمنستان را مورد ارزیابی قرار خواهد داد'), ['ASSAULT:حملات']);
  assert.ok(triggers('مراتب نگرانی خود را در مورد حملات راکتی پاکستان به حریم کشورشان ابراز داشته').includes('ASSAULT:حملات'));
});

test('evaluations with every verb of judging: «X را ADJ توصیف کرد / ارزیابی کرد / عنوان کرد / برشمرد» (Fars 436, 813, 1057)', () => {
  const names = [{ text: 'روسیه', type: LOC, ref: 'country:RUS' }, { text: 'آمریکا', type: LOC, ref: 'country:USA' }];
  // a criticism word right before the verb of judging criticizes the owner of the object
  assert.deepEqual(brief(run('وزیر خارجه روسیه طرح آمریکا را غیرسازنده توصیف کرد.', { names })), ['DISAPPROVE/criticize وزیر خارجه روسیه -> آمریکا']);
  assert.deepEqual(brief(run('وزیر خارجه روسیه طرح آمریکا را یکجانبه ارزیابی کرد.', { names })), ['DISAPPROVE/criticize وزیر خارجه روسیه -> آمریکا']);
  // a judgement with no actor as object codes nothing («… را ضروری توصیف کرد»، «را تعمدی عنوان کرد»)
  assert.deepEqual(brief(run('چلبی تشکیل کمیته های مردمی برای کمک به تامین امنیت مناطق را ضروری توصیف کرد.', { names: [{ text: 'چلبی', type: PER }] })), []);
  assert.deepEqual(brief(run('سبزواری چاپ مغلوط مجموعه «سرودی دیگر» در انتشارات سروش را تعمدی عنوان کرد.', { names: [{ text: 'سبزواری', type: PER }] })), []);
  // «سیاسی» criticizes only right before the verb, never from a title («دفتر سیاسی»)
  assert.deepEqual(brief(run('رئیس دفتر سیاسی حماس طرح آمریکا را قابل بررسی خواند.', { names: [...names, { text: 'حماس', type: ORG }] })), []);
});

test('the copula clitic split off by the tokenizer («مخالفند» -> «مخالف» «ند») completes a stance row; «همچنان» makes it a state', () => {
  assert.ok(triggerRules.some((r) => r.source === 'مخالف … ند'));
  assert.ok(triggerRules.some((r) => r.source === 'خواستار … اند'));
  const names = [{ text: 'کشورهای غیرمتعهد', type: ORG }, { text: 'چین', type: LOC, ref: 'country:CHN' }, { text: 'روسیه', type: LOC, ref: 'country:RUS' }];
  // (shortened from Fars 811 and 1166, records of the development set test/gold/events-fars-train)
  assert.deepEqual(brief(run('کشورهای غیرمتعهد با بندهای 7 و 8 پیش‌نویس قطعنامه مخالفند.', { names })), ['REJECT کشورهای غیرمتعهد -> -']);
  assert.deepEqual(brief(run('چین و روسیه همچنان با ارجاع پرونده به شورای امنیت مخالفند.', { names })), []);
});

test('VOA 246: «حملات X … باعث کشته شدن Y گردید» kills Y; «عملیات … را علیه X آغاز نمود» attacks X', () => {
  const names = [{ text: 'ترکیه', type: LOC, ref: 'country:TUR' }, { text: 'حزب کارگر کردستان', type: ORG }, { text: 'اعضای این حزب', type: ORG }, { text: 'عسکر ترکی', type: ORG }];
  const ev = brief(run('ترکیه پس از آن عملیات نظامی خود را علیه شورشیان مربوط حزب کارگر کردستان آغاز نمود که یک سلسله حملات اعضای این حزب به روز چهارشنبه، باعث کشته شدن ۲۴ عسکر ترکی گردید.', { names }));
  assert.ok(ev.includes('ASSAULT/military ترکیه -> حزب کارگر کردستان'), ev.join(' | '));
  assert.ok(ev.some((b) => b.startsWith('ASSAULT/kill اعضای این حزب')), ev.join(' | '));
});

test('formal light-verb alternants: «N به عمل آورد/آمد» (Fars 402, 360), «… اعلام داشت» (VOA 42, shortened)', () => {
  for (const s of ['بازدید به عمل <آوردن>', 'تجلیل به عمل <آوردن>', 'بمباران به عمل <آمدن>', 'حمایت … اعلام <داشتن>']) assert.ok(triggerRules.some((r) => r.source === s), s);
  assert.equal(triggerRules.find((r) => r.source === 'بمباران به عمل <آمدن>')?.frame, 'passive');
  const names = [{ text: 'استاندار کهگیلویه و بویراحمد', type: PER }, { text: 'دوگنبدان', type: LOC }, { text: 'جوزف بلاتز', type: PER }, { text: 'وزارت امور داخله', type: ORG }];
  assert.deepEqual(brief(run('عصر امروز استاندار کهگیلویه و بویراحمد با هیات همراه از بافت فرسوده دوگنبدان بازدید به عمل آورد.', { names })).map((b) => b.split(' ->')[0]), ['CONSULT/visit استاندار کهگیلویه و بویراحمد']);
  // a passive with no agent codes nothing (rule 1): «از زحمات X تجلیل به عمل آمد»
  assert.deepEqual(brief(run('در این مراسم از زحمات امیر سرتیپ دوم خلبان سعید فتاح تجلیل به عمل آمد.', { names: [{ text: 'سعید فتاح', type: PER }] })), []);
  assert.deepEqual(brief(run('جنرال جوزف بلاتز از برنامه جدید وزارت امور داخله حمایت خود را اعلام داشت.', { names })), ['SUPPORT جوزف بلاتز -> وزارت امور داخله']);
});

test('Fars 94: a deadline given to a party is DEMAND («ده روز به دولت آمریکا مهلت داد»); an accord «حاصل نشد» with no sides codes nothing (Fars 871)', () => {
  const names = [{ text: 'دادگاه', type: ORG }, { text: 'دولت آمریکا', type: ORG, ref: 'country:USA' }];
  assert.deepEqual(brief(run('دادگاه در اکتبر سال گذشته ده روز به دولت آمریکا مهلت داد که خسارت را پرداخت کند.', { names })), ['DEMAND دادگاه -> دولت آمریکا']);
  assert.deepEqual(brief(run('ندیمی اظهار داشت: هنوز روی عدد بالای 900 یا پایین‌تر هیچ توافقی حاصل نشده است.', { names: [{ text: 'ندیمی', type: PER }] })), []);
});

test('the nominal «گفت‌وگو با X» reports talks only after «در / طی / ضمن / پس از» and only in the singular (Fars 774, 37)', () => {
  const consult = (s: string) => {
    const keys = s.split(/\s+/).map(wordKey);
    return findTriggers({ keys, clauseBreak: new Uint8Array(keys.length) }).filter((t) => t.rule.type === 'CONSULT').map((t) => keys.slice(t.start, t.end).join(' '));
  };
  assert.deepEqual(consult('روح‌الله اسحاقی در گفت‌وگو با خبرگزاری فارس گفت'), ['گفتوگو']);
  // a plural names talks in general or a standing state: «با گفتگوهای بیشتری قضیه را دنبال کنیم»
  assert.deepEqual(consult('این یک متد خوبی است که تعجیل نکنیم و با گفتگوهای بیشتری قضیه را دنبال کنیم'), []);
});

test('PLOVER synonyms with an instance in unseen news: relations established (VOA 162), a place bombed (Fars 220), restrictions on relations (Fars 99)', () => {
  // (VOA 162 without its attribution «به اساس معلومات وزارت خارجه افغانستان»: there the subject is elided)
  const afg = [{ text: 'افغانستان', type: LOC, ref: 'country:AFG' }];
  assert.deepEqual(brief(run('افغانستان در حال حاضر با بیشتر از هفتاد کشور روابط دیپلوماتیک برقرار کرده و از انزوا بیرون شده است.', { names: afg })).map((b) => b.split(' ->')[0]), ['COOPERATE افغانستان']);
  const ev = brief(run('خبرگزاری فارس: پلیس ایتالیا خبر داد افراد ناشناس مرکز فرهنگی و اسلامی شمال این کشور را بمب‌گذاری کردند.', { names: [{ text: 'ایتالیا', type: LOC, ref: 'country:ITA' }, { text: 'افراد ناشناس', type: ORG }] }));
  // (the trigger is found; the actor is still the reporting police, a comma-less attribution the argument finder
  // does not split off yet: reported to the arguments engineer)
  assert.ok(ev.some((b) => b.startsWith('ASSAULT ')), ev.join(' | '));
  // (Fars 99 is a record of the development set test/gold/events-fars-train; the sentence is shortened)
  // (the trigger is asserted here; the event's arguments are the arguments finder's: reported to its engineer)
  const keys = 'ترکیه و پاکستان محدودیت‌هایی را در روابط خود با امارات ایجاد کرده‌اند'.split(' ').map(wordKey);
  assert.deepEqual(findTriggers({ keys, clauseBreak: new Uint8Array(keys.length) }).map((t) => t.rule.type), ['SANCTION']);
  // restrictions with no relations named are not a sanction («محدودیت‌هایی برای تردد ایجاد کرد»)
  assert.ok(triggerRules.find((r) => r.source === 'محدودیت … ایجاد <کردن>')?.context?.cls === 'relations');
});

test('the older spelling with a final hamza («امضاء») is the same key as «امضا» (Fars 689)', () => {
  assert.equal(wordKey('امضاء'), wordKey('امضا'));
  assert.equal(wordKey('اجراء'), 'اجرا');
  // a hamza after another letter stays («جزء»)
  assert.equal(wordKey('جزء'), 'جزء');
  const keys = 'قرارداد ابتدایی ما با آتیه داده پرداز 8 آبان 98 امضاء شد که ایرادهایی داشت'.split(' ').map(wordKey);
  assert.deepEqual(findTriggers({ keys, clauseBreak: new Uint8Array(keys.length) }).map((t) => t.rule.type), ['AGREE']);
});

test('votes as nominals with the voter as genitive (Fars 256); a body authorizing by vote, not a prosecutor issuing a permit (Fars 263)', () => {
  const names = [{ text: 'شورای امنیت', type: ORG, ref: 'org:UNSC' }, { text: 'گلدستون', type: PER }];
  assert.deepEqual(brief(run('وی با اشاره به رأی مثبت شورای امنیت به گزارش گلدستون که جنایت جنگی در غزه را اثبات کرد، یادآور شد: گزارش گلدستون حقانیت مبارزات مردم مسلمان فلسطین را به اثبات رساند.', { names })),
    ['SUPPORT/vote شورای امنیت -> -']);
  assert.ok(triggerRules.some((r) => r.type === 'REJECT' && r.source === 'رای منفی <دادن>'));
  assert.deepEqual(brief(run('معاونت پیشگیری از وقوع جرم دادسرای مرکز استان مجوز اجرای دیوار حائل و سازه نگهبان را صادر کرد.', { names: [{ text: 'دادسرای مرکز استان', type: ORG }] })), []);
});

test('promises with the object between nominal and verb: «وعده … را داده» (Fars 158)', () => {
  const keys = 'همچنین امام وعده محو شدن اسرائیل از صفحه روزگار را داده که امیدوارم عمر ما کفاف بدهد'.split(' ').map(wordKey);
  assert.deepEqual(findTriggers({ keys, clauseBreak: new Uint8Array(keys.length) }).map((t) => `${t.rule.type}:${t.rule.source}`), ['AGREE:وعده … <دادن>']);
});

test('«ضمن N از X»: every light-verb row has its verbal noun after «ضمن», acted by the clause subject (Fars 94)', () => {
  assert.ok(triggerRules.some((r) => r.source === 'دفاع' && r.frame === 'nominal' && r.context?.cls === 'concurrent'));
  // adjectives before a light verb are no verbal nouns («معترض شد»، «صادر کرد»)
  assert.ok(!triggerRules.some((r) => r.context?.cls === 'concurrent' && (r.source === 'معترض' || r.source === 'صادر')));
  const ev = brief(run('همکار وی «جورج واسیلیو» رئیس جمهور سابق قبرس نیز در نامه مشابهی خطاب به رئیس جمهور سابق کشورمان ضمن دفاع از متهمان پرونده نظرسازی‌ها تاسیس مرکز گفتگوی جهانی را مقدمه‌ای برای صلح خواند.',
    { names: [{ text: 'جورج واسیلیو', type: PER }, { text: 'قبرس', type: LOC, ref: 'country:CYP' }] }));
  assert.ok(ev.some((b) => b.startsWith('SUPPORT جورج واسیلیو -> متهمان')), ev.join(' | '));
  // without «ضمن» the bare noun is no event: «خط اصولی دفاع از مستضعفین را حفظ کنیم» (Fars 47)
  const keys = 'ما باید تمام تلاشمان را بنماییم تا به هر صورتى که ممکن است خط اصولى دفاع از مستضعفین را حفظ کنیم'.split(' ').map(wordKey);
  assert.deepEqual(findTriggers({ keys, clauseBreak: new Uint8Array(keys.length) }), []);
});

test('«در/ضمن محکومیت X»: the condemned act is the genitive, the clause subject condemns (Fars 862); the row used to need a target it could never have', () => {
  assert.equal(triggerRules.find((r) => r.source === 'محکومیت')?.frame, 'nominal-patient');
  const ev = brief(run('امت حزب‌الله شهرستان ری در محکومیت اهانت به ساحت مقدس پیامبر عظیم‌الشأن اسلام (ص) 18 مهر ماه تجمع اعتراض‌آمیزی برگزار کردند.', { names: [{ text: 'امت حزب‌الله شهرستان ری', type: ORG }] }));
  assert.ok(ev.includes('DISAPPROVE/condemn امت حزب‌الله شهرستان ری -> -'), ev.join(' | '));
  // a purpose is no event: «برای محکومیت کشتار مردم غزه … تجمع کردند» (Fars 511) codes the rally only
  const rally = brief(run('جمعی از کتابداران تهرانی برای محکومیت کشتار مردم غزه به دست نیروهای اسرائیلی و همدردی با فلسطینی‌ها تجمع کردند.', { names: [{ text: 'کتابداران تهرانی', type: ORG }] }));
  assert.ok(!rally.some((b) => b.startsWith('DISAPPROVE')), rally.join(' | '));
});

test('checks on unseen Fars output: «از قول X» quotes (Fars 740), «احتمالا» hedges a detail, not the clause (Fars 1093), a gapped row does not shadow its adjacent twin (Fars 869)', () => {
  const keys = (s: string) => s.split(' ').map(wordKey);
  const types = (s: string) => { const k = keys(s); return findTriggers({ keys: k, clauseBreak: new Uint8Array(k.length) }).map((t) => t.rule.type); };
  assert.deepEqual(types('هفته گذشته صدای آمریکا خبری از قول موج سبز انتشار داده'), []);
  const bahrain = brief(run('طی روزهای گذشته عده‌ای از ماموران حکومت بحرین و احتمالا با اتفاق جمعی از عمال سعودی به خانه آیت‌الله شیخ عیسی قاسم حمله کرده و خانواده ایشان را در یک اتاق محبوس کرده‌اند.',
    { names: [{ text: 'حکومت بحرین', type: ORG, ref: 'country:BHR' }, { text: 'شیخ عیسی قاسم', type: PER }] }));
  assert.ok(bahrain.some((b) => b.startsWith('ASSAULT')), bahrain.join(' | '));
  const court = brief(run('در سال 2006 زمانی که دادگاه آرژانتین چندتن از ایرانیان را در این انفجار مقصر دانست.', { names: [{ text: 'دادگاه آرژانتین', type: ORG }, { text: 'ایرانیان', type: 'NAT' as const, ref: 'country:IRN' }] }));
  assert.ok(court.some((b) => b.startsWith('DISAPPROVE/accuse دادگاه آرژانتین')), court.join(' | '));
});

test('checks on unseen VOA Dari output: «N به عمل آورد» codes only with its target (VOA 37: a world day is celebrated; VOA 259, «وی» written as its antecedent); a nominal after a preposition is no attack begun (VOA 1)', () => {
  const names = [{ text: 'وزارت زراعت و مالداری افغانستان', type: ORG }, { text: 'سازمان ملل متحد', type: ORG, ref: 'org:UN' }, { text: 'لیون پنیتا', type: PER }, { text: 'مردم امریکا', type: ORG }];
  assert.deepEqual(brief(run('وزارت زراعت و مالداری افغانستان و ادارۀ مواد غذایی و زراعت سازمان ملل متحد به روز یک شنبه طی محفلی از روز جهانی غذا تجلیل به عمل آورد.', { names })), []);
  assert.deepEqual(brief(run('لیون پنیتا از مردم امریکا برای از خود گذری شان تمجید به عمل آورد.', { names })), ['SUPPORT/praise لیون پنیتا -> مردم امریکا']);
  const k = 'استناد بر اظهارات لوی درستیز نیرو های افغان، یک هیأت مشترک، تحقیقات در رابطه با حملات راکتی را آغاز خواهد کرد'.split(' ').map(wordKey);
  assert.deepEqual(findTriggers({ keys: k, clauseBreak: new Uint8Array(k.length) }).filter((t) => t.rule.type === 'ASSAULT').map((t) => t.rule.source), ['حملات']);
});

test('every row, written or derived, can code an event: a row that needs a target has a marker for one', () => {
  // («محکومیت» was a nominal with no marker: it needed a target it could never find)
  assert.deepEqual(triggerRules.filter((r) => r.needsTarget && r.targets.length === 0).map((r) => r.source), []);
});
