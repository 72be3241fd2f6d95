// A bar/line chart (uPlot, lazy-loaded) with the same numbers as a table for keyboard and screen-reader users.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartSpec } from './uplotChart.ts';
import { num } from '../format.ts';

export type { ChartSpec };

export function Chart({ spec, title }: { spec: ChartSpec; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || spec.labels.length === 0) return;
    let chart: { resize(w: number): void; destroy(): void } | null = null;
    let cancelled = false;
    const observer = new ResizeObserver(() => chart?.resize(el.clientWidth));
    import('./uplotChart.ts').then(
      async ({ drawChart }) => {
        // Draw after the bundled font is ready, so canvas labels are shaped in Vazirmatn.
        await document.fonts?.ready;
        if (cancelled) return;
        el.replaceChildren();
        chart = drawChart(el, spec, Math.max(200, el.clientWidth));
        observer.observe(el);
      },
      () => setFailed(true),
    );
    return () => { cancelled = true; observer.disconnect(); chart?.destroy(); };
  }, [spec]);
  if (spec.labels.length === 0) return <p class="muted">داده‌ای برای نمودار نیست.</p>;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} class="chart-canvas" role="img" aria-label={title} dir="ltr" />
      {failed ? <p class="muted">نمودار بارگذاری نشد؛ جدول زیر همان داده‌هاست.</p> : null}
      <details>
        <summary>جدول داده‌ها</summary>
        <table>
          <thead><tr><th scope="col">دوره</th>{spec.series.map((s) => <th scope="col" key={s.label}>{s.label}</th>)}</tr></thead>
          <tbody>
            {spec.labels.map((l, i) => (
              <tr key={l + i}><th scope="row">{l}</th>{spec.series.map((s) => <td key={s.label}>{num(s.values[i] ?? 0)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
