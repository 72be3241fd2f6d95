// PLACEHOLDER until the NER work lands (issue 4).
import type { Doc } from '../doc.ts';
import type { EntityMention } from '../article.ts';
export function recognizeEntities(_doc: Doc): EntityMention[] { return []; }
