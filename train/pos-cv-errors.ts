// Tuning aid: the confusions of the tagger on the CV split of PerDT dev (held-out every fifth sentence),
// apart for words seen and unseen in training. Run: node train/pos-cv-errors.ts
import { UPOS } from '../src/doc.ts';
import { Decoder } from '../src/tag/decode.ts';
import { PosModel } from '../src/tag/model.ts';
import { normalizedForms, PERDT_DEV, readConllu, SERAJI_DEV, SERAJI_TEST } from './pos-conllu.ts';
import { trainPos } from './pos.ts';

const perdt = normalizedForms(readConllu(PERDT_DEV));
const seraji = normalizedForms([...readConllu(SERAJI_DEV), ...readConllu(SERAJI_TEST)]);
const train = perdt.filter((_, i) => i % 5 !== 0), held = perdt.filter((_, i) => i % 5 === 0);
const seen = new Set([...train, ...seraji].flatMap((s) => s.words.map((w) => w.form)));
const decoder = new Decoder(new PosModel(trainPos({ perdt: train, seraji }).weights));
const confusions = new Map<string, number>();
const examples = new Map<string, string[]>();
let n = 0, ok = 0, unseenN = 0, unseenOk = 0;
for (const s of held) {
  const tags = decoder.tag(s.words.map((w) => w.form));
  s.words.forEach((w, i) => {
    const guess = UPOS[tags[i]], known = seen.has(w.form);
    n++; if (!known) unseenN++;
    if (guess === w.upos) { ok++; if (!known) unseenOk++; return; }
    const key = `${known ? 'seen' : 'UNSEEN'} ${w.upos}->${guess}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
    let ex = examples.get(key);
    if (!ex) examples.set(key, (ex = []));
    if (ex.length < 12) ex.push(w.form);
  });
}
console.log(`UPOS ${(100 * ok / n).toFixed(2)}%; unseen ${unseenN} words, ${(100 * unseenOk / unseenN).toFixed(2)}% right`);
for (const [k, c] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(c, k, examples.get(k)!.join(' '));
