// The article body as text nodes: entities coloured by type (links to their pages) and, when the URL
// names a span (#s-START-END, from an event), that span marked and scrolled into view.
import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../types.ts';
import { entityTypeNames, typeName } from '../format.ts';
import { entityHref } from './EntityLink.tsx';

const linkable = new Set(['PER', 'ORG', 'LOC', 'FAC', 'EVE', 'PRO', 'NAT']);

export interface Span { start: number; end: number }

export function parseSpanHash(hash: string): Span | null {
  const m = /^#s-(\d+)-(\d+)$/.exec(hash);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

type Entity = Article['entities'][number];

/** Non-overlapping entities in text order (a longer, earlier mention wins over one nested in it). */
function layout(text: string, entities: Entity[]): Entity[] {
  const sorted = entities
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  let at = 0;
  for (const e of sorted) if (e.start >= at) { kept.push(e); at = e.end; }
  return kept;
}

export function ArticleBody({ article, target }: { article: Article; target: Span | null }) {
  const text = article.text ?? '';
  const entities = layout(text, article.entities ?? []);
  const t = target && target.start < text.length ? { start: target.start, end: Math.min(target.end, text.length) } : null;
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const mark = box.current?.querySelector<HTMLElement>('.target');
    if (mark) { mark.scrollIntoView({ block: 'center' }); mark.focus({ preventScroll: true }); }
  }, [t?.start, t?.end, article.id]);

  // Cut points: entity edges and the target's edges; each piece is plain text, maybe inside an entity.
  const cuts = new Set<number>([0, text.length]);
  for (const e of entities) { cuts.add(e.start); cuts.add(e.end); }
  if (t) { cuts.add(t.start); cuts.add(t.end); }
  const points = [...cuts].sort((a, b) => a - b);

  const out = [];
  let ei = 0;
  let targetPieces: preact.ComponentChildren[] = [];
  const flushTarget = (key: number) => {
    if (targetPieces.length) out.push(<mark key={'t' + key} class="target" tabIndex={-1} id={`s-${t!.start}-${t!.end}`}>{targetPieces}</mark>);
    targetPieces = [];
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    while (ei < entities.length && entities[ei].end <= s) ei++;
    const ent = entities[ei] && entities[ei].start <= s && entities[ei].end >= e ? entities[ei] : null;
    const piece = text.slice(s, e);
    let node: preact.ComponentChildren = piece;
    if (ent) {
      const title = typeName(entityTypeNames, ent.type) + (ent.ref ? ' — ' + ent.ref : '');
      node = linkable.has(ent.type)
        ? <a key={s} class={'ent ent-' + ent.type} href={entityHref(ent.ref || ent.text)} title={title}>{piece}</a>
        : <span key={s} class={'ent ent-' + ent.type} title={title}>{piece}</span>;
    }
    const inTarget = t && s >= t.start && e <= t.end;
    if (inTarget) targetPieces.push(node);
    else { flushTarget(s); out.push(node); }
  }
  flushTarget(text.length);
  return <div ref={box} class="article-body user-text">{out}</div>;
}

export function EntityLegend({ article }: { article: Article }) {
  const types = [...new Set((article.entities ?? []).map((e) => e.type))].sort();
  if (!types.length) return null;
  return (
    <ul class="legend" aria-label="رنگ هر نوع موجودیت">
      {types.map((ty) => <li key={ty}><span class={'ent ent-' + ty}>{typeName(entityTypeNames, ty)}</span></li>)}
    </ul>
  );
}
