import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWire, stripEndMarkers } from './structure.ts';
import { findAttributions } from './attribution.ts';

test('a headline glued to «به گزارش» is split off (semnan record 1)', () => {
  const w = parseWire('برگزاری جلسه هیئت دولت به ریاست مخبر/ آغاز بررسی لایحه بودجه سال ۱۴۰۱ کل کشوربه گزارش گروه سیاسی خبرگزاری فارس، جلسه بعدازظهر امروز هیئت وزیران برگزار شد.');
  assert.equal(w.headline, 'برگزاری جلسه هیئت دولت به ریاست مخبر/ آغاز بررسی لایحه بودجه سال ۱۴۰۱ کل کشور');
  assert.equal(w.agency, 'خبرگزاری فارس');
  assert.equal(w.service, 'گروه سیاسی');
  assert.ok(w.body.startsWith('به گزارش گروه سیاسی خبرگزاری فارس، جلسه'));
});

test('a repeated headline, then a lead, then the attribution', () => {
  const w = parseWire('سیاست توجه به همسایگان جواب داده استسیاست توجه به همسایگان جواب داده استرئیس‌جمهور گفت: معتقدم سیاست همسایگی جواب داده است.به گزارش خبرنگار مهر، رئیسی به تهران بازگشت.');
  assert.equal(w.headline, 'سیاست توجه به همسایگان جواب داده است');
  assert.equal(w.lead, 'رئیس‌جمهور گفت: معتقدم سیاست همسایگی جواب داده است.');
  assert.equal(w.agency, 'خبرگزاری مهر');
  assert.ok(w.body.startsWith('به گزارش خبرنگار مهر'));
});

test('agency/service line, dateline line, headline, lead, attribution chain and end marker', () => {
  const w = parseWire('خبرگزاری مهر/سرویس بین‌الملل\n۱۴۰۰/۰۹/۱۶ ۱۴:۲۰\nاردوغان: تورم کاهش می‌یابد\nرئیس‌جمهور ترکیه از مدل اقتصادی جدید دفاع کرد.\nبه گزارش خبرگزاری مهر به نقل از رویترز، اردوغان گفت: تورم کاهش می‌یابد.\nپایان پیام');
  assert.equal(w.agency, 'خبرگزاری مهر');
  assert.equal(w.service, 'سرویس بین‌الملل');
  assert.equal(w.published, '2021-12-07T14:20');
  assert.equal(w.headline, 'اردوغان: تورم کاهش می‌یابد');
  assert.equal(w.lead, 'رئیس‌جمهور ترکیه از مدل اقتصادی جدید دفاع کرد.');
  assert.deepEqual(w.sources, ['رویترز']);
  assert.ok(!w.body.includes('پایان پیام'));
});

test('IRNA dateline names the agency and leaves the body', () => {
  const w = parseWire('تهران- ایرنا- سخنگوی دولت گفت: لایحه بودجه هفته آینده تقدیم می‌شود.');
  assert.equal(w.agency, 'ایرنا');
  assert.equal(w.headline, null);
  assert.ok(w.body.startsWith('سخنگوی دولت'));
});

test('end markers and editor codes are removed, sentence text is kept', () => {
  assert.equal(stripEndMarkers('متن خبر.\nانتهای پیام/'), 'متن خبر.');
  assert.equal(stripEndMarkers('متن خبر. / ۶۰۶۰'), 'متن خبر.');
  assert.equal(stripEndMarkers('متن خبر.\n۲۱۲۱/ ۱۸۷۲'), 'متن خبر.');
  assert.equal(stripEndMarkers('قیمت ۲۰ هزار تومان است'), 'قیمت ۲۰ هزار تومان است');
});

test('attributions: agency with desk and time words, chains, «از» sources and places, «X گزارش داد»', () => {
  const names = (t: string) => findAttributions(t).map((a) => a.agency ?? a.name);
  assert.deepEqual(names('به گزارش روز سه‌شنبه ایرنا از وزارت جهاد کشاورزی، وزیر گفت.'), ['ایرنا', 'وزارت جهاد کشاورزی']);
  assert.deepEqual(names('به گزارش خبرگزاری فارس از اصفهان؛ کشاورزان تجمع کردند.'), ['خبرگزاری فارس']);
  assert.deepEqual(names('به گزارش ایسنا و به نقل از اکسپرس، سردار آزمون گفت.'), ['ایسنا', 'اکسپرس']);
  assert.deepEqual(names('خبرگزاری انگلیسی «رویترز» به نقل از یک مقام کاخ سفید گزارش داد که دیدار انجام می‌شود.'), ['رویترز', 'یک مقام کاخ سفید']);
});

test('a headline glued to the lead with no opener: the lead repeats a headline word; compounds are not split', () => {
  const w = parseWire('انهدام باند شرطبندی در آستانه دربی تهرانرئیس پلیس فتا تهران از دستگیری دو گرداننده سایت شرطبندی خبر داد.');
  assert.equal(w.headline, 'انهدام باند شرطبندی در آستانه دربی تهران');
  assert.ok(w.body.startsWith('رئیس پلیس فتا'));
  const n = parseWire('جزئیات ادامه بررسی لایحه بودجه سال ۱۴۰۱سخنگوی دولت جزئیات بررسی لایحه بودجه را تشریح کرد.به گزارش ایسنا، علی بهادری جهرمی گفت: بودجه تقدیم شد.');
  assert.equal(n.headline, 'جزئیات ادامه بررسی لایحه بودجه سال ۱۴۰۱');
  assert.equal(n.lead, 'سخنگوی دولت جزئیات بررسی لایحه بودجه را تشریح کرد.');
  const body = parseWire('در شرایطی که آمارها روند کاهشی را نشان می‌دهد اما بازگشت رنگ قرمز کرونایی به نقشه ایران نشان می‌دهد خطر در کمین است.');
  assert.equal(body.headline, null);
});

test('a Mehr footer «کد خبر NNNN» is an end marker', () => {
  assert.equal(stripEndMarkers('هم اکنون در بیمارستان بستری است.کد خبر 5363216'), 'هم اکنون در بیمارستان بستری است.');
});

test('glued headlines: verbs and names across ZWNJ, a numeral or a site label opening the lead, a comma in the headline', () => {
  const verb = parseWire('مهلت ثبت‌نام آزمون ارشد فردا پایان می‌یابدمهلت ثبت‌نام برای شرکت در آزمون ارشد فردا پایان می‌یابد.به گزارش ایسنا، مهلت تمدید نمی‌شود.');
  assert.equal(verb.headline, 'مهلت ثبت‌نام آزمون ارشد فردا پایان می‌یابد');
  const name = parseWire('طرح جامع شهر دلیجان تصویب شدغلامرضا احمدی فرماندار دلیجان امروز در گفت‌وگو با خبرنگاران اظهار داشت: طرح جامع شهر تصویب شد.');
  assert.equal(name.headline, 'طرح جامع شهر دلیجان تصویب شد');
  assert.ok(name.body.startsWith('غلامرضا احمدی'));
  const numeral = parseWire('سال سخت بیمارستان‌های خوزستاندو بیمارستان بزرگ خوزستان امسال با کمبود پرستار روبه‌رو شدند.');
  assert.equal(numeral.headline, 'سال سخت بیمارستان‌های خوزستان');
  const label = parseWire('رونمایی از طرح تازه بانک ملت برای پتروشیمی‌هااخبار شرکت‌ها: به گزارش روابط عمومی بانک ملت، این طرح امروز رونمایی شد.');
  assert.equal(label.headline, 'رونمایی از طرح تازه بانک ملت برای پتروشیمی‌ها');
  const comma = parseWire('هشدار برف و کولاک، باران و باد شدید در جاده‌های شمال/ توصیه پلیس راهسرهنگ احمد کریمی رئیس پلیس راه گفت: از سفرهای غیرضروری پرهیز کنید.');
  assert.equal(comma.headline, 'هشدار برف و کولاک، باران و باد شدید در جاده‌های شمال/ توصیه پلیس راه');
  // a place name the lexicon does not know, written again later, is one word, not a glue
  const place = parseWire('فرماندار شهرستان زیرکوه از افتتاح سه طرح عمرانی در زیرکوه خبر داد.به گزارش خبرگزاری فارس، طرح‌ها افتتاح شد.');
  assert.equal(place.headline, null);
});

test('attributions: a source ends where a person begins, outlets named in guillemets, weekdays, unnamed reporters', () => {
  const names = (t: string) => findAttributions(t).map((a) => a.name);
  assert.deepEqual(names('به گزارش خبرگزاری مهر به نقل از وزارت نیرو مسعود احمدی رئیس دفتر وزیر نیرو در حاشیه نشست گفت: آب کم است.'), ['خبرگزاری مهر', 'وزارت نیرو']);
  assert.deepEqual(names('به گزارش ایسنا به نقل از روزنامه «گاردین»، این طرح تصویب شد.'), ['ایسنا', 'روزنامه گاردین']);
  // «شنبه» ends in «به»: «… امروز شنبه گزارش دادند» is no «به گزارش»; unnamed «رسانه‌ها» are no source
  assert.deepEqual(names('رسانه‌های محلی امروز شنبه گزارش دادند که سیل آمد.'), []);
  const w = parseWire('به گزارش روز سه شنبه ایرنا از دفتر حفظ و نشر آثار حضرت آیت الله العظمی خامنه ای، این اطلاعیه منتشر شد.');
  assert.equal(w.agency, 'ایرنا');
  assert.deepEqual(w.sources, ['دفتر حفظ و نشر آثار حضرت آیت الله العظمی خامنه ای']);
});

test('a روتیتر glued to the headline and repeated by the lead is not part of the headline', () => {
  const w = parseWire('یک استاد اقتصاد دانشگاه تهرانتورم امسال از ۴۰ درصد بالاتر نمی‌رودیک استاد اقتصاد دانشگاه تهران در گفت‌وگو با خبرنگاران گفت: تورم کاهش می‌یابد.');
  assert.equal(w.headline, 'تورم امسال از ۴۰ درصد بالاتر نمی‌رود');
});

test('a number and its unit stay in the headline; an Arabic article ends no word; a headline goes on after «؛» to its glue', () => {
  const unit = parseWire('ارزش صادرات گمرک زنجان 155درصد افزایش یافتمحمد احمدی مدیر گمرک زنجان در گفت‌وگو با خبرنگاران گفت: صادرات بیشتر شد.');
  assert.equal(unit.headline, 'ارزش صادرات گمرک زنجان 155درصد افزایش یافت');
  const semi = parseWire('وزیر نیرو قول داد؛ قیمت انشعاب برق کاهش می‌یابدمعاون وزیر نیرو امروز در نشست خبری از کاهش قیمت انشعاب برق خبر داد.');
  assert.equal(semi.headline, 'وزیر نیرو قول داد؛ قیمت انشعاب برق کاهش می‌یابد');
});

test('a headline glued to a quoted name that opens an interview lead', () => {
  const w = parseWire('صداوسیما برای مردم برنامه تازه می‌سازد«محمد احمدی» در گفت‌وگو با خبرنگار فارس گفت: برنامه‌ها تازه است.');
  assert.equal(w.headline, 'صداوسیما برای مردم برنامه تازه می‌سازد');
  const noun = parseWire('برنامه تازه صداوسیما برای مردم«محمد احمدی» در گفت‌وگو با خبرنگار فارس گفت: برنامه‌ها تازه است.');
  assert.equal(noun.headline, 'برنامه تازه صداوسیما برای مردم');
});

test('a verb glued to «یک» that opens the lead is a glue even when the whole token is a rare word («استیک»)', () => {
  const w = parseWire('اختلاف تهران و واشنگتن بسیار جدی استیک کارشناس مسائل آمریکا در گفت‌وگو با خبرنگاران گفت: اختلاف جدی است.');
  assert.equal(w.headline, 'اختلاف تهران و واشنگتن بسیار جدی است');
});

test('«بنا بر گزارش X»، «طبق گزارش X» name sources like «به گزارش X» (Q6)', () => {
  const names = (t: string) => findAttributions(t).map((a) => a.agency ?? a.name);
  assert.deepEqual(names('بنا بر گزارش رویترز، وزیر خارجه آمریکا در مصاحبه با شبکه «دبلیو‌اس‌بی آتلانتا» (WSB Atlanta) سخن گفت.'), ['رویترز']);
  assert.deepEqual(names('طبق گزارش روزنامه گاردین، مذاکرات ادامه دارد.'), ['روزنامه گاردین']);
});
