// «روز عاشورا» in a sentence that tells the battle of Karbala (680 CE) is no date of this year's Ashura (QA S4);
// the mourning of this year still is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.ts';

const dates = (text: string) => findDates(text, { reference: '2011-06-01' }).map((d) => [d.text, d.value]);

test('the Ashura of Karbala told in the past tense has no date (Fars 8512180155)', () => {
  assert.deepEqual(dates('محی الدین حائری شیرازی همچنین به تفاوت های شهادت و مرگ طبیعی پرداخت و بااشاره  به موضوع اربعین فلسفه این روز را صبر کردن در غم یک ضایعه بزرگ و آموزش صبر و استقامت دانست و گفت:صبر استقامت امام حسین و یارانش در کربلا و در روز عاشورا و استقامت خاندان ایشان پس از آن واقعه موجب شد تا دروغ هایی که در مورد حضرت علی (ع) گفته می شد بی اثر شود.'), []);
});

test('this year\'s mourning on Ashura, at Karbala too, is still dated', () => {
  assert.deepEqual(dates('مراسم عزاداری روز عاشورا در کربلا برگزار شد.'), [['عاشورا', '2010-12-16']]);
  assert.deepEqual(dates('زائران امام حسین در روز عاشورا به کربلا رسیدند.'), [['عاشورا', '2010-12-16']]);
  assert.deepEqual(dates('روز عاشورا تعطیل است.'), [['عاشورا', '2010-12-16']]);
});
