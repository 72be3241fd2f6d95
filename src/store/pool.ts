// A fixed pool of analysis worker threads. analyze() resolves with the Article or rejects with the reason;
// a worker that dies is replaced and only its own tasks fail.
import { Worker } from 'node:worker_threads';
import type { Article, ArticleSource } from '../article.ts';
import { rememberTerms, type ArticleTerms } from './rows.ts';

interface Task { seq: number; source: ArticleSource; resolve(a: Article): void; reject(e: Error): void }
interface Slot { worker: Worker; tasks: Map<number, Task> }

// the worker is a .ts file in the repository and a .js file in the installed package (scripts/pack.ts)
const WORKER_URL = new URL(`./analyze-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private next = 0;
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
    });
    const fail = (err: Error) => {
      for (const t of slot.tasks.values()) t.reject(new Error(`analysis worker failed (${err.message})`));
      slot.tasks.clear();
      if (this.closed) return;
      const k = this.slots.indexOf(slot);
      if (k >= 0) this.slots[k] = this.spawn();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => { if (code !== 0 && !this.closed) fail(new Error(`exit code ${code}`)); });
    slot.worker.unref();
    return slot;
  }

  analyze(source: ArticleSource): Promise<Article> {
    // Least-loaded worker, ties broken round-robin.
    let best = this.slots[this.next++ % this.slots.length];
    for (const s of this.slots) if (s.tasks.size < best.tasks.size) best = s;
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      best.tasks.set(seq, { seq, source, resolve, reject });
      best.worker.ref();
      best.worker.postMessage({ seq, source });
    }).finally(() => { if (best.tasks.size === 0) best.worker.unref(); }) as Promise<Article>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
