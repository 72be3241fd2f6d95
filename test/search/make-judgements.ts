// Writes judgements.json: graded relevance (0-3) of every sample-corpus article for each query.
// Grades come from hand-written concept patterns per query (synonyms and spellings the engine need not know),
// applied to folded text: 3 = the concept is in the headline or lead, 2 = three or more mentions in the body,
// 1 = one or two mentions, 0 = none. Run: node test/search/make-judgements.ts
import { writeFileSync } from 'node:fs';
import { loadCorpus, JUDGEMENTS_FILE, type Judged } from './relevance.ts';

const B = '(?<![\\p{L}\\p{M}])'; // word start
const QUERIES: [string, string[]][] = [
  ['مذاکرات وین', [`${B}وین(?![\\p{L}])`, 'برجام']],
  ['برجام', ['برجام']],
  ['تحریم‌ها', [`${B}تحریم`]],
  ['لایحه بودجه ۱۴۰۱', [`${B}بودجه`]],
  ['کرونا', ['کرونا', 'کووید']],
  ['واکسن', [`${B}واکسن`, 'واکسیناسیون']],
  ['پرسپولیس', ['پرسپولیس']],
  ['دربی استقلال و پرسپولیس', [`${B}دربی`, 'شهرآورد', 'داربی']],
  ['لیگ برتر فوتبال', ['لیگ برتر']],
  ['نهضت ملی مسکن', [`${B}مسکن`]],
  ['قیمت دلار', [`${B}دلار`, 'بازار ارز']],
  ['بورس', [`${B}بورس`, 'شاخص کل']],
  ['زلزله', ['زلزله', 'زمین ?لرزه']],
  ['آلودگی هوا', ['آلودگی هوا', 'هوای آلوده']],
  ['خشکسالی', ['خشکسالی', 'کم ?آبی', 'تنش آبی']],
  ['پهپاد آمریکایی در یمن', [`${B}پهپاد`]],
  ['سوریه', ['سوریه']],
  ['ونزوئلا', ['ونزوئلا']],
  ['ازبکستان', ['ازبکستان']],
  ['طالبان', ['طالبان']],
  ['رئیسی', [`${B}رئیسی(?![\\p{L}])`]],
  ['وزیر امور خارجه', ['وزیر امور خارجه', 'وزیر خارجه', 'امیرعبداللهیان', 'امیر عبداللهیان']],
  ['علی باقری', [`${B}باقری`]],
  ['انریکه مورا', [`${B}مورا(?![\\p{L}])`]],
  ['برف و باران', [`${B}برف`, `${B}باران`, 'بارش']],
  ['آزمون دکتری', ['آزمون دکتری', 'دکتری']],
  ['مسی', [`${B}مسی(?![\\p{L}])`, 'توپ طلا']],
  ['سردار آزمون', ['سردار آزمون', 'زنیت', 'آزمون:']],
  ['صادرات نفت', [`${B}نفت`]],
  ['عراق', [`${B}عراق`]],
  ['مجلس شورای اسلامی', [`${B}مجلس`]],
  ['سینما', [`${B}سینما`, `${B}فیلم`]],
  ['قوه قضاییه', ['قوه قضا[یئ]یه', 'دستگاه قضا']],
  ['هوش مصنوعی', ['هوش مصنوعی']],
  ['بایدن و پوتین', ['بایدن', 'پوتین']],
  ['کشاورزان', [`${B}کشاورز`]],
  ['انرژی هسته‌ای', ['هسته ?ای', 'اتمی']],
  ['المپیک', ['المپیک']],
];

// Arabic letters to Persian, no ZWNJ or diacritics, one space between words.
function fold(s: string): string {
  return s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[ةۀ]/g, 'ه').replace(/[أإ]/g, 'ا')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/\u200C/g, ' ').replace(/\s+/g, ' ');
}

const corpus = await loadCorpus();
const queries: Judged[] = QUERIES.map(([q, patterns]) => {
  const res = patterns.map((p) => new RegExp(p, 'gu'));
  const grades: Record<string, number> = {};
  for (const d of corpus) {
    const head = fold(`${d.source.headline ?? ''} ${d.source.lead ?? ''}`);
    const body = fold(d.source.body);
    const inHead = res.some((r) => { r.lastIndex = 0; return r.test(head); });
    const mentions = res.reduce((n, r) => n + (body.match(r)?.length ?? 0), 0);
    const g = inHead ? 3 : mentions >= 3 ? 2 : mentions > 0 ? 1 : 0;
    if (g > 0) grades[d.key] = g;
  }
  return { q, patterns, grades };
});
writeFileSync(JUDGEMENTS_FILE, `${JSON.stringify({
  method: 'Graded 0-3 by hand-written concept patterns per query over folded text: 3 concept in headline/lead, 2 three or more body mentions, 1 one or two, 0 none (unlisted). Patterns include synonyms and spellings beyond the query words.',
  queries,
}, null, 1)}\n`);
console.log(`${queries.length} queries over ${corpus.length} articles; judged (grade > 0) per query: ${queries.map((x) => Object.keys(x.grades).length).join(' ')}`);
