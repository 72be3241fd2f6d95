// A fixed pool of analysis worker threads. analyze() resolves with the Article or rejects with the reason;
// a worker that dies is replaced and only its own tasks fail. Tasks wait in one queue and each worker holds at
// most `depth` of them, so a worker that drew short articles takes the next ones instead of idling while another
// works through a long one (tasks handed out up front leave such gaps).
import { Worker } from 'node:worker_threads';
import type { Article, ArticleSource } from '../article.ts';
import { rememberTerms, type ArticleTerms } from './rows.ts';

interface Task { seq: number; source: ArticleSource; resolve(a: Article): void; reject(e: Error): void }
interface Slot { worker: Worker; tasks: Map<number, Task>; cpuMs: number; waitedMs: number }
interface Reply { seq: number; article?: Article; terms?: ArticleTerms; error?: string; cpu?: number; waited?: number }

/** What the workers did: their own CPU time, and the time they sat with no task between two tasks. */
export interface PoolStats { workerCpuSeconds: number; workerWaitSeconds: number }

const WORKER_URL = new URL('./analyze-worker.ts', import.meta.url);
/** Tasks a worker holds by default: one running and enough ready ones to outlast the main thread's synchronous
 * write of a 64-article batch (SQLite blocks the event loop, so replies wait and no new task is handed out
 * meanwhile). With 2 the workers sat idle 16% of an ingest; with 16 (about 80 ms of analysis) 2-6%. */
export const DEFAULT_DEPTH = 16;

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  /** CPU time of workers that died and were replaced */
  private lostCpuMs = 0;
  private lostWaitMs = 0;
  private seq = 0;
  private closed = false;
  private readonly depth: number;

  /** `depth`: tasks each worker holds (more when the writes between dispatches are longer) */
  constructor(size: number, depth = DEFAULT_DEPTH) {
    this.depth = Math.max(1, depth);
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), tasks: new Map(), cpuMs: 0, waitedMs: 0 };
    slot.worker.on('message', (m: Reply) => {
      if (m.cpu !== undefined) slot.cpuMs = m.cpu;
      slot.waitedMs += m.waited ?? 0;
      const t = slot.tasks.get(m.seq);
      if (!t) return;
      slot.tasks.delete(m.seq);
      if (m.article && m.terms) rememberTerms(m.article, m.terms);
      if (m.article) t.resolve(m.article);
      else t.reject(new Error(m.error ?? 'analysis failed'));
      this.dispatch();
    });
    const fail = (err: Error) => {
      for (const t of slot.tasks.values()) t.reject(new Error(`analysis worker failed (${err.message})`));
      slot.tasks.clear();
      if (this.closed) return;
      const k = this.slots.indexOf(slot);
      if (k >= 0) {
        this.lostCpuMs += slot.cpuMs; this.lostWaitMs += slot.waitedMs;
        this.slots[k] = this.spawn();
      }
      this.dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => { if (code !== 0 && !this.closed) fail(new Error(`exit code ${code}`)); });
    slot.worker.unref();
    return slot;
  }

  /** Hand queued tasks to workers with room, least loaded first. */
  private dispatch(): void {
    while (this.queue.length) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.tasks.size < this.depth && (!best || s.tasks.size < best.tasks.size)) best = s;
      if (!best) break;
      const t = this.queue.shift()!;
      best.tasks.set(t.seq, t);
      best.worker.ref();
      best.worker.postMessage({ seq: t.seq, source: t.source });
    }
    for (const s of this.slots) if (s.tasks.size === 0) s.worker.unref();
  }

  analyze(source: ArticleSource): Promise<Article> {
    return new Promise<Article>((resolve, reject) => {
      this.queue.push({ seq: this.seq++, source, resolve, reject });
      this.dispatch();
    });
  }

  stats(): PoolStats {
    let cpu = this.lostCpuMs, waited = this.lostWaitMs;
    for (const s of this.slots) { cpu += s.cpuMs; waited += s.waitedMs; }
    return { workerCpuSeconds: cpu / 1000, workerWaitSeconds: waited / 1000 };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('analysis pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
