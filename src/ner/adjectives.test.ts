// Relational adjectives («حسینی»، «باستانی»، «تورمی») after a common noun are no person (QA S3 Q5); a surname
// after a common noun still is when the article names the person in full or the gazetteer lists the surname.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { recognizeEntities } from './index.ts';

const persons = (text: string) => recognizeEntities(analyzeText(text)).filter((m) => m.type === 'PER').map((m) => m.text);

test('an adjective made with «ی» after a common noun is no person (Fars 13960704001232, 8304240097, 13990226000471)', () => {
  assert.deepEqual(persons('مسیب‌زاده ادامه داد: علت برگزاری متمرکز این برنامه به دلیل اهمیت شور حسینی در کنار شعور حسینی است؛ ما همچنانکه در مدارس مختلف برنامه‌های تبیینی قیام عاشورا را برای دانش‌آموزان برگزار می‌کنیم، با اجرای یک برنامه باشکوه و متمرکز عزاداری، به دنبال برانگیختن شور حسینی و افزایش تأثیر این عزاداری هستیم.')
    .filter((p) => p.includes('حسینی')), []);
  assert.ok(!persons('خبرگزاری فارس: یک منبع آگاه عراقی از خارج شدن بخش قابل توجهی از آثار باستانی عراق از سوی حاکم سابق آمریکایی این کشور خبر داد.').includes('باستانی'));
  assert.ok(!persons('اگر نباشند عملا استفاده از آن منجر به افزایش پایه پولی می‌شود همان آثار تورمی و مشکلات اقتصادی را به همراه دارد.').includes('تورمی'));
});

test('a surname after a common noun stays a person when named in full before, or listed (VOA Dari 132362838, Fars 13981112000673)', () => {
  const voa = persons('احمد داوداغلو وزیر خارجۀ ترکیه طی یک کنفرانس مطبوعاتی مشترک با علی اکبر صالحی گفت دو کشور موافقه کرده اند تا علیه حزب کارگران کردستان مشترکاً مبارزه کنند. یکی از دلایل عمدۀ سفر صالحی به انقره دریافت هدف اصلی عملیات نظامی ترکیه در شمال عراق می باشد.');
  assert.ok(voa.includes('صالحی'), JSON.stringify(voa));
  assert.ok(persons('نیم نگاهی به سرنوشت انتخابات مجلس اول و اظهارات روحانی').includes('روحانی'));
});
