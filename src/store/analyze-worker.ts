// A worker thread that analyzes article sources: messages { seq, source } -> { seq, article } | { seq, error }.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline.ts';
import type { ArticleSource } from '../article.ts';

parentPort!.on('message', (msg: { seq: number; source: ArticleSource }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, article: analyze(msg.source) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: (err as Error).message || String(err) });
  }
});
