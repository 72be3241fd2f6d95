// Fills UPOS, XPOS, FEATS and LEMMA of a CoNLL-U text, keeping its tokens, words, multi-word token
// ranges, comments and the other columns as they are.
import { normalize } from '../text/index.ts';
import { lemmaAsWritten, tagWords } from './index.ts';

export function tagConllu(input: string, name = 'input'): string {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let block: { cols: string[] | null; line: string }[] = [];
  const flush = (): void => {
    const words = block.filter((b) => b.cols !== null) as { cols: string[]; line: string }[];
    const forms = words.map((b) => normalize(b.cols[1] === '_' ? '' : b.cols[1]).text || b.cols[1]);
    const t = tagWords(forms);
    words.forEach((b, i) => {
      b.cols[2] = lemmaAsWritten(b.cols[1], forms[i], t.lemma[i] || b.cols[1]);
      b.cols[3] = t.upos[i];
      b.cols[4] = t.xpos[i] || '_';
      b.cols[5] = t.feats[i] || '_';
    });
    for (const b of block) out.push(b.cols ? b.cols.join('\t') : b.line);
    block = [];
  };
  lines.forEach((line, n) => {
    if (line.trim() === '') { flush(); out.push(line); return; }
    if (line.startsWith('#')) { block.push({ cols: null, line }); return; }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`${name}: line ${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    // multi-word token ranges (3-4) and empty nodes (5.1) pass through untouched
    block.push({ cols: /^\d+$/.test(cols[0]) ? cols : null, line });
  });
  flush();
  if (out.length && out[out.length - 1] !== '') out.push('');
  return out.join('\n').replace(/\n+$/, '\n');
}
