// QA (session 3): broken HTML as old Persian sites and CMS bugs produce it (an unclosed <h1> swallowing the
// page, a script inside it, thousands of unclosed <div>/<font> tags), and JSON Lines records whose body is not
// text. Each page still gives its article, each bad record is named for what is wrong, and none stalls the batch
// (Readability took over a minute on 5,000 nested elements before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../../src/news/index.ts';
import type { ArticleSource } from '../../src/article.ts';

// A real Fars wire paragraph (fars-news-1500, record 8512180155), long enough to be an article.
const BODY = 'به گزارش خبرگزاری فارس از شیراز، امام جمعه شیراز با تاکید بر لزوم برخورد قاطع دستگاه انتظامی و قضائی افزود: '
  + 'اگر با این افراد محکم برخورد نشود، گستاخ می‌شوند و رشد می‌کنند. وی خطاب به دستگاه‌های امنیتی، انتظامی و قضائی گفت: '
  + 'سعی کنید این افراد را قصاص کنید تا ریشه شرارت خشک شده و کسی جرات تعرض به مردم و امنیت آنان را نداشته باشد.';
const TITLE = 'اجرای حدود الهی ریشه‌های فساد را از بین می‌برد';

function readOne(html: string): ArticleSource {
  const [r] = readDocuments(new TextEncoder().encode(html), { name: 'page.html' });
  assert.ok(r && !('error' in r), JSON.stringify(r));
  return r as ArticleSource;
}

test('an unclosed <h1> that swallows the page: the headline comes from <title>, and no script text leaks', () => {
  const a = readOne(`<html><head><title>${TITLE} | خبرگزاری فارس</title></head><body><h1>${TITLE}<p>${BODY}`
    + '<script>var x = "<p>کد جاوااسکریپت</p>";</script><p>پایان خبر.');
  assert.equal(a.headline, TITLE);
  assert.ok(a.body.includes('قصاص کنید'));
  assert.ok(!a.body.includes('var x') && !a.body.includes('جاوااسکریپت'), a.body);
});

test('thousands of unclosed nested tags: the article text, read as flat paragraphs', () => {
  for (const [open, close] of [['<div>', '</div>'], ['<font size=2>', '']]) {
    const a = readOne(`<html><body>${open.repeat(3000)}<p>${BODY}</p><p>${BODY}</p>${close.repeat(3000)}</body></html>`);
    assert.ok(a.body.startsWith('به گزارش خبرگزاری فارس') && a.body.includes('قصاص کنید'), a.body.slice(0, 80));
    assert.equal(a.body.split('\n\n').length, 2, open); // two paragraphs
    assert.equal(a.agency, 'خبرگزاری فارس');
  }
});

test('a headline element of ordinary length is still the headline', () => {
  const a = readOne(`<html><head><title>سایت</title></head><body><article><h1>${TITLE}</h1><p>${BODY}</p></article></body></html>`);
  assert.equal(a.headline, TITLE);
});

test('JSON Lines: a body that is a number, an object or an array of numbers is named for what it is, not «empty»', () => {
  const lines = ['{"title":"x","body":123}', '{"body":""}', '{"text":[1,2]}', '{"content":{"a":1}}', `{"body":"${BODY}"}`].join('\n');
  const r = readDocuments(new TextEncoder().encode(lines), { name: 'records.jsonl' });
  assert.deepEqual(r.slice(0, 4).map((x) => ('error' in x ? x.error : 'ok')), [
    "record's body field is a number, not text", "record's body field is empty",
    "record's text field is an array of non-strings, not text", "record's content field is an object, not text"]);
  assert.ok(!('error' in r[4]));
});

test('wire text: a body with no words («.») is refused by name; a lead opened by the agency byline loses it', () => {
  // unseen Fars 8704221241: «خبرگزاری فارس:» then only «.»
  const dot = readDocuments(new TextEncoder().encode('تاسیسات دریایی ایران در بندر خرمشهر\n\nخبرگزاری فارس:\n\n.\n'), { name: 'w.txt' });
  assert.equal(dot.length, 1);
  assert.match((dot[0] as { error: string }).error, /no article text/);
  const [a] = readDocuments(new TextEncoder().encode('عبادی از افتخارات نمایندگی مجلس بود\n\nخبرگزاری فارس: استاندار خراسان جنوبی گفت: عبادی از افتخارات نمایندگی مجلس بود.\n\n'
    + 'به گزارش خبرگزاری فارس، به نقل از روابط عمومی استانداری خراسان جنوبی، مرتضوی در مراسم تجلیل از عبادی سخن گفت.\n'), { name: 'w2.txt' });
  assert.ok(!('error' in a));
  const src = a as ArticleSource;
  assert.equal(src.lead, 'استاندار خراسان جنوبی گفت: عبادی از افتخارات نمایندگی مجلس بود.');
  assert.equal(src.agency, 'خبرگزاری فارس');
});

test('wire text: a lead followed by «X در گفت‌وگو با خبرنگار … خبرگزاری فارس» (not «به گزارش …») is still the lead', () => {
  // unseen Fars 13920124000632, as title / lead / body
  const [a] = readDocuments(new TextEncoder().encode('زرینی: پاداش نه، توجه می‌خواهیم\n\nدریافت‌کننده تیم ملی والیبال ایران گفت: گلایه من از عدم پرداخت پاداش‌ها نیست، بلکه از کم توجهی مسئولان است.\n\n'
    + 'حمزه زرینی در گفت‌وگو با خبرنگار ورزشی خبرگزاری فارس، اظهار داشت: بعد از موفقیت‌ها کسی به ما توجه نکرد.\n'), { name: 'w3.txt' });
  assert.ok(!('error' in a));
  const src = a as ArticleSource;
  assert.equal(src.lead, 'دریافت‌کننده تیم ملی والیبال ایران گفت: گلایه من از عدم پرداخت پاداش‌ها نیست، بلکه از کم توجهی مسئولان است.');
  assert.ok(src.body.startsWith('حمزه زرینی'));
});

test('wire text: a paragraph opened by the agency byline («خبرگزاری فارس: …») after the headline is the lead (Fars style)', () => {
  // unseen Fars 8402160071, as title / lead / body
  const [a] = readDocuments(new TextEncoder().encode('پاکستان تسلیحات هسته‌ای خود را گسترش نمی‌دهد\n\nخبرگزاری فارس: نخست وزیر پاکستان اعلام کرد کشورش تسلیحات هسته‌ای خود را گسترش نمی‌دهد.\n\n'
    + 'شوکت عزیز که به مالزی سفر کرده است، امروز به خبرنگار خبرگزاری فرانسه گفت: ما به دنبال مسابقه تسلیحاتی نیستیم.\n'), { name: 'w4.txt' });
  const src = a as ArticleSource;
  assert.equal(src.lead, 'نخست وزیر پاکستان اعلام کرد کشورش تسلیحات هسته‌ای خود را گسترش نمی‌دهد.');
  assert.equal(src.agency, 'خبرگزاری فارس');
  assert.ok(src.body.startsWith('شوکت عزیز'));
});
