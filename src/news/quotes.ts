// Quotes: who said what. Direct speech («…», or after «گفت:»), indirect speech («X گفت که …»,
// «به گفته X، …», «X با بیان اینکه …، افزود»), the speaker after the quote («…»، X گفت.), and pronoun
// speakers («وی افزود:») resolved to the previous speaker. Speakers come from the entity mentions
// (PER/ORG, then LOC/NAT as state actors) when one sits in the subject; else the subject noun phrase.
import { readFileSync } from 'node:fs';
import type { Doc } from '../doc.ts';
import type { EntityMention, Party, Quote } from '../article.ts';
import { foldKey } from './fold.ts';
import { attributionEnd } from './attribution.ts';

interface SpeechData { verbs: string[]; pronouns: string[]; prepositions: string[]; subjectStops: string[]; titles: string[]; nonSubjects: string[] }
const data: SpeechData = JSON.parse(readFileSync(new URL('./data/speech.json', import.meta.url), 'utf8'));

const SP = '[\\s\\u200C]*';
const L = '\\p{L}\\p{M}\\u200C';
const verbAlt = [...data.verbs].sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/[أ]/g, '[اأ]').split(/\s+/).join(SP).replace(/ی/g, '[یي]').replace(/ک/g, '[کك]'))
  .map((v) => `${v}(?:ند)?(?:ه${SP}است|ه${SP}بود)?`).join('|');
/** «… و افزود: …»: a second speech act inside a quote's sentence (compiled once: it is long) */
const SECOND_SPEECH = new RegExp(`\\s+و\\s+(?:${verbAlt})\\s*:`, 'u');
/** a speech verb, then «:» (direct), «که» (indirect) or a sentence end (speaker after the quote) */
const SPEECH = new RegExp(`(${verbAlt})(?![${L}])(\\s*(?::|که\\s*:?|[.،]))?`, 'gu');
const LETTER_BEFORE = new RegExp(`[${L}]`, 'u');
/** Verbs that open speech after a comma as well as after a colon («… گفت، کشورش …»): saying verbs only. */
const COMMA_SPEECH = /^(?:گفت(?:ند)?|افزود(?:ند)?|می[\s\u200C]*گوی(?:د|ند)|گفته[\s\u200C]*(?:است|اند)|اظهار[\s\u200C]*داشت|تصریح[\s\u200C]*کرد)$/u;
/** «می‌توان گفت، …», «باید گفت، …»: the writer's own aside, nobody's speech */
const MODAL_BEFORE = /(?:می[\s\u200C]*توان|نمی[\s\u200C]*توان|باید|شاید|بتوان)\s*$/u;

/** The first speech verb at or after `from` that does not start inside a word. The check before the verb
 * is done here, not as a lookbehind in SPEECH: a regex that opens with a lookbehind runs it at every
 * position of the text (2.5× slower); retrying one position after a match inside a word finds exactly the
 * matches the lookbehind would. */
function speechAt(t: string, from: number): RegExpExecArray | null {
  SPEECH.lastIndex = from;
  for (let m = SPEECH.exec(t); m; m = SPEECH.exec(t)) {
    if (m.index === 0 || !LETTER_BEFORE.test(charBefore(t, m.index))) return m;
    SPEECH.lastIndex = m.index + 1;
  }
  return null;
}

/** The character (a whole code point) ending just before `i`. */
function charBefore(t: string, i: number): string {
  const c = t.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? t.slice(i - 2, i) : t[i - 1];
}

function* speechVerbs(t: string): Generator<RegExpExecArray> {
  for (let m = speechAt(t, 0); m; m = speechAt(t, m.index + m[0].length)) yield m;
}
const PRONOUNS = new Set(data.pronouns);
const PREPOSITIONS = new Set(data.prepositions);
const STOPS = new Set(data.subjectStops);
const TITLES = new Set(data.titles);
// Clause openers that are not the speaker: the verb's subject is then the previous speaker (dropped pronoun).
const NON_SUBJECTS = new Set(data.nonSubjects);
// a sentence end: not a decimal point, an ellipsis («و...») or a dot inside a web address
const SENTENCE_STOP = /(?<!\.)[.!?؟](?![.\p{N}a-zA-Z])|\n/u;
const ACCORDING = new RegExp(`(?<![${L}])به${SP}گفته\\s+([^،,.:«»\\n]{2,80}?)\\s*[،,]\\s*`, 'gu');
const SAYING = new RegExp(`(?<![${L}])با\\s+(?:بیان|تاکید|تأکید\\s+بر|تاکید\\s+بر|اشاره\\s+به)\\s+(?:این${SP}که|اینکه)\\s*`, 'gu');
const DATELINE_PREFIX = /^[\p{L}\u200C]+\s*[-–]\s*(?:ایرنا|ایسنا|ایلنا|ایکنا|مهر|فارس|تسنیم)\s*[-–]\s*/u;
const ATTRIBUTION_PREFIX = /^(?:به[\s\u200C]*گزارش|(?:بنا[\s\u200C]*بر|بنابر|طبق)[\s\u200C]*گزارش|به[\s\u200C]*نقل[\s\u200C]*از|به[\s\u200C]*نوشته)[^،,:]{0,150}[،,:]\s*/u;

const REPORTER_PP = /(?:^|\s)(?:با|به|برای)\s+(?:خبرنگار|خبرنگاران)(?:\s+[^\s،,.:]+){0,3}\s*$/u;

interface Found { start: number; end: number; speakerAt: number; verb: string; direct: boolean; speaker?: Party | null; pronoun?: boolean }

class Sentences {
  readonly starts: number[];
  readonly ends: number[];
  constructor(doc: Doc) {
    const spans = doc.sentenceSpans();
    this.starts = spans.map((s) => s.start);
    this.ends = spans.map((s) => s.end);
    if (spans.length === 0) { this.starts = [0]; this.ends = [doc.text.length]; }
  }
  index(pos: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  startOf(pos: number): number { return this.starts[this.index(pos)]; }
  endOf(pos: number): number { return this.ends[this.index(pos)]; }
}

/** Trim spaces, guillemets and final punctuation from [start, end). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s«"“:،]/u.test(text[start])) {
    // «محمود المشهدانی» رئیس مجلس …: guillemets around a name that opens the quote stay with it
    if (text[start] === '«') {
      const close = text.indexOf('»', start);
      if (close > 0 && close < end - 1 && /\p{L}/u.test(text.slice(close + 1, end))) break;
    }
    start++;
  }
  while (end > start && /[\s».!؟?"”،,;؛]/u.test(text[end - 1])) end--;
  return [start, end];
}

const partyId = (p: Party) => `${p.text}\u0000${p.ref ?? ''}`;

export class QuoteFinder {
  readonly text: string;
  readonly entities: EntityMention[];
  readonly sentences: Sentences;
  private last: Party | null = null;
  /** speakers seen, one entry per (text, ref), the latest at the end (a Map keeps insertion order) */
  private readonly seen = new Map<string, Party>();
  /** the persons' fullest names, one per (text, ref), in text order: built on first use */
  private persons: Party[] | null = null;
  /** per ref, its first longest mention (what `resolve` picks), found in one pass */
  private readonly longest = new Map<string, EntityMention>();
  private readonly keys = new Map<string, string>();

  constructor(doc: Doc, entities: EntityMention[]) {
    this.text = doc.text;
    // a nationality («آمریکایی») describes a speaker, it never is one
    this.entities = entities.filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC');
    this.sentences = new Sentences(doc);
    for (const e of this.entities) {
      if (!e.ref) continue;
      const l = this.longest.get(e.ref);
      if (!l || e.text.length > l.text.length) this.longest.set(e.ref, e);
    }
  }

  /** The fullest mention of the same referent («رئیسی» -> «سید ابراهیم رئیسی»): the first longest one, or
   * the mention itself when none is longer. */
  private resolve(e: EntityMention): Party {
    const l = e.ref ? this.longest.get(e.ref) : undefined;
    const best = l && l.text.length > e.text.length ? l : e;
    return best.ref ? { text: best.text, ref: best.ref } : { text: best.text };
  }

  /** foldKey, memoized for the names this finder compares again and again */
  private key(text: string): string {
    let k = this.keys.get(text);
    if (k === undefined) this.keys.set(text, (k = foldKey(text)));
    return k;
  }

  /** A title such as «سخنگوی وزارت خارجه» names a person the NER stage gave that role to. */
  private byRole(title: string): Party | undefined {
    const key = foldKey(title);
    const e = this.entities.find((m) => m.type === 'PER' && m.role && (this.key(m.role) === key || key.endsWith(this.key(m.role)) && this.key(m.role).length > 6));
    return e ? this.resolve(e) : undefined;
  }

  /** Start of the clause whose subject speaks with the verb at `verbAt`. */
  private clauseStart(verbAt: number): number {
    let s = this.sentences.startOf(verbAt);
    s = this.afterAttribution(s, verbAt);
    const dateline = this.text.slice(s, verbAt).match(DATELINE_PREFIX);
    if (dateline) s = this.afterAttribution(s + dateline[0].length, verbAt);
    // a clause after a colon or semicolon inside the sentence («…: X گفت») starts there
    // a period glued to the next word («…هستند.ابراهیم عزیزی») may not have split the sentence
    const inner = this.text.slice(s, verbAt);
    let cut = -1;
    for (const m of inner.matchAll(new RegExp(SENTENCE_STOP.source, 'gu'))) cut = Math.max(cut, m.index);
    if (cut >= 0) s += cut + 1;
    s = this.afterAttribution(s, verbAt);
    while (/\s/.test(this.text[s] ?? '')) s++;
    return s;
  }

  /** Past an attribution clause at `s` («به گزارش X، …»; without a comma «به گزارش خبرگزاری فارس از بجنورد
   * محمد … اظهار کرد»): the reporting agency is never the subject of the speech verb. */
  private afterAttribution(s: number, verbAt: number): number {
    const head = this.text.slice(s, verbAt);
    const delimited = head.match(ATTRIBUTION_PREFIX);
    if (delimited) return s + delimited[0].length;
    const end = attributionEnd(this.text, s, this.entities);
    return end !== undefined && end < verbAt ? end : s;
  }

  /** The speaker of a speech verb at `verbAt`, or null. */
  speakerBefore(verbAt: number, from?: number): Party | null {
    let start = from ?? this.clauseStart(verbAt);
    while (start < verbAt && /[\s،,:»«]/u.test(this.text[start])) start++;
    const clause = this.text.slice(start, verbAt);
    const words = [...clause.matchAll(/[\p{L}\p{M}\p{N}\u200C]+|[،,:()]/gu)];
    if (words.length === 0) return this.last;
    // «… و افزود:» continues the same speaker
    const lastWord = words[words.length - 1][0];
    if (lastWord === 'و' && this.last) return this.last;
    const first = words[0][0];
    if (PRONOUNS.has(first)) return this.last ?? this.antecedent(start);
    // a short opening adverbial («پیش از این،», «در همین حال،») is not the subject
    const comma = words.findIndex((w) => w[0] === '،' || w[0] === ',');
    if (comma > 0 && comma <= 4 && (STOPS.has(first) || NON_SUBJECTS.has(first)) && comma < words.length - 1) {
      return this.speakerBefore(verbAt, start + words[comma].index + 1);
    }
    // the subject noun phrase: from the clause start up to a stop word or a comma
    let npEnd = start;
    let count = 0;
    let objectAt = -1; // where «را» stands, when the phrase runs into an object
    for (const [i, w] of words.entries()) {
      const t = w[0];
      if (t === 'را' && i > 1) { objectAt = start + words[i - 1].index; break; }
      if (t === '،' || t === ',' || t === ':' || t === '(' || STOPS.has(t) || count >= (TITLES.has(first) ? 14 : 9)) break;
      npEnd = start + w.index + t.length;
      count++;
    }
    // «امام جمعه موقت زیراب اربعین را … توصیف کرد و گفت»: the object (an entity touching «را», else its last word)
    // is no part of the subject, which ends with the last entity before the object, else right before it
    if (objectAt >= 0) {
      const touching = this.entities.find((e) => e.start >= start && e.start <= objectAt && e.end >= objectAt);
      const objStart = touching ? touching.start : objectAt;
      const before = this.entities.filter((e) => e.start >= start && e.end <= objStart);
      npEnd = before.length ? Math.max(...before.map((e) => e.end)) : objStart;
      while (npEnd > start && /\s/u.test(this.text[npEnd - 1])) npEnd--;
      count = this.text.slice(start, npEnd).split(/\s+/).filter(Boolean).length;
    }
    const np = this.text.slice(start, npEnd).trim();
    const inNp = this.entities.filter((e) => e.start >= start && e.end <= Math.max(npEnd, start) && e.end <= verbAt);
    const titled = np && TITLES.has(np.split(/\s+/)[0].replace(/ی$/, '')) || TITLES.has(np.split(/\s+/)[0]);
    // the fullest person in the subject; a one-word «person» after a title is a modifier
    // («مشاور مقام معظم رهبری»), not the speaker
    const words0 = (e: EntityMention) => e.text.split(/\s+/).length;
    const person = inNp.filter((e) => e.type === 'PER').sort((a, b) => words0(b) - words0(a))[0];
    if (person && !(titled && words0(person) === 1 && this.text.slice(start, person.start).trim() !== '')) {
      // a title the NER stage tagged as a person («رئیس‌جمهور», role president) stands for the named holder
      if (person.role && words0(person) <= 2 && this.isTitle(person.text)) return this.sameRole(person) ?? this.byApposition(person.text, person.start) ?? this.resolve(person);
      return this.merged(person, inNp) ?? this.resolve(person);
    }
    if (titled) return this.byRole(np) ?? this.byApposition(np, start) ?? { text: np };
    // an organization or country speaks when it opens the subject («باشگاه استقلال اعلام کرد»); inside it,
    // it only modifies the speaker («مذاکره‌کننده ارشد ایران», «وزیر صنایع سوریه»)
    const opening = inNp.filter((e) => this.text.slice(start, e.start).trim() === '');
    if (opening.length && !NON_SUBJECTS.has(first)) return this.resolve(opening[0]);
    if (inNp.length && np && !NON_SUBJECTS.has(first) && count <= 9) return { text: np };
    // «این محقق …» refers back; with nobody to refer to, the phrase itself names the speaker
    if ((first === 'این' || first === 'آن') && count >= 2) {
      const generic = /^(?:این|آن)\s+(?:مقام|مسئول|مسوول|فرد|شخص|چهره|مقام\s+ارشد|مقام\s+مسئول)$/u.test(np);
      return this.last ?? (generic ? this.antecedent(start) : null) ?? (!/(?:^|\s)(?:ن?می[\u200C ]|است|بود)/u.test(np) ? { text: np } : null);
    }
    // an untagged noun phrase is a subject only when it is short and an adverbial or the verb follows it
    const nextWord = this.text.slice(npEnd, verbAt).replace(/^[\s»"”]+/u, '').split(/\s+/)[0] ?? '';
    const looksSubject = np && count <= 9 && !NON_SUBJECTS.has(first) && !/(?:^|\s)(?:ن?می[\u200C ]|است|بود|هستند|شد|کرد)/u.test(np)
      && (nextWord === '' || STOPS.has(nextWord) || /^[،,(]/.test(nextWord));
    if (looksSubject) return { text: np };
    // no subject at the clause start: the first actor in the clause that no preposition governs
    for (const e of this.entities) {
      if (e.start < start || e.end > verbAt || e.type === 'LOC') continue;
      const before = this.text.slice(Math.max(start, e.start - 12), e.start).trim().split(/\s+/).pop() ?? '';
      // «در گفتگو با خبرنگار سیاست خارجی خبرگزاری فارس گفت»: the reporter's agency is spoken to, not speaking
      const toReporter = REPORTER_PP.test(this.text.slice(Math.max(start, e.start - 60), e.start));
      if (!PREPOSITIONS.has(before) && !toReporter) return this.resolve(e);
    }
    return this.last;
  }

  /** Where direct speech after a colon ends: the closing guillemet, else the sentence end, cut before «و افزود:». */
  private quoteEnd(from: number): { start: number; end: number } {
    const t = this.text;
    let s = from;
    while (s < t.length && /[\s]/u.test(t[s])) s++;
    if (t[s] === '«') {
      let depth = 0;
      for (let i = s; i < t.length; i++) {
        if (t[i] === '«') depth++;
        else if (t[i] === '»' && --depth === 0) {
          // a short «name» that the sentence goes on after («گفت: «محمود المشهدانی» رئیس مجلس تصمیم گرفت …»)
          // is not the whole quote: the sentence is
          const words = t.slice(s + 1, i).trim().split(/\s+/).length;
          const sentenceEnd = this.sentences.endOf(s);
          const rest = t.slice(i + 1, sentenceEnd > i ? sentenceEnd : i + 1);
          const restStop = rest.search(SENTENCE_STOP);
          const goesOn = (restStop < 0 ? rest : rest.slice(0, restStop)).trim();
          if (words <= 4 && /^\p{L}/u.test(goesOn) && !/^و(?![\p{L}\u200C])/u.test(goesOn)) break;
          return { start: s + 1, end: i };
        }
        else if (t[i] === '\n' && t[i + 1] === '\n' && depth > 0 && i - s > 2000) break;
      }
    }
    let end = this.sentences.endOf(s);
    if (end <= s) end = t.length;
    const stop = t.slice(s, end).search(SENTENCE_STOP);
    if (stop > 0) end = s + stop;
    return { start: s, end };
  }

  find(): Quote[] {
    const t = this.text;
    const found: Found[] = [];
    // Direct and indirect speech introduced by a verb.
    for (const m of speechVerbs(t)) {
      const tail = (m[2] ?? '').trim();
      const verb = m[1].replace(/\s+/g, ' ');
      const after = m.index + m[0].length;
      if (tail.startsWith(':') || tail.startsWith('که')) {
        const direct = tail.startsWith(':') || /:$/.test(tail);
        const { start, end } = this.quoteEnd(after);
        found.push({ start, end, speakerAt: m.index, verb, direct: direct || t[start - 1] === '«' });
      } else if (tail === '' && /(?:می[\s\u200C]*گوید|گفته[\s\u200C]*است)$/u.test(m[1]) && /^\s+[\p{L}«]/u.test(t.slice(after, after + 3))) {
        const { start, end } = this.quoteEnd(after);
        found.push({ start, end, speakerAt: m.index, verb, direct: false });
      } else if (tail === '.' || tail === '،' || tail === '') {
        // «…»، X گفت.  — the quote ends right before the speaker
        const before = t.slice(Math.max(0, m.index - 120), m.index);
        const close = before.lastIndexOf('»');
        if (close < 0 || /[.:؛]/u.test(before.slice(close + 1)) || tail === '') {
          // «رئیس جمهور آلمان گفت، کشورش …»: a comma instead of a colon (Dari and wire style) opens indirect speech
          // («همانطور که وزیر گفت، …» is an aside, not a report)
          if (tail === '،' && COMMA_SPEECH.test(verb) && !MODAL_BEFORE.test(before) && !/(?:همان|آن|چنان)[\s\u200C]*(?:طور|گونه)?[\s\u200C]*که\s[^،.:]*$/u.test(before)) {
            const { start, end } = this.quoteEnd(after);
            if (end - start >= 15 && !/^(?:و|ولی|اما|که)\s/u.test(t.slice(start, start + 5))) found.push({ start, end, speakerAt: m.index, verb, direct: false });
          }
          continue;
        }
        const closeAt = m.index - before.length + close;
        const open = t.lastIndexOf('«', closeAt);
        if (open < 0 || closeAt - open < 15 || !this.quotedComplement(open, closeAt)) continue;
        const who = this.speakerBefore(m.index, closeAt + 1);
        found.push({ start: open + 1, end: closeAt, speakerAt: m.index, verb, direct: true, speaker: who });
      }
    }
    // «به گفته X، …»
    for (const m of t.matchAll(ACCORDING)) {
      const name = m[1].trim();
      const firstWord = name.split(/\s+/)[0];
      // «به گفته آنها هیدروژل … است، …»: a pronoun with no comma after it; the content starts after the pronoun
      if (PRONOUNS.has(firstWord) || /^آن[\s\u200C]?ها$/u.test(firstWord)) {
        const from = m.index + m[0].indexOf(firstWord) + firstWord.length;
        found.push({ start: from, end: this.sentences.endOf(from), speakerAt: m.index, verb: 'به گفته', direct: false, pronoun: true });
        continue;
      }
      if (name.split(/\s+/).length > 8) continue;
      let from = m.index + m[0].length;
      // «به گفته علیرضا پیمان‌پاک، مدیرعامل سازمان توسعه تجارت ایران، …»: skip the apposition
      const appo = t.slice(from, from + 120).match(/^([^،,.:]{3,100})[،,]\s*/u);
      if (appo && TITLES.has(appo[1].trim().split(/\s+/)[0].replace(/ی$/, ''))) from += appo[0].length;
      const end = this.sentences.endOf(from);
      const speaker: Party = this.entityIn(m.index, m.index + m[0].length) ?? { text: name };
      found.push({ start: from, end, speakerAt: m.index, verb: 'به گفته', direct: false, speaker });
    }
    // «X با بیان اینکه …، افزود: …» — the clause after «اینکه» up to the comma before the main verb
    for (const m of t.matchAll(SAYING)) {
      const from = m.index + m[0].length;
      const sentEnd = this.sentences.endOf(from);
      const v = speechAt(t, from);
      if (!v || v.index > sentEnd) continue;
      const comma = t.lastIndexOf('،', v.index);
      if (comma <= from) continue;
      found.push({ start: from, end: comma, speakerAt: v.index, verb: v[1].replace(/\s+/g, ' '), direct: false });
    }

    found.sort((a, b) => a.speakerAt - b.speakerAt || a.start - b.start);
    const quotes: Quote[] = [];
    let coveredUntil = -1;
    for (const f of found) {
      // a verb inside a direct quote already taken is part of that quote
      if (f.speakerAt < coveredUntil && f.verb !== 'به گفته') continue;
      let [start, end] = trimSpan(t, f.start, f.end);
      // two speech acts in one sentence: «… و افزود: …» ends the first quote
      const inner = t.slice(start, end);
      const next = inner.search(SECOND_SPEECH);
      if (next > 0 && t[f.start - 1] !== '«') [start, end] = trimSpan(t, start, start + next);
      if (end - start < 3) continue;
      const speaker = this.fuller(f.pronoun ? this.last : f.speaker !== undefined ? f.speaker : this.speakerBefore(f.speakerAt));
      if (speaker) {
        this.last = speaker;
        const id = partyId(speaker);
        this.seen.delete(id); // re-inserted as the latest
        this.seen.set(id, speaker);
      }
      quotes.push({ speaker, verb: f.verb, text: t.slice(start, end), start, end, direct: f.direct });
      if (f.direct) coveredUntil = Math.max(coveredUntil, end);
    }
    // dedupe identical spans (a «با بیان اینکه» clause can also be caught as a «که» clause)
    const seen = new Set<string>();
    return quotes.filter((q) => (seen.has(`${q.start}:${q.end}`) ? false : (seen.add(`${q.start}:${q.end}`), true)))
      .sort((a, b) => a.start - b.start);
  }

  /** «…» before a speech verb is what was said only when it opens its clause («…»، X گفت) or is the verb's
   * object («…» را گفت / «…»، …); a name in guillemets («با شبکه «دبلیو‌اس‌بی آتلانتا» سخن گفت») is not. */
  private quotedComplement(open: number, close: number): boolean {
    const t = this.text;
    const opensClause = /^\s*$|[:؛]\s*$/u.test(t.slice(this.clauseStart(open), open));
    const isObject = /^\s*(?:[،,]|را(?![\p{L}\u200C]))/u.test(t.slice(close + 1, close + 6));
    if (!opensClause && !isObject) return false;
    // a short span that an entity mention fills is a name, whatever follows it
    const inner = trimSpan(t, open + 1, close);
    const named = this.entities.some((e) => e.start <= inner[0] + 1 && e.end >= inner[1] - 1);
    return !(named && t.slice(inner[0], inner[1]).split(/\s+/).length <= 4);
  }

  private isTitle(text: string): boolean {
    const first = text.split(/\s+/)[0].split('\u200C')[0];
    return TITLES.has(first) || TITLES.has(text.trim()) || /^(?:رئیس|رییس|وزیر|سخنگوی)$/u.test(first);
  }

  /** An earlier person mention with the same role that is a name, not the title again. */
  private sameRole(title: EntityMention): Party | undefined {
    const named = this.entities.filter((e) => e.type === 'PER' && e.end <= title.start && e.role === title.role && !this.isTitle(e.text));
    return named.length ? this.resolve(named[named.length - 1]) : undefined;
  }

  /** A bare title («رئیس‌جمهور») that an earlier sentence wrote next to a person's name («حسن روحانی رئیس‌جمهور»,
   * «رئیس‌جمهور، حسن روحانی»): that person. */
  private byApposition(title: string, before: number): Party | undefined {
    if (title.split(/\s+/).length > 4) return undefined;
    const key = foldKey(title);
    for (const e of this.entities) {
      if (e.type !== 'PER' || e.end > before) continue;
      const after = this.text.slice(e.end, e.end + title.length + 4).replace(/^[\s،,]+/u, '');
      const prior = this.text.slice(Math.max(0, e.start - title.length - 4), e.start).replace(/[\s،,]+$/u, '');
      if (foldKey(after).startsWith(key) || foldKey(prior).endsWith(key)) return this.resolve(e);
    }
    return undefined;
  }

  /** «وی گفت», «این مقام گفت» before anyone has spoken: the nearest person named before `at`, else a title
   * that opens an earlier sentence («سخنگوی وزارت خارجه امروز … حاضر شد. وی گفت: …»). */
  private antecedent(at: number): Party | null {
    const person = this.entities.filter((e) => e.type === 'PER' && e.end <= at).pop();
    if (person) return this.resolve(person);
    const k = this.sentences.index(at);
    for (let i = k - 1; i >= Math.max(0, k - 2); i--) {
      const head = this.text.slice(this.sentences.starts[i], this.sentences.ends[i]);
      const words = head.trim().split(/\s+/);
      if (!TITLES.has(words[0]) && !TITLES.has(words[0].replace(/ی$/u, ''))) continue;
      const np: string[] = [];
      for (const w of words) { if (STOPS.has(w) || /[،,:.]/u.test(w) || np.length >= 6) break; np.push(w); }
      if (np.length) return { text: np.join(' ') };
    }
    return null;
  }

  /** A name the NER stage cut in two («مصطفی» + «کارخانه»): adjacent mentions in the subject make one speaker. */
  private merged(first: EntityMention, inNp: EntityMention[]): Party | undefined {
    let end = first.end;
    for (const e of inNp) {
      if (e.start <= first.start) continue;
      if (/^[\s\u200C]*$/.test(this.text.slice(end, e.start)) && (e.type === 'PER' || e.type === 'ORG')) end = e.end;
      else break;
    }
    if (end === first.end) return undefined;
    return { text: this.text.slice(first.start, end) };
  }

  /** A surname alone («قبادی») stands for the fuller name seen earlier («امید قبادی»). */
  private fuller(p: Party | null): Party | null {
    if (!p || p.text.split(/\s+/).length > 2) return p;
    const key = foldKey(p.text);
    if (key.length < 3) return p;
    // an earlier speaker or person mention whose name ends with this one («محسنی» -> «غلامحسین محسنی اژه‌ای»):
    // the speakers seen, latest first, then the persons in text order
    const words = p.text.split(/\s+/).length;
    const fits = (c: Party): boolean => {
      const ck = this.key(c.text);
      return ck.length > key.length && (ck.endsWith(key) || ck.includes(key)) && c.text.split(/\s+/).length > words;
    };
    // distinct names only: a giant document repeats the same speakers and persons thousands of times
    const seen = [...this.seen.values()];
    for (let i = seen.length - 1; i >= 0; i--) if (fits(seen[i])) return seen[i];
    if (!this.persons) {
      const byId = new Map<string, Party>();
      for (const e of this.entities) {
        if (e.type !== 'PER') continue;
        const c = this.resolve(e);
        if (!byId.has(partyId(c))) byId.set(partyId(c), c);
      }
      this.persons = [...byId.values()];
    }
    for (const c of this.persons) if (fits(c)) return c;
    return p;
  }

  private entityIn(start: number, end: number): Party | undefined {
    const e = this.entities.find((m) => m.start >= start && m.end <= end && (m.type === 'PER' || m.type === 'ORG'));
    return e ? this.resolve(e) : undefined;
  }
}

export function findQuotes(doc: Doc, entities: EntityMention[]): Quote[] {
  return new QuoteFinder(doc, entities).find();
}
