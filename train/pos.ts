// Trains the POS tagger (averaged perceptron) and the lemma table from UD Persian PerDT dev and
// Seraji dev + test, and writes models/pos-model.bin, models/pos-lemmas.tsv and models/pos-lvc.tsv.
//   node train/pos.ts                      train and write the models
//   node train/pos.ts --cv [--second]      train on 80% of PerDT dev, report accuracy on the other 20% (tuning)
//   node train/pos.ts --second-pass-only   retrain and write only models/pos-model2.bin (the second pass)
//   node train/pos.ts --without-seraji-test  leave Seraji test out (for an honest Seraji figure)
import { writeFileSync } from 'node:fs';
import { UPOS } from '../src/doc.ts';
import { Decoder } from '../src/tag/decode.ts';
import { encodeModel, PosModel, type SparseWeights } from '../src/tag/model.ts';
import { normalizedForms, PERDT_DEV, readConllu, SERAJI_DEV, SERAJI_TEST, type Sentence } from './pos-conllu.ts';
import { lemmaTable } from './pos-lemmas.ts';
import { lightVerbTable } from './pos-lvc.ts';
import { lightVerbLemmas } from '../src/tag/lvc.ts';
import { trainPerceptron, type TrainSentence } from './pos-perceptron.ts';

export const SEED = 20251124;
export const EPOCHS = 10;
const MIN_WEIGHT = Number(process.env.POS_MIN_WEIGHT ?? 0.05);
const SERAJI_DOMAIN = 'S:';
const RUNS = Number(process.env.POS_RUNS ?? 5);
const UNKNOWN_RATE = Number(process.env.POS_UNKNOWN_RATE ?? 0.5);

const NOUN = UPOS.indexOf('NOUN'), PROPN = UPOS.indexOf('PROPN');
// Seraji tags proper names NOUN: a PROPN guess there is not an error.
const serajiLenient = (gold: number, guess: number): boolean => gold === NOUN && guess === PROPN;

function toTrain(sents: Sentence[], lenient?: TrainSentence['lenient'], domain?: string): TrainSentence[] {
  return sents.map((s) => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => Math.max(0, UPOS.indexOf(w.upos as never))), lenient, domain }));
}

/** Seraji follows other conventions for some words (را is PART there, ADP in PerDT): where PerDT
 * tags a form one way almost always, Seraji's tag for that form is relabelled to PerDT's. */
export function harmonize(seraji: Sentence[], perdt: Sentence[]): Sentence[] {
  const counts = new Map<string, Map<string, number>>();
  for (const s of perdt) for (const w of s.words) {
    let m = counts.get(w.form);
    if (!m) counts.set(w.form, (m = new Map()));
    m.set(w.upos, (m.get(w.upos) ?? 0) + 1);
  }
  const dominant = new Map<string, string>();
  for (const [form, m] of counts) {
    let total = 0, best = '', bestN = 0;
    for (const [t, n] of m) { total += n; if (n > bestN) { best = t; bestN = n; } }
    if (total >= 3 && bestN / total >= 0.9) dominant.set(form, best);
  }
  return seraji.map((s) => ({ ...s, words: s.words.map((w) => {
    const d = dominant.get(w.form);
    return d && d !== w.upos && !(w.upos === 'NOUN' && d === 'PROPN') ? { ...w, upos: d } : w;
  }) }));
}

/** The mean of several sparse weight sets (a feature missing from a set counts as zero there). */
function averageWeights(runs: SparseWeights[], minWeight: number): SparseWeights {
  if (runs.length === 1) return runs[0];
  const T = runs[0].tags.length;
  const sums = new Map<string, Float64Array>();
  for (const r of runs) {
    r.features.forEach((f, i) => {
      let row = sums.get(f);
      if (!row) sums.set(f, (row = new Float64Array(T)));
      for (let j = r.offsets[i]; j < r.offsets[i + 1]; j++) row[r.tagOf[j]] += r.weights[j] / runs.length;
    });
  }
  const features: string[] = [], offsets = [0], tagOf: number[] = [], weights: number[] = [];
  for (const [f, row] of sums) {
    const start = tagOf.length;
    row.forEach((v, t) => { if (Math.abs(v) >= minWeight) { tagOf.push(t); weights.push(v); } });
    if (tagOf.length > start) { features.push(f); offsets.push(tagOf.length); }
  }
  return { tags: runs[0].tags, features, offsets: Int32Array.from(offsets), tagOf: Uint8Array.from(tagOf), weights: Float32Array.from(weights) };
}

/** `runs` perceptrons trained on different orders of the data (seeds seed, seed + 1, ...), averaged. */
function firstPassTrain(data: TrainSentence[], runs: number, seed: number, epochs: number, log?: (s: string) => void): SparseWeights {
  const weights = Array.from({ length: runs }, (_, k) => trainPerceptron([...UPOS], data, {
    epochs, seed: seed + k, minWeight: MIN_WEIGHT / runs, log, unknownRate: UNKNOWN_RATE,
    keep: (f) => !f.startsWith(SERAJI_DOMAIN), // the tagger reads PerDT conventions only
  }));
  return averageWeights(weights, MIN_WEIGHT);
}

export interface PosTraining { weights: SparseWeights; lemmas: string }

export function trainPos(opts: { perdt: Sentence[]; seraji: Sentence[]; epochs?: number; log?: (s: string) => void }): PosTraining {
  const lemmas = lemmaTable(opts.perdt, opts.seraji);
  const data = [...toTrain(opts.perdt), ...toTrain(harmonize(opts.seraji, opts.perdt), serajiLenient, SERAJI_DOMAIN)];
  // Five perceptrons trained on different orders of the data, averaged: steadier than one
  // (PerDT dev held-out UPOS: 1 run 93.2%, 3 runs 93.7%, 5 runs 93.9%).
  return { weights: firstPassTrain(data, RUNS, SEED, opts.epochs ?? EPOCHS, opts.log), lemmas };
}

const FOLDS = Number(process.env.POS_FOLDS ?? 2), FOLD_RUNS = Number(process.env.POS_FOLD_RUNS ?? 1);

/** The second pass: the same features plus the first pass's tags of the word and of the words to its
 * right. It learns from first-pass tags of sentences the first pass did not see (jackknifed over
 * FOLDS folds of FOLD_RUNS runs), so it learns how far to trust them on new text. */
export function trainSecondPass(opts: { perdt: Sentence[]; seraji: Sentence[]; epochs?: number; log?: (s: string) => void }): SparseWeights {
  const epochs = opts.epochs ?? EPOCHS;
  const data = [...toTrain(opts.perdt), ...toTrain(harmonize(opts.seraji, opts.perdt), serajiLenient, SERAJI_DOMAIN)];
  const firstPass: Uint8Array[] = new Array(data.length);
  for (let k = 0; k < FOLDS; k++) {
    const decoder = new Decoder(new PosModel(firstPassTrain(data.filter((_, i) => i % FOLDS !== k), FOLD_RUNS, SEED + 100 + 10 * k, epochs)));
    data.forEach((s, i) => { if (i % FOLDS === k) firstPass[i] = decoder.tag(s.forms); });
    opts.log?.(`first-pass fold ${k + 1}/${FOLDS} done`);
  }
  return firstPassTrain(data.map((s, i) => ({ ...s, firstPass: firstPass[i] })), RUNS, SEED + 200, epochs, opts.log);
}

export function uposAccuracy(model: PosModel, sents: Sentence[], second?: PosModel): number {
  const decoder = new Decoder(model), decoder2 = second && new Decoder(second);
  let ok = 0, n = 0;
  for (const s of sents) {
    const forms = s.words.map((w) => w.form);
    let tags = decoder.tag(forms);
    if (decoder2) tags = decoder2.tag(forms, undefined, '', undefined, tags);
    s.words.forEach((w, i) => { n++; if (UPOS[tags[i]] === w.upos) ok++; });
  }
  return ok / n;
}

if (import.meta.main) {
  const args = new Set(process.argv.slice(2));
  const log = (s: string): void => console.error(s);
  const perdt = normalizedForms(readConllu(PERDT_DEV));
  const seraji = normalizedForms([...readConllu(SERAJI_DEV), ...(args.has('--without-seraji-test') ? [] : readConllu(SERAJI_TEST))]);
  const epochsArg = process.argv.find((a) => a.startsWith('--epochs='));
  const epochs = epochsArg ? Number(epochsArg.split('=')[1]) : EPOCHS;
  if (args.has('--cv')) {
    // Tuning without the test set: every fifth PerDT dev sentence is held out.
    const train = perdt.filter((_, i) => i % 5 !== 0), held = perdt.filter((_, i) => i % 5 === 0);
    const { weights } = trainPos({ perdt: train, seraji: args.has('--no-seraji') ? [] : seraji, epochs, log });
    console.log(`held-out PerDT dev UPOS accuracy: ${(100 * uposAccuracy(new PosModel(weights), held)).toFixed(2)}% (${weights.features.length} features)`);
    if (args.has('--second')) {
      const second = trainSecondPass({ perdt: train, seraji: args.has('--no-seraji') ? [] : seraji, epochs, log });
      console.log(`with the second pass: ${(100 * uposAccuracy(new PosModel(weights), held, new PosModel(second))).toFixed(2)}% (${second.features.length} features)`);
    }
  } else if (args.has('--second-pass-only')) {
    // The first pass (models/pos-model.bin) is left as it is; only the second pass is retrained.
    const t0 = performance.now();
    const second = encodeModel(trainSecondPass({ perdt, seraji, epochs, log }));
    writeFileSync(new URL('../models/pos-model2.bin', import.meta.url), second);
    console.log(`wrote models/pos-model2.bin (${(second.length / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else {
    const t0 = performance.now();
    const { weights, lemmas } = trainPos({ perdt, seraji, epochs, log });
    const bin = encodeModel(weights);
    writeFileSync(new URL('../models/pos-model.bin', import.meta.url), bin);
    writeFileSync(new URL('../models/pos-lemmas.tsv', import.meta.url), lemmas);
    writeFileSync(new URL('../models/pos-lvc.tsv', import.meta.url), lightVerbTable([...perdt, ...seraji], lightVerbLemmas()));
    console.log(`wrote models/pos-model.bin (${(bin.length / 1e6).toFixed(2)} MB, ${weights.features.length} features) and models/pos-lemmas.tsv in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}
