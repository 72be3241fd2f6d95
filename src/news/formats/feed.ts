// RSS 2.0 / RSS 1.0 (RDF) / Atom feeds: each item becomes an article. Items are cut out of the raw text
// one by one and parsed on their own, so a truncated feed or one broken item still yields the good items.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { ReadResult } from '../types.ts';
import { agencyInTitle, canonicalAgency } from '../agencies.ts';
import { findAttributions, sourcesOf } from '../attribution.ts';
import { parsePublished } from '../published.ts';
import { parseWire, stripEndMarkers } from '../structure.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', cdataPropName: false, processEntities: true, htmlEntities: true, trimValues: true });

type X = Record<string, unknown>;

function value(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return value(v[0]);
  if (typeof v === 'object') {
    const o = v as X;
    if (o['#text'] != null) return value(o['#text']);
    if (o['@href'] != null) return value(o['@href']);
    if (o.name != null) return value(o.name);
  }
  return null;
}

/** Item descriptions are often HTML: keep their text, one paragraph per block. */
function htmlToText(s: string): string {
  if (!/[<&]/.test(s)) return s.trim();
  const { document } = parseHTML(`<html><body>${s}</body></html>`);
  const blocks = Array.from(document.querySelectorAll('p, li, h2, h3, blockquote')).map((p) => (p.textContent ?? '').trim()).filter(Boolean);
  return (blocks.length ? blocks.join('\n\n') : (document.body.textContent ?? '')).replace(/[ \t\u00A0]+/g, ' ').trim();
}

function itemToArticle(item: X, channelAgency: string | null, origin: string): ReadResult {
  const headline = value(item.title);
  const content = value(item['content:encoded']) ?? value(item.content);
  const description = value(item.description) ?? value(item.summary);
  const raw = content ?? description;
  if (!raw && !headline) return { error: 'feed item has no title and no text', origin };
  const full = raw ? htmlToText(raw) : '';
  // A short description above full content is the lead.
  const lead = content && description ? htmlToText(description) : null;
  const body = stripEndMarkers(full);
  if (!body) return { error: 'feed item has no text', origin };
  const wire = parseWire(body);
  const attributions = findAttributions(body);
  const agency = channelAgency ?? wire.agency ?? attributions.find((a) => a.agency)?.agency ?? null;
  const link = value(item.link) ?? value(item.guid) ?? value(item.id);
  return {
    headline, lead: lead && lead !== body ? lead : null, agency,
    service: value(item.category),
    sources: sourcesOf(attributions, agency),
    published: parsePublished(value(item.pubDate) ?? value(item.published) ?? value(item['dc:date']) ?? value(item.updated)),
    url: link, author: value(item.author) ?? value(item['dc:creator']),
    body: wire.body || body, origin: link ? `${origin} ${link}` : origin,
  };
}

const BARE_AMP = /&(?![a-zA-Z][a-zA-Z0-9]*;|#[0-9]+;|#x[0-9a-fA-F]+;)/;
const BARE_AMP_G = new RegExp(BARE_AMP.source, 'g');

const ITEM = /<(item|entry)[\s>][\s\S]*?(?:<\/\1\s*>|$)/gi;

export function readFeed(xml: string, origin: string): ReadResult[] {
  const firstItem = xml.search(/<(?:item|entry)[\s>]/i);
  const head = firstItem < 0 ? xml : xml.slice(0, firstItem);
  const channelTitle = head.match(/<title[^>]*>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/title>/i)?.[1]?.trim() ?? '';
  const channelAgency = channelTitle ? canonicalAgency(channelTitle) ?? agencyInTitle(channelTitle) ?? null : null;
  const out: ReadResult[] = [];
  let n = 0;
  for (const m of xml.matchAll(ITEM)) {
    n++;
    const where = `${origin} item ${n}`;
    let chunk = m[0];
    if (!new RegExp(`</${m[1]}\\s*>$`, 'i').test(chunk)) { out.push({ error: 'feed item is truncated', origin: where }); continue; }
    let valid = XMLValidator.validate(chunk);
    // Agency feeds often carry a bare «&» (in titles, in query strings of links) that browsers and feed
    // readers accept: escape it and try once more before rejecting the item.
    if (valid !== true && BARE_AMP.test(chunk)) {
      const repaired = chunk.replace(BARE_AMP_G, '&amp;');
      const again = XMLValidator.validate(repaired);
      if (again === true) { chunk = repaired; valid = again; }
    }
    if (valid !== true) { out.push({ error: `feed item is not well-formed XML (${valid.err.msg}, line ${valid.err.line})`, origin: where }); continue; }
    let parsed: X;
    try { parsed = parser.parse(chunk) as X; } catch (e) { out.push({ error: `feed item cannot be parsed (${(e as Error).message})`, origin: where }); continue; }
    out.push(itemToArticle((parsed[m[1]] ?? parsed[m[1].toLowerCase()]) as X, channelAgency, where));
  }
  if (n === 0) out.push({ error: 'feed has no items', origin });
  return out;
}
