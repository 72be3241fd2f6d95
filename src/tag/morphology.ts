// XPOS and FEATS as UD PerDT writes them: what the training data showed for the form and tag, else a
// default XPOS for the tag and FEATS read off the form (plural nouns; person, number, tense, polarity of verbs).
import { seenTags } from '../morph/index.ts';

const DEFAULT_XPOS: Record<string, string> = {
  NOUN: 'N_IANM', PROPN: 'N_IANM', ADJ: 'ADJ_AJP', ADV: 'ADV_SADV', VERB: 'V_ACT', AUX: 'AUX', ADP: 'PREP',
  PUNCT: 'PUNC', CCONJ: 'CONJ', SCONJ: 'SUBR', PRON: 'PR_SEPER', DET: 'PREM_DEMAJ', NUM: 'PRENUM',
  INTJ: 'PSUS', PART: 'PART', SYM: 'PUNC', X: 'N_IANM',
};

const PLURAL = /(ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان|ان|انی|ات|اتی|ین)$/;
const PERSON: [RegExp, string][] = [
  [/(یم|ایم)$/, 'Number=Plur|Person=1'], [/(ید|اید)$/, 'Number=Plur|Person=2'], [/(ند|اند)$/, 'Number=Plur|Person=3'],
  [/(م|ام)$/, 'Number=Sing|Person=1'], [/(ی|ای)$/, 'Number=Sing|Person=2'],
];

function verbFeats(form: string, lemma: string): string {
  const f: string[] = [];
  const w = form.replace(/\u200c/g, '');
  let person = 'Number=Sing|Person=3';
  for (const [re, p] of PERSON) if (re.test(w) && !w.endsWith(lemma)) { person = p; break; }
  f.push(person);
  if (/^ن/.test(w) && !lemma.startsWith('ن')) f.push('Polarity=Neg');
  const participle = /ه(ام|ای|است|ایم|اید|اند)?$/.test(w) && !lemma.endsWith('ه');
  const past = w.includes(lemma);
  if (!participle) f.push(past ? 'Tense=Past' : 'Tense=Pres');
  if (participle) f.push('VerbForm=Part');
  f.push('Voice=Act');
  return f.sort().join('|');
}

export function xposAndFeats(form: string, upos: string, lemma: string): { xpos: string; feats: string } {
  const seen = seenTags(form, upos);
  if (seen) return seen;
  let xpos = DEFAULT_XPOS[upos] ?? '';
  const bare = form.replace(/\u200c/g, '');
  // Plurals in ان name people (دانشجویان, نمایندگان): PerDT's animate nouns.
  if ((upos === 'NOUN' || upos === 'PROPN') && lemma !== form && /ان$/.test(bare) && !/ان$/.test(lemma)) xpos = 'N_ANM';
  if (upos === 'ADJ' && /ترین$/.test(bare) && lemma !== form) xpos = 'ADJ_AJSUP';
  else if (upos === 'ADJ' && /تر$/.test(bare) && lemma !== form) xpos = 'ADJ_AJCM';
  let feats = '';
  if (upos === 'NOUN' || upos === 'PROPN') {
    // a plural suffix that the lemma lacks, or a broken plural (اطراف -> طرف: the lemma is not a prefix)
    const plural = /\u200cها/.test(form) || (lemma !== form && (PLURAL.test(bare) || !bare.startsWith(lemma.replace(/\u200c/g, ''))));
    feats = plural ? 'Number=Plur' : 'Number=Sing';
  }
  else if (upos === 'VERB') feats = verbFeats(form, lemma);
  return { xpos, feats };
}
