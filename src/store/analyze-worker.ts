// A worker thread that analyzes article sources: messages { seq, source } -> { seq, article, terms } | { seq, error }.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline.ts';
import type { ArticleSource } from '../article.ts';
import { articleTerms } from './rows.ts';

parentPort!.on('message', (msg: { seq: number; source: ArticleSource }) => {
  try {
    const article = analyze(msg.source);
    // the index terms too: tokenizing is analysis work, better here than on the thread that writes
    parentPort!.postMessage({ seq: msg.seq, article, terms: articleTerms(article) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: (err as Error).message || String(err) });
  }
});
