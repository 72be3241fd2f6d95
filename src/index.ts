// Library entry point.
export * from './article.ts';
export { Doc, UPOS } from './doc.ts';
export { normalize, analyzeText } from './text/index.ts';
export { analyze, analyzeSource } from './pipeline.ts';
