// CoNLL-U output of a Doc: FORM is the input's own characters (the original span of the token or word),
// the normalized form goes to MISC as Norm= when it differs, SpaceAfter=No where the input has no
// whitespace after a token, multi-word tokens as ID ranges (a-b).
import type { Doc } from '../doc.ts';
import { UPOS } from '../doc.ts';
import { isBlank } from './chars.ts';

export interface ConlluOptions {
  /** number of the first sentence in `# sent_id` (for streamed chunks); default 1 */
  firstSentence?: number;
  /** prefix of `# sent_id` values; default "s" */
  idPrefix?: string;
}


// FORM may not contain spaces or tabs in CoNLL-U; a token never spans whitespace, but an invisible
// character we dropped (direction mark, BOM) can sit inside its span: keep it, it is the input's own.
const NEEDS_ESCAPE = /[\t\n\r ]/;
function field(s: string): string {
  if (s === '') return '_';
  return NEEDS_ESCAPE.test(s) ? s.replace(/[\t\n\r]/g, ' ').replace(/ /g, '\u00a0') : s;
}

export function toConllu(doc: Doc, opts: ConlluOptions = {}): string {
  const { original, text, toOriginal } = doc;
  const prefix = opts.idPrefix ?? 's';
  let sentNo = opts.firstSentence ?? 1;
  const out: string[] = [];
  const { from, to } = originalTokenSpans(doc);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const t0 = doc.sentenceStart[s], t1 = doc.sentenceEnd[s];
    if (t1 <= t0) continue;
    const sentText = original.slice(from[t0], to[t1 - 1]).replace(/\s+/g, ' ');
    out.push(`# sent_id = ${prefix}${sentNo++}`, `# text = ${sentText}`);
    let id = 1;
    for (let t = t0; t < t1; t++) {
      const ts = doc.tokenStart[t], te = doc.tokenEnd[t];
      const oEnd = to[t];
      const spaceAfter = oEnd >= original.length || isBlank(original.charCodeAt(oEnd));
      const w0 = doc.tokenWord[t], w1 = doc.tokenWord[t + 1];
      const form = original.slice(from[t], oEnd);
      if (w1 - w0 > 1) {
        const misc = misc3(text.slice(ts, te), form, spaceAfter);
        out.push(`${id}-${id + w1 - w0 - 1}\t${field(form)}\t_\t_\t_\t_\t_\t_\t_\t${misc}`);
        for (let w = w0; w < w1; w++) {
          // the token's first and last words take the token's (extended) original edges
          const a = w === w0 ? from[t] : toOriginal[doc.wordStart[w]];
          const b = w === w1 - 1 ? oEnd : toOriginal[doc.wordEnd[w]];
          out.push(wordLine(doc, w, id++, true, original.slice(a, b)));
        }
      } else {
        out.push(wordLine(doc, w0, id++, spaceAfter, form));
      }
    }
    out.push('');
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/**
 * Original span of every token, widened over characters the normalizer dropped (a ZWNJ at a word edge,
 * a direction mark, kashida at the end): a dropped run glued to a token joins it, so the FORMs together
 * hold every non-whitespace character of the input.
 */
export function originalTokenSpans(doc: Doc): { from: Int32Array; to: Int32Array } {
  const { original } = doc;
  const n = doc.tokenCount;
  const from = new Int32Array(n), to = new Int32Array(n);
  for (let t = 0; t < n; t++) { const o = doc.originalSpan(doc.tokenStart[t], doc.tokenEnd[t]); from[t] = o.start; to[t] = o.end; }
  for (let t = 0; t <= n; t++) {
    const gapStart = t > 0 ? to[t - 1] : 0, gapEnd = t < n ? from[t] : original.length;
    let p = gapStart;
    while (p < gapEnd && !isBlank(original.charCodeAt(p))) p++;
    if (t > 0) to[t - 1] = p;
    if (t === n) break;
    let q = gapEnd;
    while (q > p && !isBlank(original.charCodeAt(q - 1))) q--;
    from[t] = q;
  }
  return { from, to };
}

function misc3(norm: string, form: string, spaceAfter: boolean): string {
  const n = norm !== form ? `Norm=${field(norm)}` : '';
  if (spaceAfter) return n || '_';
  return n ? `${n}|SpaceAfter=No` : 'SpaceAfter=No';
}

function wordLine(doc: Doc, w: number, id: number, spaceAfter: boolean, origForm: string): string {
  const form = origForm || doc.wordForm[w];
  const u = doc.upos[w];
  const upos = u === 255 ? '_' : UPOS[u];
  return `${id}\t${field(form)}\t${field(doc.lemma[w])}\t${upos}\t${field(doc.xpos[w])}\t${field(doc.feats[w])}\t_\t_\t_\t${misc3(doc.wordForm[w], form, spaceAfter)}`;
}
