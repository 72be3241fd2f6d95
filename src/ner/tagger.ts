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

/** IOB2 tags (ParsTwiNER types: PER LOC ORG NAT EVE POG) for one sentence of normalized words. */
export function tagWords(words: readonly string[], m: Perceptron = loadModel()): string[] {
  if (!words.length) return [];
  const feats = sentenceFeatures(words, loadResources());
  return m.decode(feats.map((f) => m.rows(f))).map((y) => m.labels[y]);
}
