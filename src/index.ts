// Library entry point: the whole pipeline, and each stage on its own.
export * from './article.ts';
export { Doc, UPOS } from './doc.ts';
export { analyze, analyzeSource, articleId } from './pipeline.ts';
export type { ArticleInput, AnalyzeOptions, Analysis } from './pipeline.ts';
// text/ — normalization, sentences, tokens, CoNLL-U, byte decoding
export { normalize, analyzeText, toConllu } from './text/index.ts';
export { decodeBytes } from './text/decode.ts';
// morph/ and tag/ — lemmas, the search stemmer, part of speech
export { lemmatize, stem } from './morph/index.ts';
export { tagDoc } from './tag/index.ts';
// ner/ and time/ — entities with canonical refs, dates and quantities
export { recognizeEntities, resolveActor } from './ner/index.ts';
export { findDates, findQuantities, parseNumber, parseDate } from './time/index.ts';
// news/ and events/ — readers, quotes, near-duplicates, events
export { readDocuments, readPaths, isReadError, findQuotes, keyphrases, summarize, fingerprint, fingerprintSource, similarity, clusterDuplicates } from './news/index.ts';
export { extractEvents } from './events/index.ts';
// store/ — SQLite or PostgreSQL
export { openStore } from './store/index.ts';
