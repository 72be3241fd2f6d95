// Article JSON v1: the public contract (see DESIGN.md). Fields may be added; names and meanings stay.
// Offsets are UTF-16 code-unit offsets into `text` (the normalized body).

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'FAC' | 'EVE' | 'PRO' | 'NAT' | 'DAT' | 'TIM' | 'MON' | 'PCT';

/** A mention of an actor; `ref` is a canonical id such as "country:IRN" or "person:<slug>". */
export interface Party { text: string; ref?: string }

export interface Span { start: number; end: number }

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  ref?: string;
  /** Extra facts the text states about the actor (role, country), when known. */
  role?: string;
  country?: string;
  /** Normalized value for DAT/TIM/MON/PCT mentions (ISO date, number, amount). */
  value?: string;
  /** a bare title standing for a named person («رئیس‌جمهور» after «ابراهیم رئیسی») */
  nominal?: boolean;
}

export interface Quote extends Span {
  speaker: Party | null;
  verb: string | null;
  text: string;
  direct: boolean;
}

export interface DateMention extends Span {
  text: string;
  /** ISO 8601 date, date-time, or interval "start/end". */
  value: string;
  /** Calendar the text used. */
  calendar?: 'jalali' | 'gregorian' | 'hijri' | 'relative';
  /** false for impossible dates such as 30 Esfand in a common year; value is then "" */
  valid?: boolean;
}

export interface Event extends Span {
  type: string;
  mode?: string;
  actor: Party | null;
  target: Party | null;
  negated: boolean;
  time?: string;
  place?: string;
  quantity?: string;
  /** PLOVER-style cooperation (+) / conflict (-) score, -10..10 */
  score?: number;
  trigger?: string;
  triggerStart?: number;
  triggerEnd?: number;
  /** the country an official actor or target acts for («وزیر خارجه روسیه» -> country:RUS) */
  actorCountry?: string;
  targetCountry?: string;
  /** stated inside a quotation */
  quoted?: boolean;
  tense?: 'past' | 'present' | 'perfect' | 'future';
  /** a past event the text recalls (an anniversary, a past war, a date two or more years before publication);
   * `time` is that past date when the text gives one, never the publication date */
  historical?: boolean;
}

/** What the source says about an article: the fields a reader extracts and Article keeps. */
export interface ArticleMeta {
  headline: string | null;
  /** the summary paragraph under the headline, if the source has one */
  lead: string | null;
  /** publishing agency as written, e.g. «خبرگزاری مهر» */
  agency: string | null;
  /** desk/section line, e.g. «سرویس سیاسی» */
  service: string | null;
  /** attributions: who the article says it reports from («به گزارش X», «به نقل از X»), the agency excluded */
  sources: string[];
  /** ISO 8601 date or date-time */
  published: string | null;
  url?: string | null;
  author?: string | null;
}

export interface Article extends ArticleMeta {
  /** stable content hash */
  id: string;
  /** the normalized text: the body, preceded by the lead when the source gives the lead apart from the body */
  text: string;
  sentences: Span[];
  entities: EntityMention[];
  quotes: Quote[];
  dates: DateMention[];
  events: Event[];
  keyphrases?: string[];
  summary?: string[];
  /** near-duplicate fingerprint (MinHash signature, hex) */
  fingerprint?: string;
  tokens?: number;
}

/** What a reader extracts from an input document before language analysis. */
export interface ArticleSource extends ArticleMeta {
  /** The body text (raw, not yet normalized). */
  body: string;
  /** Where it came from, for error messages: file path, feed item link… */
  origin?: string;
}
