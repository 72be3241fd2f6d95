// The actor network: nodes are actors (size = mentions), edges are dyads (colour = net score).
// Cytoscape is heavy, so it is loaded only on this page; the same edges are listed for keyboards.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { useApi } from '../useApi.ts';
import { num, latinDigits } from '../format.ts';
import { entityHref, relationsHref } from '../components/EntityLink.tsx';
import { ErrorNotice, Loading, Notice } from '../components/Message.tsx';
import type { NetworkResponse } from '../types.ts';
import type cytoscape from 'cytoscape';
import { Score } from './Entity.tsx';

export function NetworkPage({ query }: { query: URLSearchParams }) {
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const limit = Math.min(1000, Math.max(1, Number.parseInt(latinDigits(query.get('limit') ?? '60'), 10) || 60));
  const result = useApi((signal) => api.network(from || undefined, to || undefined, limit, signal), [from, to, limit]);
  return (
    <section class="network-page">
      <h1>شبکهٔ بازیگران</h1>
      <form class="pair-form" onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.target as HTMLFormElement);
        const p = new URLSearchParams();
        for (const k of ['from', 'to', 'limit']) { const v = latinDigits(String(f.get(k) ?? '').trim()); if (v) p.set(k, v); }
        navigate('/network?' + p);
      }}>
        <label>از تاریخ (شمسی یا میلادی) <input name="from" defaultValue={from} dir="ltr" placeholder="۱۴۰۰/۰۹/۰۱" /></label>
        <label>تا تاریخ <input name="to" defaultValue={to} dir="ltr" placeholder="۱۴۰۰/۰۹/۳۰" /></label>
        <label>بیشینهٔ گره‌ها <input name="limit" inputMode="numeric" pattern="[0-9۰-۹]+" defaultValue={num(limit)} /></label>
        <button type="submit">نمایش</button>
      </form>
      {result.state === 'loading' ? <Loading /> : result.state === 'error' ? <ErrorNotice error={result.error} what="شبکه بارگذاری نشد" /> :
        result.data.nodes.length === 0 ? <Notice title="در این بازه رابطه‌ای میان بازیگران ثبت نشده است." /> : <Graph net={result.data} />}
    </section>
  );
}

function Graph({ net }: { net: NetworkResponse }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const names = new Map(net.nodes.map((n) => [n.ref, n.name]));
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | null = null;
    import('cytoscape').then(async ({ default: cytoscape }) => {
      await document.fonts?.ready;
      if (destroyed || !box.current) return;
      const max = Math.max(1, ...net.nodes.map((n) => n.count));
      const maxEdge = Math.max(1, ...net.edges.map((e) => e.count));
      const graph = cytoscape({
        container: box.current,
        elements: [
          ...net.nodes.map((n) => ({ data: { id: n.ref, label: n.name, size: 18 + 42 * Math.sqrt(n.count / max), type: n.type } })),
          ...net.edges.filter((e) => names.has(e.a) && names.has(e.b)).map((e) => ({
            data: { id: e.a + '|' + e.b, source: e.a, target: e.b, width: 1 + 7 * (e.count / maxEdge),
              color: e.score > 0.05 ? '#2f855a' : e.score < -0.05 ? '#c53030' : '#718096' },
          })),
        ],
        style: [
          { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#2b6cb0',
            'font-family': 'Vazirmatn, Tahoma, sans-serif', 'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#1a202c',
            'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '2px' } },
          { selector: 'node[type = "PER"]', style: { 'background-color': '#b7791f' } },
          { selector: 'node[type = "ORG"]', style: { 'background-color': '#6b46c1' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.75, 'curve-style': 'haystack' } },
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 } as cytoscape.LayoutOptions,
        wheelSensitivity: 0.2,
      });
      graph.on('tap', 'node', (ev) => navigate(entityHref(ev.target.id())));
      graph.on('tap', 'edge', (ev) => navigate(relationsHref(ev.target.data('source'), ev.target.data('target'))));
      cy = graph;
    }, () => setFailed(true));
    return () => { destroyed = true; cy?.destroy(); };
  }, [net]);
  const edges = net.edges.slice().sort((x, y) => y.count - x.count);
  return (
    <>
      <div ref={box} class="network-canvas" role="img" aria-label="نمودار شبکهٔ بازیگران؛ فهرست همین روابط در زیر آمده است" dir="ltr" />
      {failed ? <Notice kind="error" title="نمودار شبکه بارگذاری نشد؛ فهرست روابط در زیر آمده است." /> : null}
      <p class="legend-line">
        <span class="dot" style="background:#2b6cb0" /> کشور و مکان <span class="dot" style="background:#b7791f" /> شخص <span class="dot" style="background:#6b46c1" /> سازمان
        {' | '}<span class="score coop">سبز: همکاری</span> <span class="score conflict">سرخ: تنش</span> <span class="score neutral">خاکستری: خنثی</span>
      </p>
      <section>
        <h2>روابط ({num(edges.length)})</h2>
        <ul class="relations">
          {edges.map((e) => (
            <li key={e.a + '|' + e.b}>
              <a href={relationsHref(e.a, e.b)}><bdi>{names.get(e.a) ?? e.a}</bdi> ⟷ <bdi>{names.get(e.b) ?? e.b}</bdi></a>{' '}
              <span class="count">{num(e.count)} رویداد</span> <Score value={e.score} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
