// The CoNLL 2018 shared-task evaluation (conll18_ud_eval.py) for tokens, words and sentences:
// spans over the text with whitespace removed, words of multi-word tokens aligned by LCS of their forms.

export interface Span { start: number; end: number }
export interface UdWord { span: Span; form: string; multiword: boolean }
export interface UdFile { chars: string; tokens: Span[]; words: UdWord[]; sentences: Span[] }

const ZS = /\p{Zs}/gu;

export function loadConllu(text: string): UdFile {
  const chars: string[] = [];
  const tokens: Span[] = [], words: UdWord[] = [], sentences: Span[] = [];
  let index = 0, sentStart = -1, mwtEnd = 0, mwtSpan: Span | null = null;
  const lines = text.split('\n');
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (line === '') {
      if (sentStart >= 0) { sentences.push({ start: sentStart, end: index }); sentStart = -1; }
      continue;
    }
    if (line.startsWith('#')) continue;
    if (sentStart < 0) sentStart = index;
    const cols = line.split('\t');
    const id = cols[0];
    if (id.includes('.')) continue; // empty nodes
    const form = cols[1].replace(ZS, '');
    if (id.includes('-')) {
      const [a, b] = id.split('-').map(Number);
      mwtSpan = { start: index, end: index + form.length };
      mwtEnd = b;
      void a;
      chars.push(form);
      index += form.length;
      tokens.push(mwtSpan);
      continue;
    }
    const n = Number(id);
    if (mwtSpan && n <= mwtEnd) {
      words.push({ span: mwtSpan, form, multiword: true });
      if (n === mwtEnd) mwtSpan = null;
      continue;
    }
    const span = { start: index, end: index + form.length };
    chars.push(form);
    index += form.length;
    tokens.push(span);
    words.push({ span, form, multiword: false });
  }
  if (sentStart >= 0) sentences.push({ start: sentStart, end: index });
  return { chars: chars.join(''), tokens, words, sentences };
}

export interface Score { precision: number; recall: number; f1: number; correct: number; gold: number; system: number }

function score(correct: number, gold: number, system: number): Score {
  const precision = system ? correct / system : 0, recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, correct, gold, system };
}

export function spansScore(gold: Span[], system: Span[]): Score & { missed: Span[]; extra: Span[] } {
  let gi = 0, si = 0, correct = 0;
  const missed: Span[] = [], extra: Span[] = [];
  while (gi < gold.length && si < system.length) {
    const g = gold[gi], s = system[si];
    if (s.start < g.start) { extra.push(s); si++; } else if (g.start < s.start) { missed.push(g); gi++; } else {
      if (g.end === s.end) correct++; else { missed.push(g); extra.push(s); }
      gi++; si++;
    }
  }
  while (gi < gold.length) missed.push(gold[gi++]);
  while (si < system.length) extra.push(system[si++]);
  return { ...score(correct, gold.length, system.length), missed, extra };
}

function beyondEnd(words: UdWord[], i: number, end: number): boolean {
  if (i >= words.length) return true;
  return words[i].multiword ? words[i].span.start >= end : words[i].span.end > end;
}

function extendEnd(w: UdWord, end: number): number {
  return w.multiword && w.span.end > end ? w.span.end : end;
}

export function wordsScore(gold: UdWord[], system: UdWord[]): Score {
  let gi = 0, si = 0, aligned = 0;
  while (gi < gold.length && si < system.length) {
    if (gold[gi].multiword || system[si].multiword) {
      let end: number;
      if (gold[gi].multiword) {
        end = gold[gi].span.end;
        if (!system[si].multiword && system[si].span.start < gold[gi].span.start) si++;
      } else {
        end = system[si].span.end;
        if (!gold[gi].multiword && gold[gi].span.start < system[si].span.start) gi++;
      }
      const gs = gi, ss = si;
      while (!beyondEnd(gold, gi, end) || !beyondEnd(system, si, end)) {
        if (gi < gold.length && (si >= system.length || gold[gi].span.start <= system[si].span.start)) { end = extendEnd(gold[gi], end); gi++; } else { end = extendEnd(system[si], end); si++; }
      }
      if (si > ss && gi > gs) {
        const G = gi - gs, S = si - ss;
        const lcs = Array.from({ length: G + 1 }, () => new Int32Array(S + 1));
        const eq = (g: number, s: number): boolean => gold[gs + g].form.toLowerCase() === system[ss + s].form.toLowerCase();
        for (let g = G - 1; g >= 0; g--) for (let s = S - 1; s >= 0; s--) {
          let v = eq(g, s) ? 1 + lcs[g + 1][s + 1] : 0;
          v = Math.max(v, lcs[g + 1][s], lcs[g][s + 1]);
          lcs[g][s] = v;
        }
        let g = 0, s = 0;
        while (g < G && s < S) {
          if (eq(g, s)) { aligned++; g++; s++; } else if (lcs[g][s] === lcs[g + 1][s]) g++; else s++;
        }
      }
    } else {
      const g = gold[gi].span, s = system[si].span;
      if (g.start === s.start && g.end === s.end) { aligned++; gi++; si++; } else if (g.start <= s.start) gi++; else si++;
    }
  }
  return score(aligned, gold.length, system.length);
}

export interface Evaluation { tokens: Score & { missed: Span[]; extra: Span[] }; words: Score; sentences: Score & { missed: Span[]; extra: Span[] } }

export function evaluate(goldText: string, systemText: string): Evaluation {
  const gold = loadConllu(goldText), system = loadConllu(systemText);
  if (gold.chars !== system.chars) {
    let i = 0;
    while (i < gold.chars.length && gold.chars[i] === system.chars[i]) i++;
    throw new Error(`text mismatch at character ${i}: gold "${gold.chars.slice(i, i + 20)}" vs system "${system.chars.slice(i, i + 20)}"`);
  }
  return { tokens: spansScore(gold.tokens, system.tokens), words: wordsScore(gold.words, system.words), sentences: spansScore(gold.sentences, system.sentences) };
}
