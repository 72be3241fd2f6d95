// JSON Lines / JSON arrays of article records: field names vary by source (title/headline, lead/abstract,
// body/text/paragraphs, date/published, agency/source…). A record with only a text goes through the wire parser.
import { readFileSync } from 'node:fs';
import type { ArticleSource } from '../../article.ts';
import type { ReadResult } from '../types.ts';
import { canonicalAgency } from '../agencies.ts';
import { findAttributions, sourcesOf } from '../attribution.ts';
import { parsePublished } from '../published.ts';
import { parseWire, stripEndMarkers } from '../structure.ts';

/** An English section slug («world», «politics») as the Persian desk name agencies print. */
const DESKS = JSON.parse(readFileSync(new URL('../data/desks.json', import.meta.url), 'utf8')) as Record<string, string>;
function deskName(service: string | null): string | null {
  if (!service) return service;
  const key = service.trim().toLowerCase();
  return key !== '_comment' && Object.hasOwn(DESKS, key) ? DESKS[key] : service;
}

type Rec = Record<string, unknown>;

function str(r: Rec, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = r[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) return (v as string[]).map((x) => x.trim()).filter(Boolean).join('\n\n');
    if (v && typeof v === 'object' && typeof (v as Rec).name === 'string') return ((v as Rec).name as string).trim();
  }
  return null;
}

/** «خبرگزاری فارس: رئیس اداره … گفت: …» — an agency prefix on a lead is a byline, not lead text. */
function stripLeadByline(lead: string): { lead: string; agency?: string } {
  const m = lead.match(/^([\p{L}\u200C ]{2,30}?)\s*[:：]\s*/u);
  const a = m ? canonicalAgency(m[1]) : undefined;
  return a ? { lead: lead.slice(m![0].length).trim(), agency: a } : { lead };
}

export function fromRecord(r: Rec, origin: string): ReadResult {
  const headline = str(r, 'title', 'headline', 'titr', 'name');
  const bodyText = str(r, 'body', 'text', 'content', 'paragraphs', 'article', 'articleBody', 'description');
  if (!bodyText) {
    // an empty body is not a missing one (F14)
    const present = ['body', 'text', 'content', 'paragraphs', 'article', 'articleBody', 'description'].find((k) => k in r);
    if (!present) return { error: 'record has no body/text field', origin };
    const v = r[present];
    // «"body": 123» is not empty: say what it is
    const what = typeof v === 'string' || v === null || (Array.isArray(v) && v.length === 0) ? 'is empty'
      : `is ${Array.isArray(v) ? 'an array of non-strings' : typeof v === 'object' ? 'an object' : `a ${typeof v}`}, not text`;
    return { error: `record's ${present} field ${what}`, origin };
  }
  const writtenAgency = str(r, 'agency', 'source', 'publisher', 'site');
  const date = str(r, 'published', 'date', 'datePublished', 'pubDate', 'time', 'datetime');
  const url = str(r, 'url', 'link');
  const author = str(r, 'author', 'byline');
  const service = deskName(str(r, 'service', 'section', 'category'));
  if (!headline && !r.lead && !r.abstract) {
    // A bare text record (the semnan corpus): the wire parser finds headline, agency and body.
    const wire = parseWire(bodyText, origin);
    const agency = writtenAgency ? canonicalAgency(writtenAgency) ?? writtenAgency : wire.agency;
    const { place: _place, ...src } = wire;
    return { ...src, agency, published: parsePublished(date) ?? wire.published, url, author, service: wire.service ?? service };
  }
  const leadRaw = str(r, 'lead', 'abstract', 'summary', 'lid');
  const byline = leadRaw ? stripLeadByline(leadRaw) : undefined;
  const body = stripEndMarkers(bodyText);
  const attributions = findAttributions(body);
  const agency = (writtenAgency ? canonicalAgency(writtenAgency) ?? writtenAgency : null)
    ?? byline?.agency ?? attributions.find((a) => a.agency)?.agency ?? null;
  const src: ArticleSource = {
    headline, lead: byline?.lead || null, agency, service, sources: sourcesOf(attributions, agency),
    published: parsePublished(date), url, author, body, origin,
  };
  return src;
}

/** One record per line; a bad line is an error of its own, the others still come out. */
export function readJsonLines(text: string, origin: string): ReadResult[] {
  const out: ReadResult[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${origin}:${i + 1}`;
    let rec: unknown;
    try { rec = JSON.parse(line); } catch (e) { out.push({ error: `line is not JSON (${(e as Error).message})`, origin: where }); continue; }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) { out.push({ error: 'line is not a JSON object', origin: where }); continue; }
    out.push(fromRecord(rec as Rec, (rec as Rec).id != null ? `${where} (${String((rec as Rec).id)})` : where));
  }
  if (out.length === 0) out.push({ error: 'no records', origin });
  return out;
}

export function readJsonArray(text: string, origin: string): ReadResult[] {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { return [{ error: `not valid JSON (${(e as Error).message})`, origin }]; }
  if (!Array.isArray(data)) return [{ error: 'JSON is not an array of articles', origin }];
  return data.map((rec, i) => (rec && typeof rec === 'object' ? fromRecord(rec as Rec, `${origin}[${i}]`) : { error: 'item is not an object', origin: `${origin}[${i}]` }));
}
