// PLACEHOLDER until the POS/lemma work lands (issue 3): leaves the tag columns empty.
import type { Doc } from '../doc.ts';
export function tagDoc(_doc: Doc): void {}
