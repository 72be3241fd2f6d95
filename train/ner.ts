// Trains the NER tagger: averaged structured perceptron on ParsTwiNER train (MIT), number of epochs
// chosen on dev, fixed seed. Tokens are normalized as the pipeline normalizes text.
// Run: npm run train:ner   (rebuilds the gazetteer data first)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/text/index.ts';
import { parseConll, type ConllSentence } from '../src/ner/conll.ts';
import { sentenceFeatures } from '../src/ner/features.ts';
import { Gazetteer, loadLexicon } from '../src/ner/gazetteer.ts';
import { Perceptron, toBilou, type ModelData } from '../src/ner/perceptron.ts';
import { voteSpans, spansToTags } from '../src/ner/ensemble.ts';
import { parseClusters } from '../src/ner/tagger.ts';
import { EntityScorer, chunks } from '../src/ner/score.ts';
import { namesFromText, parseNames } from '../src/ner/names.ts';

const CORPUS = new URL('../../shared/corpora/parstwiner/', import.meta.url);
const SEED = Number(process.env.NER_SEED ?? 20211110);
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 14);
const MIN_COUNT = Number(process.env.NER_MIN_COUNT ?? 2);
export const TYPES = ['PER', 'LOC', 'ORG', 'NAT', 'EVE', 'POG'];

for (const step of ['./gazetteers.ts', './ner-clusters.ts']) {
  if (process.env.NER_SKIP_DATA) break;
  execFileSync(process.execPath, [fileURLToPath(new URL(step, import.meta.url))], { stdio: 'inherit' });
}
// The gazetteer module caches; load fresh after the rebuild.
const { loadGazetteer } = await import('../src/ner/gazetteer.ts');
const gazetteer: Gazetteer = loadGazetteer();
const lexicon = loadLexicon();
const clusters = process.env.NER_NO_CLUSTERS ? undefined : parseClusters(readFileSync(new URL(process.env.NER_CLUSTERS_FILE ?? '../models/ner-clusters.tsv', import.meta.url), 'utf8'));

export function normalizeToken(t: string): string {
  const n = normalize(t).text.trim();
  return n || t;
}

function read(name: string): ConllSentence[] {
  return parseConll(readFileSync(new URL(name, CORPUS), 'utf8')).map((s) => ({ tokens: s.tokens.map(normalizeToken), tags: s.tags }));
}

function mulberry32(a: number): () => number {
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

// Label encoding inside each member's tagger: IOB2, or BILOU (a name's last word and one-word names get
// labels of their own; the tagger decodes back to IOB2). NER_SCHEMES lists them by member; the first is
// the pipeline's model: IOB2 (on ParsTwiNER dev the full recognizer scores 74.10 with it, 73.62 with
// BILOU; news dev 89.15 / 89.10), the others BILOU (a single BILOU tagger: dev 75.29 mean of 5 orders,
// IOB2 74.93 mean of 6), which also makes the ensemble more diverse.
type Scheme = 'iob2' | 'bilou';
// A member may also leave out one feature group (a view: «bilou:gaz» = BILOU without gazetteer features).
const MEMBER_SPECS = (process.env.NER_SCHEMES ?? 'iob2,bilou,bilou,bilou,bilou').split(',');
const SCHEMES = MEMBER_SPECS.map((m) => m.split(':')[0] as Scheme);
const VIEWS = MEMBER_SPECS.map((m) => m.split(':')[1] ?? 'all');
const LABELS: Record<Scheme, string[]> = {
  iob2: ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])],
  bilou: ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])],
};
const labels = LABELS.iob2;
const trainSet = read('train.txt'), devSet = read('dev.txt');
const t0 = Date.now();
// Names seen in training data: features for a fold come from the other folds (jackknife), so the
// model learns how far to trust a name it has seen, as it will at run time with the full list.
const FOLDS = 5;
function buildNames(sents: ConllSentence[]): string {
  const entity = new Map<string, Map<string, number>>();
  const asO = new Map<string, number>();
  for (const s of sents) {
    for (const c of chunks(s.tags)) {
      const name = s.tokens.slice(c.start, c.end).join(' ');
      const m = entity.get(name) ?? new Map<string, number>();
      m.set(c.type, (m.get(c.type) ?? 0) + 1);
      entity.set(name, m);
    }
    s.tags.forEach((t, i) => { if (t === 'O') asO.set(s.tokens[i], (asO.get(s.tokens[i]) ?? 0) + 1); });
  }
  return namesFromText(entity, asO);
}
interface Prepared { rows: Int32Array[][]; gold: Record<Scheme, number[][]>; kept: string[]; namesText: string; model: Perceptron }

/** Features for `sents` (seen-name features jackknifed over folds), pruned by count, as weight rows. */
function prepare(sents: ConllSentence[]): Prepared {
  const foldNames = Array.from({ length: FOLDS }, (_, k) => parseNames(buildNames(sents.filter((_, i) => i % FOLDS !== k))));
  const feats = sents.map((s, i) => sentenceFeatures(s.tokens, { gazetteer, lexicon, names: foldNames[i % FOLDS], clusters }));
  const counts = new Map<string, number>();
  for (const s of feats) for (const f of s) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  const kept = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f).sort();
  console.log(`features: ${counts.size} seen, ${kept.length} kept (count >= ${MIN_COUNT}); extraction ${Date.now() - t0} ms`);
  const model = new Perceptron(labels, kept);
  return {
    rows: feats.map((s) => s.map((f) => model.rows(f))),
    gold: {
      iob2: sents.map((s) => s.tags.map((t) => Math.max(0, LABELS.iob2.indexOf(t)))),
      bilou: sents.map((s) => toBilou(s.tags).map((t) => Math.max(0, LABELS.bilou.indexOf(t)))),
    },
    kept, namesText: buildNames(sents), model,
  };
}

const SEEDS = Number(process.env.NER_SEEDS ?? 1);
// Cost-augmented training (NER_MARGIN > 0): each wrong label scores MARGIN more while training decodes.
const MARGIN = Number(process.env.NER_MARGIN ?? 0);
// NER_CRF_LR > 0: train each member as a linear-chain CRF (averaged SGD with this step) instead of a perceptron.
const CRF_LR = Number(process.env.NER_CRF_LR ?? 0);
const BOOT = Boolean(process.env.NER_BOOT);
// Regularisation by dropout while training (the decoder at run time sees every feature): each feature
// occurrence is left out with probability DROPOUT, and a word's identity features (w=, word pairs) with
// probability WORD_DROPOUT, fresh for every sentence in every epoch, so context, shape and cluster
// features learn to carry names the training data never shows.
const DROPOUT = Number(process.env.NER_DROPOUT ?? 0);
const WORD_DROPOUT = Number(process.env.NER_WORD_DROPOUT ?? 0);
const IDENTITY = /^(?:w=|w-1w=|ww\+1=)/;
// Feature bagging: the shipped weights are the mean of models that each leave out one feature group
// (e.g. 'all,id,gaz': one with every feature, one without word identities, one without gazetteer and
// seen-name features), so weaker groups learn what a strong one would otherwise explain alone.
const BAGS = (process.env.NER_BAGS ?? '').split(',').filter(Boolean);
const BAG_GROUPS: Record<string, RegExp> = {
  all: /^$/, id: IDENTITY, gaz: /^(?:g|n)(?:-1|\+1|-2)?=|^(?:gs|ns)=/, ctx: /^(?:w|lx|sh|c\d)(?:-1|\+1|-2|\+2)=|^s2\+1=/,
  affix: /^(?:p\d|s\d|len)=/,
};

function dropped(rows: Int32Array[], identity: Uint8Array, rand: () => number): Int32Array[] {
  if (!DROPOUT && !WORD_DROPOUT) return rows;
  return rows.map((r) => {
    const dropWord = WORD_DROPOUT > 0 && rand() < WORD_DROPOUT;
    return r.filter((f) => !(dropWord && identity[f]) && !(DROPOUT > 0 && rand() < DROPOUT));
  });
}

/** Mean of the weights of models that share one feature index. */
function meanOf(models: Perceptron[]): Perceptron {
  if (models.length === 1) return models[0];
  const m = models[0];
  for (const o of models.slice(1)) {
    for (let i = 0; i < m.w.length; i++) m.w[i] += o.w[i];
    for (let i = 0; i < m.trans.length; i++) m.trans[i] += o.trans[i];
  }
  for (let i = 0; i < m.w.length; i++) m.w[i] /= models.length;
  for (let i = 0; i < m.trans.length; i++) m.trans[i] /= models.length;
  return m;
}

/** Trains SEEDS perceptrons (one sentence order each) epoch by epoch; `after(epoch, averaged)` sees each
 * epoch's averaged weights, meaned over the seeds. */
function train(p: Prepared, epochs: number, seed: number, scheme: Scheme, view: string, after: (epoch: number, avg: Perceptron) => void): void {
  const gold = p.gold[scheme];
  const identity = new Uint8Array(p.kept.length);
  p.kept.forEach((f, i) => { if (IDENTITY.test(f)) identity[p.model.index.get(f)!] = 1; });
  const bags = view !== 'all' ? [view] : BAGS.length ? BAGS : Array.from({ length: SEEDS }, () => 'all');
  const runs = bags.map((bag, k) => {
    const group = BAG_GROUPS[bag];
    const rows = bag === 'all' ? p.rows : p.rows.map((s) => s.map((r) => r.filter((f) => !group.test(p.kept[f]))));
    const rand = mulberry32(seed + 1000 * k);
    // NER_BOOT: bagging, each member trains on a bootstrap resample of the sentences (member 0 on all)
    const order = BOOT && seed !== SEED ? p.rows.map(() => Math.floor(rand() * p.rows.length)) : p.rows.map((_, i) => i);
    return { rand, order, model: new Perceptron(LABELS[scheme], p.kept), rows };
  });
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const { rand, order, model, rows: bagRows } of runs) {
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
      let errors = 0;
      for (const k of order) {
        const rows = dropped(bagRows[k], identity, rand);
        if (CRF_LR) { model.crfUpdate(rows, gold[k], CRF_LR); model.tick(); continue; }
        const pred = MARGIN ? model.decodeWithCost(rows, gold[k], MARGIN) : model.decode(rows);
        if (pred.some((y, i) => y !== gold[k][i])) { errors++; model.update(rows, gold[k], pred); }
        model.tick();
      }
      console.log(`epoch ${epoch}: sentences with errors ${errors}`);
    }
    after(epoch, meanOf(runs.map((r) => r.model.averaged())));
  }
}

// 1. Train each member of the ensemble on train (member k: seed SEED + k, its own sentence orders);
// choose its epoch count and O penalty on dev.
const onTrain = prepare(trainSet);
const devNames = parseNames(onTrain.namesText);
const devRows = devSet.map((s) => sentenceFeatures(s.tokens, { gazetteer, lexicon, names: devNames, clusters }).map((f) => onTrain.model.rows(f)));
const devTags = (m: Perceptron): string[][] => devSet.map((_, i) => m.decode(devRows[i]).map((y) => m.iob2[y]));
function f1Of(tagLists: string[][]): number {
  const sc = new EntityScorer();
  devSet.forEach((s, i) => sc.addTags(s.tags, tagLists[i]));
  return sc.overall().f1;
}
const devF1 = (m: Perceptron): number => f1Of(devTags(m));
interface Member { seed: number; scheme: Scheme; view: string; epoch: number; penalty: number; f1: number; model: Perceptron }
const members: Member[] = [];
for (let k = 0; k < SCHEMES.length; k++) {
  const seed = SEED + k, scheme = SCHEMES[k], view = VIEWS[k];
  let best = { f1: -1, epoch: 0, model: onTrain.model };
  train(onTrain, MAX_EPOCHS, seed, scheme, view, (epoch, avg) => {
    const f1 = devF1(avg);
    console.log(`  dev F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > best.f1) best = { f1, epoch, model: avg };
  });
  // The tweet-trained model under-predicts entities: a penalty on O trades precision for recall.
  let bestPenalty = { penalty: 0, f1: best.f1 };
  for (const penalty of [0.5, 1, 1.5, 2, 3, 4, 6, 8, 10]) {
    best.model.oPenalty = penalty;
    const f1 = devF1(best.model);
    console.log(`O penalty ${penalty}: dev F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > bestPenalty.f1) bestPenalty = { penalty, f1 };
  }
  best.model.oPenalty = bestPenalty.penalty;
  members.push({ seed, scheme, view, epoch: best.epoch, penalty: bestPenalty.penalty, f1: bestPenalty.f1, model: best.model });
  console.log(`member ${k} (${scheme}${view === 'all' ? '' : ` without ${view}`}, seed ${seed}) chosen on dev: ${best.epoch} epochs, O penalty ${bestPenalty.penalty}, dev F1 ${(100 * bestPenalty.f1).toFixed(2)}`);
}
// 2. The votes a span needs in the ensemble (rasad ner --conll), chosen on dev.
const memberDevTags = members.map((m) => devTags(m.model));
let minVotes = 1, voteF1 = members[0].f1;
if (members.length > 1) {
  voteF1 = -1;
  for (let need = 1; need <= members.length; need++) {
    const f1 = f1Of(devSet.map((s, i) => spansToTags(s.tokens.length, voteSpans(memberDevTags.map((t) => t[i]), need))));
    console.log(`ensemble of ${members.length}, span in >= ${need}: dev F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > voteF1) { voteF1 = f1; minVotes = need; }
  }
}
console.log(`chosen on dev: shipped model (member 0) dev F1 ${(100 * members[0].f1).toFixed(2)}; ensemble of ${members.length}, >= ${minVotes} votes, dev F1 ${(100 * voteF1).toFixed(2)}`);
if (process.env.NER_NO_WRITE) { // experiments: dev figures only
  const sc = new EntityScorer();
  devSet.forEach((s, i) => sc.addTags(s.tags, memberDevTags[0][i]));
  console.log(sc.report());
  if (process.env.NER_DEV_ERRORS) devSet.forEach((s, i) => {
    const pred = memberDevTags[0][i];
    if (pred.some((t, k) => t !== s.tags[k])) console.log(s.tokens.map((w, k) => (s.tags[k] === pred[k] ? w : `${w}[${s.tags[k]}/${pred[k]}]`)).join(' '));
  });
  process.exit(0);
}

// 3. The shipped models: each member with its settings, trained on train + dev (never test).
let namesText = onTrain.namesText;
const finals = members.map((m) => m.model);
if (!process.env.NER_TRAIN_ONLY) {
  const all = prepare([...trainSet, ...devSet]);
  members.forEach((m, k) => train(all, m.epoch, m.seed, m.scheme, m.view, (epoch, avg) => { if (epoch === m.epoch) finals[k] = avg; }));
  namesText = all.namesText;
}
const trainedOn = process.env.NER_TRAIN_ONLY ? 'ParsTwiNER train (MIT)' : 'ParsTwiNER train + dev (MIT)';
const dataOf = (k: number): ModelData => {
  const m = members[k];
  finals[k].oPenalty = m.penalty;
  return finals[k].toData({
    oPenalty: m.penalty, trainedOn, tunedOn: 'ParsTwiNER dev (model trained on train)', scheme: m.scheme, view: m.view, epochs: m.epoch,
    devF1: +(100 * m.f1).toFixed(2), seed: m.seed, seeds: SEEDS, bags: BAGS, dropout: DROPOUT, wordDropout: WORD_DROPOUT,
  });
};
// NER_OUT=dir: write elsewhere (with NER_TRAIN_ONLY, models to score dev with: eval/ner.eval.ts --dev dir)
const outDir = process.env.NER_OUT ? new URL(`file://${process.env.NER_OUT.replace(/\/?$/, '/')}`) : new URL('../models/', import.meta.url);
mkdirSync(outDir, { recursive: true }); // NER_OUT may name a folder that does not exist yet
const data = dataOf(0);
writeFileSync(new URL('ner.json', outDir), JSON.stringify(data));
writeFileSync(new URL('ner-ensemble.json', outDir), JSON.stringify({
  minVotes, devF1: +(100 * voteF1).toFixed(2), note: 'members 1.. of the rasad ner --conll ensemble; member 0 is ner.json',
  members: members.slice(1).map((_, k) => dataOf(k + 1)),
}));
writeFileSync(new URL('ner-names.tsv', outDir), namesText);
console.log(`wrote ${outDir.pathname}ner.json (${Object.keys(data.weights).length} features), ner-ensemble.json (${members.length - 1} more members) and ner-names.tsv, ${Date.now() - t0} ms`);
