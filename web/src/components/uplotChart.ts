// uPlot drawing, loaded on demand (its code stays out of the first bundle).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface SeriesSpec {
  label: string;
  values: number[];
  color: string;
  kind: 'bars' | 'line';
  /** Which y scale: counts on the right-hand axis, scores on the left. */
  scale?: 'count' | 'score';
}

export interface ChartSpec { labels: string[]; series: SeriesSpec[]; height: number }

const font = '12px Vazirmatn, Tahoma, sans-serif';
const fa = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 });

export function drawChart(el: HTMLElement, spec: ChartSpec, width: number): { resize(w: number): void; destroy(): void } {
  const xs = spec.labels.map((_, i) => i);
  const bars = uPlot.paths.bars!({ size: [0.7, 48] });
  const hasScore = spec.series.some((s) => s.scale === 'score');
  const opts: uPlot.Options = {
    width,
    height: spec.height,
    legend: { show: spec.series.length > 1, live: false },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: {
      x: { time: false, range: [-0.5, Math.max(0.5, xs.length - 0.5)] },
      count: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
      score: { range: (_u, min, max) => { const m = Math.max(1, Math.abs(min), Math.abs(max)); return [-m, m]; } },
    },
    axes: [
      {
        font,
        size: 44,
        space: 60,
        incrs: [1, 2, 3, 4, 6, 12, 24],
        values: (_u, splits) => splits.map((i) => spec.labels[i] ?? ''),
      },
      { scale: 'count', font, side: 1, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 1e4, 2e4, 5e4, 1e5, 1e6], values: (_u, splits) => splits.map((v) => fa.format(v)) },
      ...(hasScore ? [{ scale: 'score', font, side: 3, grid: { show: false }, values: (_u: uPlot, splits: number[]) => splits.map((v) => fa.format(v)) }] : []),
    ],
    series: [
      {},
      ...spec.series.map((s) => ({
        label: s.label,
        scale: s.scale ?? 'count',
        stroke: s.color,
        fill: s.kind === 'bars' ? s.color + 'cc' : undefined,
        width: s.kind === 'line' ? 2 : 1,
        paths: s.kind === 'bars' ? bars : undefined,
        points: { show: s.kind === 'line' },
      })),
    ],
  };
  const plot = new uPlot(opts, [xs, ...spec.series.map((s) => s.values)], el);
  return { resize: (w) => plot.setSize({ width: w, height: spec.height }), destroy: () => plot.destroy() };
}
