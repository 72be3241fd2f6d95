// A worker thread that analyzes article sources: messages { seq, source } -> { seq, article, terms } | { seq, error },
// each reply with `cpu` (this thread's CPU ms so far) and `waited` (ms it sat with no task before this one), so an
// ingest can tell analysis time from time the workers spent waiting for the main thread.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline.ts';
import type { ArticleSource } from '../article.ts';
import { articleTerms } from './rows.ts';

let lastReply = 0;
const cpuMs = (): number => { const c = process.threadCpuUsage(); return (c.user + c.system) / 1000; };

parentPort!.on('message', (msg: { seq: number; source: ArticleSource }) => {
  const waited = lastReply > 0 ? performance.now() - lastReply : 0;
  let reply;
  try {
    const article = analyze(msg.source);
    // the index terms too: tokenizing is analysis work, better here than on the thread that writes
    reply = { seq: msg.seq, article, terms: articleTerms(article), cpu: cpuMs(), waited };
  } catch (err) {
    reply = { seq: msg.seq, error: (err as Error).message || String(err), cpu: cpuMs(), waited };
  }
  parentPort!.postMessage(reply);
  lastReply = performance.now();
});
