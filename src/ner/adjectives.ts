// Relational adjectives taken as surnames (QA S3 Q5). Persian makes an adjective of a noun or a name with
// «ی» («حسین» → «حسینی»: of Hussein; «خانواده» → «خانوادگی»; «فکر» → «فکری»), and the same words are common
// surnames. Right after a common noun in ezafe, with no first name, title or honorific, the word modifies
// that noun («فرهنگ حسینی»، «عزای حسینی»، «گل محمدی»، «آثار باستانی»): a surname standing alone there names
// a person only when the article has already named that person in full, or the word is a listed person's
// surname («اظهارات روحانی»), or a title or verb of speech/action follows it («حضور نوری رئیس …»).
import type { ResolvedSpan } from './resolve.ts';
import { loadResources } from './tagger.ts';
import { ruleWords, isFunctionWord } from './rules.ts';

/** Parts of speech (hazm lexicon) that make the word before a noun something other than a common noun. */
const NOT_NOUN = /\b(?:P|PRO|CONJ|DET|POSTP|NUM|V)\b/;

/** The noun or name the adjective is made from: «حسینی» → «حسین»، «خانوادگی» → «خانواده»، «منطقه‌ای» → «منطقه». */
function adjectiveBase(w: string): string | undefined {
  if (w.endsWith('\u200cای')) return w.slice(0, -3);
  if (/[^ی]گی$/.test(w)) return w.slice(0, -2) + 'ه';
  if (/[^یو]ی$/.test(w)) return w.slice(0, -1);
  return undefined;
}

/** Is `w` an adjective made with «ی»? A lexicon word must be listed as an adjective (AJ: «حسینی»، «باستانی»;
 * not «سعدی» or «کندی», names only); an unlisted one must be made from a common word that is no given name
 * («فکری»، «تورمی»; not «هاشمی»، «اکبری»). */
function relationalAdjective(w: string): boolean {
  const base = adjectiveBase(w);
  if (!base || base.length < 2) return false;
  const { lexicon, names, gazetteer } = loadResources();
  const listed = lexicon.get(w);
  if (gazetteer.isGivenName(w)) return false; // «هاشمی» opens «هاشمی رفسنجانی»
  if (listed) return listed.split('|')[1].split(',').includes('AJ');
  return lexicon.has(base) && !gazetteer.isGivenName(base) && !names!.lookup(base).some((e) => e.type === 'PER');
}

/** A common noun the adjective can modify: a lexicon noun that is no title, honorific, name or function word. */
function commonNounBefore(w: string | undefined, before: string | undefined): boolean {
  if (!w || isFunctionWord(w) || !/^[\p{L}\u200c]+$/u.test(w)) return false;
  const { lexicon, gazetteer, names } = loadResources();
  // the ezafe after a vowel is written «ی» («عزای»، «فضای»), sometimes after a ZWNJ («خانه‌ی»)
  const noun = lexicon.has(w) ? w : w.replace(/(?<=[اوه])\u200c?ی$/, '');
  const pos = lexicon.get(noun)?.split('|')[1];
  if (!pos || !pos.split(',').includes('N') || NOT_NOUN.test(pos)) return false;
  const titled = (phrase: string): boolean => gazetteer.lookup(phrase).some((e) => e.type === 'TITLE' || e.type === 'HON' || e.type === 'PER');
  if (titled(w) || (before && titled(`${before} ${w}`))) return false; // «آیت الله طاهری»
  return !names!.lookup(w).some((e) => e.type === 'PER');
}

/** Drops one-word person spans that are relational adjectives after a common noun (see the module note). */
export function dropRelationalAdjectives(items: { span: ResolvedSpan; sentence: number }[], sentenceTokens: readonly string[][]): void {
  const { gazetteer } = loadResources();
  const rw = ruleWords();
  const surnames = new Set<string>();
  for (const { span } of items) {
    const parts = span.type === 'PER' && !span.nominal && span.name ? span.name.split(' ') : [];
    if (parts.length >= 2) surnames.add(parts[parts.length - 1]);
  }
  for (let k = items.length - 1; k >= 0; k--) {
    const { span, sentence } = items[k];
    if (span.type !== 'PER' || span.source !== 'model' || span.end - span.start !== 1 || span.entry?.type === 'PER') continue;
    const tokens = sentenceTokens[sentence];
    const word = tokens[span.start];
    if (surnames.has(word) || !relationalAdjective(word) || !commonNounBefore(tokens[span.start - 1], tokens[span.start - 2])) continue;
    if (gazetteer.personBySurname(word)) continue;
    const next = (tokens[span.end] ?? '').replace(/\u200c(?:اند|است)$/, ''); // «گفته‌اند»
    if (rw.actingVerbs.has(next) || gazetteer.lookup(next).some((e) => e.type === 'TITLE')) continue;
    items.splice(k, 1);
  }
}
