// Ingest progress: a bar with rate and ETA on a terminal, plain log lines (stderr) otherwise.
import cliProgress from 'cli-progress';
import type { IngestProgress } from './ingest.ts';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  log(line: string): void;
  stop(): void;
}

const LOG_EVERY_MS = 1000;

function eta(p: IngestProgress): string {
  const rate = p.done / Math.max(p.seconds, 1e-3);
  if (p.done === 0 || rate === 0) return '?';
  const s = Math.round((p.total - p.done) / rate);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function progressReporter(opts: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): ProgressReporter {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet) return { update() {}, log() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream, hideCursor: true, etaBuffer: 200,
      format: 'ingest {bar} {percentage}% | {value}/{total} | {rate} articles/s | ETA {eta_formatted} | new {created} rejected {rejected}',
    }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
      update(p) {
        const payload = { rate: (p.done / Math.max(p.seconds, 1e-3)).toFixed(1), created: p.created, rejected: p.rejected };
        if (!started) { bar.start(p.total, 0, payload); started = true; }
        bar.update(p.done, payload);
      },
      log(line) { stream.write(`\r\x1b[K${line}\n`); },
      stop() { if (started) bar.stop(); started = false; },
    };
  }
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (p.done < p.total && now - last < LOG_EVERY_MS && last !== 0) return;
      last = now;
      const pct = p.total ? ((100 * p.done) / p.total).toFixed(1) : '100.0';
      stream.write(`ingest: ${p.done}/${p.total} (${pct}%) new ${p.created}, already stored ${p.skipped}, rejected ${p.rejected}, ` +
        `${(p.done / Math.max(p.seconds, 1e-3)).toFixed(1)} articles/s, ETA ${eta(p)}\n`);
    },
    log(line) { stream.write(`${line}\n`); },
    stop() {},
  };
}
