// Property tests of the offset map: on random and real text, every token maps back to its own source
// characters, and the CoNLL-U FORMs together are the input without its whitespace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeText, toConllu, normalize, UD_OPTIONS } from './index.ts';
import type { AnalyzeTextOptions } from './index.ts';

/** Token FORMs of a CoNLL-U text: range lines, and word lines outside ranges. */
function tokenForms(conllu: string): string[] {
  const forms: string[] = [];
  let rangeEnd = 0;
  for (const line of conllu.split('\n')) {
    if (!/^\d/.test(line)) { if (line === '') rangeEnd = 0; continue; }
    const [id, form] = line.split('\t');
    if (id.includes('-')) { rangeEnd = Number(id.split('-')[1]); forms.push(form); continue; }
    if (Number(id) > rangeEnd) forms.push(form);
  }
  return forms;
}

// Deterministic generator (mulberry32) over an alphabet of the characters the normalizer rewrites.
function rng(seed: number): () => number {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const LETTERS = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀأإؤئآ'.split('');
const INSIDE = ['\u200c', '\u200c\u200c', '\u064e', '\u0650', '\u0651', '\u0640', '\u200e', '\u200f', '\u0654', 'ﻻ', 'ﻛ', '\u0000', '\u0007'];
const WORDS = ['می', 'نمی', 'ها', 'های', 'ترین', 'ای', 'ی', 'کتابش', 'مرا', 'خانواده‌اش', 'پرورش', '۴٫۸', '4.8', '1,000', '۱۴۰۵/۰۸/۲۴', 'ق.م', 'https://x.ir/a?b=1', 'a@b.io', '#تگ', '😀', 'COVID-19', 'Hello'];
const PUNCT = ['.', '،', '!', '؟', '?', '…', '...', '«', '»', '"', '(', ')', ':', '-', ',', ';'];
const SPACES = [' ', '  ', '\n', '\n\n', '\u00a0', '\u2009', ' \u200c ', '\t'];

function randomText(next: () => number, words: number): string {
  const pick = <T>(a: T[]): T => a[Math.floor(next() * a.length)];
  let s = '';
  for (let w = 0; w < words; w++) {
    const r = next();
    if (r < 0.3) s += pick(WORDS);
    else if (r < 0.45) s += pick(PUNCT);
    else {
      const len = 1 + Math.floor(next() * 7);
      for (let i = 0; i < len; i++) { s += pick(LETTERS); if (i < len - 1 && next() < 0.15) s += pick(INSIDE); }
    }
    if (next() < 0.8) s += pick(SPACES); else if (next() < 0.5) s += pick(PUNCT);
  }
  return s;
}

// digits keep their script inside runs with Latin letters (#تگCOVID-19), so compare digits by value
const contextFree = (s: string): string => s.replace(/\u200c/g, '').replace(/[«»]/g, '"').replace(/؟/g, '?').replace(/،/g, ',').replace(/؛/g, ';')
  .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/٫/g, '.');

function checkDoc(input: string, opts: AnalyzeTextOptions): void {
  const doc = analyzeText(input, opts);
  const m = doc.toOriginal;
  assert.equal(m.length, doc.text.length + 1);
  for (let i = 1; i < m.length; i++) if (m[i] < m[i - 1]) assert.fail(`map decreases at ${i} in ${JSON.stringify(input)}`);
  for (const t of doc.tokens()) {
    const orig = t.originalText;
    if (orig.length === 0) assert.fail(`empty source span for token ${JSON.stringify(t.text)} in ${JSON.stringify(input)}`);
    // (joining affixes written apart, «می کنم» → «می‌کنم», makes tokens across a space by design)
    if (opts.normalize?.joinSpaced === false && /[ \n\t\u00a0\u2009]/.test(orig)) assert.fail(`source span ${JSON.stringify(orig)} of ${JSON.stringify(t.text)} has whitespace in ${JSON.stringify(input)}`);
    // the token's source characters normalize (alone) to the token, up to context-dependent fixes
    // (ZWNJ, which quote a straight quote becomes, Persian or Latin question mark and comma)
    const again = contextFree(normalize(orig, opts.normalize).text);
    if (again !== contextFree(t.text)) assert.equal(again, contextFree(t.text), `token ${JSON.stringify(t.text)} from ${JSON.stringify(orig)} in ${JSON.stringify(input)}`);
  }
  if (opts.normalize?.joinSpaced !== false) return; // CoNLL-U is written in UD mode
  const forms = tokenForms(toConllu(doc)).join('');
  // an invisible character standing alone between spaces (« \u200c ») belongs to no token: it counts as whitespace
  const visible = input.replace(/(?<=^|[\s\u00a0\u2009])[\u200c\u200e\u200f\u0000\u0007]+(?=[\s\u00a0\u2009]|$)/g, '');
  assert.equal(forms.replace(/\u00a0/g, ''), visible.replace(/[\s\u00a0\u2009]/g, ''), `FORMs of ${JSON.stringify(input)}`);
}

test('random text: token source spans and CoNLL-U FORMs round-trip', () => {
  const next = rng(20261124);
  for (let i = 0; i < 300; i++) {
    const input = randomText(next, 1 + Math.floor(next() * 25));
    checkDoc(input, UD_OPTIONS);
    checkDoc(input, {});
  }
});

test('real text (UD Persian PerDT dev, first 300 sentences): spans round-trip', () => {
  let conllu = '';
  try { conllu = readFileSync(new URL('../../../shared/corpora/ud-persian-perdt/fa_perdt-ud-dev.conllu', import.meta.url), 'utf8'); } catch { /* corpus not present */ }
  const texts = conllu.split('\n').filter((l) => l.startsWith('# text = ')).slice(0, 300).map((l) => l.slice(9));
  if (texts.length === 0) return;
  checkDoc(texts.join(' '), UD_OPTIONS);
  checkDoc(texts.join('\n'), {});
});
