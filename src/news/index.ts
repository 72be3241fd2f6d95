// PLACEHOLDER until the news-understanding work lands (issue 5).
import type { Doc } from '../doc.ts';
import type { EntityMention, Quote } from '../article.ts';
export function findQuotes(_doc: Doc, _entities: EntityMention[]): Quote[] { return []; }
export function keyphrases(_doc: Doc): string[] { return []; }
export function summarize(_doc: Doc): string[] { return []; }
export function fingerprint(_text: string): string { return ''; }
