// PLACEHOLDER until the dates/numbers work lands (issue 4).
import type { DateMention, EntityMention } from '../article.ts';
export function findDates(_text: string, _opts: { reference?: string | null } = {}): DateMention[] { return []; }
export function findQuantities(_text: string): EntityMention[] { return []; }
