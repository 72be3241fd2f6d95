// The statistical NER tagger: features + averaged structured perceptron, model loaded once from
// models/ner.json (trained by train/ner.ts on ParsTwiNER train, MIT).
import { readFileSync } from 'node:fs';
import { Perceptron, type ModelData } from './perceptron.ts';
import { sentenceFeatures, type FeatureResources } from './features.ts';
import { loadGazetteer, loadLexicon } from './gazetteer.ts';
import { loadNames } from './names.ts';

let model: Perceptron | null = null;
let resources: FeatureResources | null = null;

export function parseClusters(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    out.set(cols[0], cols.slice(1));
  }
  return out;
}

export function loadResources(): FeatureResources {
  resources ??= {
    gazetteer: loadGazetteer(), lexicon: loadLexicon(), names: loadNames(),
    clusters: parseClusters(readFileSync(new URL('../../models/ner-clusters.tsv', import.meta.url), 'utf8')),
  };
  return resources;
}

export function loadModel(): Perceptron {
  model ??= Perceptron.fromData(JSON.parse(readFileSync(new URL('../../models/ner.json', import.meta.url), 'utf8')) as ModelData);
  return model;
}

/** IOB2 tags (ParsTwiNER types: PER LOC ORG NAT EVE POG) for one sentence of normalized words;
 * `forced` pins tags at some positions (e.g. B-ORG on an organization head word) and lets the model
 * choose the rest, so it decides where the name ends. */
export function tagWords(words: readonly string[], forced?: ReadonlyMap<number, string>, m: Perceptron = loadModel()): string[] {
  return sentenceTagger(words, m)(forced);
}

/** Features computed once; decode as often as needed with different pins. */
export function sentenceTagger(words: readonly string[], m: Perceptron = loadModel()): (forced?: ReadonlyMap<number, string>) => string[] {
  if (!words.length) return () => [];
  const rows = sentenceFeatures(words, loadResources()).map((f) => m.rows(f));
  return (forced) => {
    const pins = forced ? new Map([...forced].map(([i, t]) => [i, Math.max(0, m.labels.indexOf(t))])) : undefined;
    return m.decode(rows, pins).map((y) => m.labels[y]);
  };
}
