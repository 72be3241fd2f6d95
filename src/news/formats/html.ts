// HTML article pages: metadata from JSON-LD NewsArticle, OpenGraph, <time> and meta tags; the main text
// from the agency's own article markup when we know it (ISNA, IRNA, Mehr, Tasnim, Fars share a few
// layouts), else from Readability; boilerplate removed.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ReadResult } from '../types.ts';
import { agencyInTitle, canonicalAgency } from '../agencies.ts';
import { findAttributions, sourcesOf } from '../attribution.ts';
import { parsePublished } from '../published.ts';
import { splitDateline, stripEndMarkers } from '../structure.ts';

/** Larger pages are refused: a real article page is well under this, a 20 MB page is not an article. */
export const MAX_HTML_BYTES = 5 * 1024 * 1024;
/** Readability's time grows much faster than the nesting (5,000 unclosed <div>s or <font>s: over a minute, one
 * page stalling a whole batch); deeper pages are read as a flat list of paragraphs instead. Real pages nest < 60. */
const MAX_READABILITY_DEPTH = 256;
/** A headline element longer than this swallowed the page (an unclosed <h1>); the title tags are used instead. */
const MAX_HEADLINE_CHARS = 300;

// Selectors in order of trust, for the layouts of Persian agency sites.
const HEADLINE = ['h1.first-title', '.item-title h1', 'h1.title', '.news-title h1', 'article h1', 'h1'];
const LEAD = ['.summary.introtext', 'p.summary', '.introtext', '.lead', 'p.lead', 'h3.lead', '.lid', '.news-lead', '.news-summary', '.abstract', '[itemprop="description"]'];
const BODY = ['[itemprop="articleBody"]', '.item-text', '.story', '.nt-body', '.news-body', '.news-text', '.article-body', '.body-text', '.content-text', '#echoDetail', '.news_body'];
// Visible publication dates of agency layouts («۱۵ آذر ۱۴۰۰ - ۱۸:۲۰»).
const DATE_TEXT = ['time', '.text-meta', 'li.time', '.news-time', '.date', '.item-date', '.publish-time', '.news_date'];
const BOILERPLATE = 'script, style, noscript, iframe, form, nav, footer, header, aside, figure figcaption, .tags, .share, .social, .related, .related-news, .comments, .ads, .advertisement, .breadcrumb, .print, .news-tags, .item-tags, .item-footer, .sotitr-share';

type Node = { textContent: string | null; getAttribute(n: string): string | null; querySelector(s: string): Node | null; querySelectorAll(s: string): ArrayLike<Node>; remove(): void; innerHTML: string; tagName: string; children: ArrayLike<Node> };

function text(n: Node | null | undefined): string {
  return (n?.textContent ?? '').replace(/[ \t\u00A0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

function first(root: Node, selectors: string[]): Node | null {
  for (const s of selectors) {
    const n = root.querySelector(s);
    if (n && text(n)) return n;
  }
  return null;
}

/** Whether the element tree under `root` is more than `limit` levels deep (walks at most until it knows). */
function deeperThan(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > limit) return true;
    for (let i = 0; i < n.children.length; i++) stack.push([n.children[i], d + 1]);
  }
  return false;
}

function meta(doc: Node, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"]`) ?? doc.querySelector(`meta[name="${n}"]`) ?? doc.querySelector(`meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

interface LdArticle { headline?: string; description?: string; datePublished?: string; author?: unknown; publisher?: unknown; articleBody?: string; alternativeHeadline?: string }

/** The first NewsArticle/Article object in the page's JSON-LD blocks (including @graph arrays). */
function jsonLd(doc: Node): LdArticle | undefined {
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length; i++) {
    let data: unknown;
    try { data = JSON.parse(blocks[i].textContent ?? ''); } catch { continue; }
    const queue: unknown[] = [data];
    while (queue.length) {
      const d = queue.shift();
      if (Array.isArray(d)) { queue.push(...d); continue; }
      if (!d || typeof d !== 'object') continue;
      const o = d as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
      const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (type.some((t) => /(?:News)?Article|ReportageNewsArticle|BlogPosting/.test(t))) return o as LdArticle;
    }
  }
  return undefined;
}

function nameOf(v: unknown): string | null {
  if (!v) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join('، ') || null;
  if (typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return ((v as { name: string }).name).trim() || null;
  return null;
}

/** Paragraph text of a body element, boilerplate removed, one paragraph per line. */
function bodyText(el: Node): string {
  for (const junk of Array.from(el.querySelectorAll(BOILERPLATE))) junk.remove();
  const paras = Array.from(el.querySelectorAll('p, h2, h3, h4, li, blockquote'))
    .filter((p) => !p.querySelector('p'))
    .map(text).filter(Boolean);
  return paras.length ? paras.join('\n\n') : text(el);
}

/** Six or more words: longer than a menu entry, a link or most teaser titles. */
const SIX_WORDS = /^(?:\S+\s+){5,}\S/;
/** Ends like a sentence. */
const SENTENCE_END = /[.!?؟»)]$/;

/** The real paragraphs of a short page that Readability leaves out (under its 200 characters): in the
 * <article> or <main> element, paragraphs of six or more words; with no such element, those that also end like
 * a sentence, anywhere on the page; boilerplate (menus, header, footer) removed. A page of links and titles
 * has none. */
function shortArticle(document: Node): string {
  const marked = first(document, ['article', 'main', '[role="main"]']);
  const root = marked ?? document.querySelector('body');
  if (!root) return '';
  for (const junk of Array.from(root.querySelectorAll(BOILERPLATE))) junk.remove();
  const paras = Array.from(root.querySelectorAll('p, blockquote')).filter((p) => !p.querySelector('p')).map(text)
    .filter((t) => /\p{L}/u.test(t) && SIX_WORDS.test(t) && (marked || SENTENCE_END.test(t)));
  return paras.join('\n\n');
}

/** «عنوان - خبرگزاری مهر | Mehr News Agency» -> «عنوان» */
function stripSiteName(title: string): string {
  const parts = title.split(/\s[-|–—]\s|\s?\|\s?/);
  const kept = parts.filter((p) => !agencyInTitle(p.trim()));
  return (kept.length ? kept.join(' - ') : title).trim();
}

export function readHtml(html: string, origin: string, byteLength = html.length): ReadResult {
  if (byteLength > MAX_HTML_BYTES) return { error: `page too large (${(byteLength / 1048576).toFixed(1)} MB, limit ${MAX_HTML_BYTES / 1048576} MB)`, origin };
  let document: Node;
  try { document = parseHTML(html).document as unknown as Node; } catch (e) { return { error: `cannot parse HTML (${(e as Error).message})`, origin }; }
  const ld = jsonLd(document);
  // code is never text: a script inside an unclosed <h1> or <p> must not reach the headline or the body
  for (const code of Array.from(document.querySelectorAll('script, style, noscript, template'))) code.remove();
  const ogTitle = meta(document, 'og:title', 'twitter:title');
  const titleTag = text(document.querySelector('title'));
  const headlineEl = first(document, HEADLINE);
  const h1 = text(headlineEl);
  const headline = (ld?.headline?.trim() || (h1.length <= MAX_HEADLINE_CHARS ? h1 : '') || (ogTitle && stripSiteName(ogTitle)) || (titleTag && stripSiteName(titleTag))
    || h1.split('\n')[0].slice(0, MAX_HEADLINE_CHARS).trim() || null);

  const leadEl = first(document, LEAD);
  const lead = text(leadEl) || null;
  const siteName = meta(document, 'og:site_name', 'application-name', 'publisher');
  const publisher = nameOf(ld?.publisher);
  const agency = [publisher, siteName].map((s) => (s ? canonicalAgency(s) ?? agencyInTitle(s) : undefined)).find(Boolean)
    ?? (titleTag ? agencyInTitle(titleTag) : undefined) ?? publisher ?? siteName ?? null;
  const timeEl = document.querySelector('time[datetime]') ?? document.querySelector('time');
  const published = parsePublished(ld?.datePublished) ?? parsePublished(meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued', 'publish-date'))
    ?? parsePublished(timeEl?.getAttribute('datetime'))
    ?? DATE_TEXT.flatMap((sel) => Array.from(document.querySelectorAll(sel))).map((el) => parsePublished(text(el))).find(Boolean) ?? null;
  const author = nameOf(ld?.author) ?? meta(document, 'author', 'article:author') ?? null;
  const url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const service = meta(document, 'article:section') ?? null;

  let body = '';
  const bodyEl = first(document, BODY);
  if (bodyEl) body = bodyText(bodyEl);
  if (!body && ld?.articleBody) body = ld.articleBody.trim();
  const page = document.querySelector('body');
  if (!body && page && deeperThan(page, MAX_READABILITY_DEPTH)) body = bodyText(page);
  if (!body) {
    try {
      const parsed = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
      if (parsed?.textContent && parsed.textContent.trim().length >= 200) {
        const { document: inner } = parseHTML(`<html><body>${parsed.content ?? ''}</body></html>`);
        body = bodyText(inner.body as unknown as Node) || parsed.textContent.trim();
      }
    } catch { body = ''; }
  }
  // Readability wants 200+ characters; a short news item («خبر کوتاه») is one or two real paragraphs
  if (!body) body = shortArticle(document);
  // The lead is often repeated as the first body paragraph, the headline too.
  for (const dup of [headline, lead]) {
    if (dup && body.startsWith(dup)) body = body.slice(dup.length).trimStart();
  }
  body = stripEndMarkers(body);
  const dateline = splitDateline(body);
  body = dateline.body;
  if (body.replace(/\s/g, '').length < 40) return { error: 'HTML page has no article text', origin };
  const attributions = findAttributions(body);
  const finalAgency = agency ?? dateline.agency ?? attributions.find((a) => a.agency)?.agency ?? null;
  return { headline, lead, agency: finalAgency, service, sources: sourcesOf(attributions, finalAgency), published, url, author, body, origin };
}
