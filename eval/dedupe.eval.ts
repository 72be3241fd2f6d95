// Near-duplicate evaluation: labelled story pairs over the semnan corpus (test/gold/news/dedupe-pairs.json)
// plus random negatives. Reports pairwise precision/recall of `similarity >= threshold` at the product's
// threshold and a sweep, and whether LSH clustering puts each true pair in one cluster.
//   node eval/dedupe.eval.ts
import { readFileSync } from 'node:fs';
import { fingerprintSource, similarity, clusterDuplicates, DUPLICATE_THRESHOLD } from '../src/news/index.ts';
import { sourceOf, ROOT } from './news-gold.ts';

interface Pair { a: number; b: number; kind?: string }
const data = JSON.parse(readFileSync(new URL('test/gold/news/dedupe-pairs.json', ROOT), 'utf8')) as { same: Pair[]; different: Pair[] };

const fps = new Map<number, string>();
const words = new Map<number, Set<string>>();
for (let id = 1; id <= 221; id++) {
  const src = sourceOf(`semnan:${id}`);
  if ('error' in src) continue;
  fps.set(id, fingerprintSource(src));
  words.set(id, new Set(`${src.headline ?? ''} ${src.body}`.split(/[\s\u200C]+/).filter((w) => w.length > 2)));
}

// Random negatives: a fixed-seed sample of pairs with little word overlap (so they are surely other events).
let seed = 12345;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const labelled = new Set([...data.same, ...data.different].map((p) => `${Math.min(p.a, p.b)}-${Math.max(p.a, p.b)}`));
const randomNeg: Pair[] = [];
while (randomNeg.length < 300) {
  const a = 1 + Math.floor(rand() * 221), b = 1 + Math.floor(rand() * 221);
  if (a === b || labelled.has(`${Math.min(a, b)}-${Math.max(a, b)}`)) continue;
  const wa = words.get(a), wb = words.get(b);
  if (!wa || !wb) continue;
  const inter = [...wa].filter((w) => wb.has(w)).length;
  if (inter / (wa.size + wb.size - inter) >= 0.1) continue;
  labelled.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
  randomNeg.push({ a, b });
}

const score = (p: Pair) => similarity(fps.get(p.a) ?? '', fps.get(p.b) ?? '');
const pos = data.same.map((p) => ({ ...p, s: score(p) }));
const neg = [...data.different, ...randomNeg].map((p) => ({ ...p, s: score(p) }));

function pr(t: number, positives = pos) {
  const tp = positives.filter((p) => p.s >= t).length;
  const fp = neg.filter((p) => p.s >= t).length;
  return { p: tp + fp ? tp / (tp + fp) : 1, r: tp / positives.length, tp, fp };
}

console.log(`near-duplicates: ${pos.length} same-story pairs (${pos.filter((p) => p.kind === 'rewrite').length} rewrites, ${pos.filter((p) => p.kind === 'copy').length} copies), ${data.different.length} hard + ${randomNeg.length} random different pairs`);
const at = pr(DUPLICATE_THRESHOLD);
const rw = pr(DUPLICATE_THRESHOLD, pos.filter((p) => p.kind === 'rewrite'));
console.log(`  threshold ${DUPLICATE_THRESHOLD}: precision ${(100 * at.p).toFixed(1)}%  recall ${(100 * at.r).toFixed(1)}%  (rewrites: recall ${(100 * rw.r).toFixed(1)}%)  tp ${at.tp} fp ${at.fp}`);
console.log('  sweep: ' + [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5].map((t) => { const x = pr(t); return `${t}: P ${(100 * x.p).toFixed(0)} R ${(100 * x.r).toFixed(0)}`; }).join(' | '));
const hardMax = Math.max(...data.different.map((p) => score(p)));
console.log(`  highest similarity among hard negatives: ${hardMax.toFixed(3)}; lowest among same-story pairs: ${Math.min(...pos.map((p) => p.s)).toFixed(3)}`);
const clusters = clusterDuplicates([...fps].map(([id, fingerprint]) => ({ id: String(id), fingerprint })));
const together = pos.filter((p) => clusters.some((c) => c.ids.includes(String(p.a)) && c.ids.includes(String(p.b)))).length;
console.log(`  LSH clustering of all 221 records: ${clusters.length} clusters; ${together}/${pos.length} same-story pairs share a cluster`);
