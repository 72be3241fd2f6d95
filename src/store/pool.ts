// A fixed pool of analysis worker threads. analyze() resolves with the Article or rejects with the reason;
// a worker that dies is replaced and only its own tasks fail. Tasks wait in one queue and each worker holds at
// most DEPTH of them, so a worker that drew short articles takes the next ones instead of idling while another
// works through a long one (tasks handed out up front leave such gaps).
import { Worker } from 'node:worker_threads';
import type { Article, ArticleSource } from '../article.ts';
import { rememberTerms, type ArticleTerms } from './rows.ts';

interface Task { seq: number; source: ArticleSource; resolve(a: Article): void; reject(e: Error): void }
interface Slot { worker: Worker; tasks: Map<number, Task> }

const WORKER_URL = new URL('./analyze-worker.ts', import.meta.url);
/** tasks a worker holds: one running, one ready so it never waits for the main thread */
const DEPTH = 2;

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL), tasks: new Map() };
    slot.worker.on('message', (m: { seq: number; article?: Article; terms?: ArticleTerms; error?: string }) => {
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
      if (k >= 0) this.slots[k] = this.spawn();
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
      for (const s of this.slots) if (s.tasks.size < DEPTH && (!best || s.tasks.size < best.tasks.size)) best = s;
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

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('analysis pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
