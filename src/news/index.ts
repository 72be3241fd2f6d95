// News understanding: readers for the formats news arrives in, wire structure and attribution, quotes,
// keyphrases, summaries and near-duplicate fingerprints.
export type { ReadError, ReadResult, ReadOptions } from './types.ts';
export { isReadError } from './types.ts';
export { readDocuments, readPaths, isEmptyInput } from './read.ts';
export { parseWire, stripEndMarkers } from './structure.ts';
export { findAttributions } from './attribution.ts';
export { canonicalAgency } from './agencies.ts';
export { findQuotes } from './quotes.ts';
export { keyphrases, summarize } from './keyphrases.ts';
export { fingerprint, fingerprintSource, similarity, clusterDuplicates, DUPLICATE_THRESHOLD } from './dedupe.ts';
export type { DuplicateCluster, Fingerprinted } from './dedupe.ts';
