// Dates, times, numbers and amounts in Persian news text (issue 4).
export { parseNumber } from './numbers.ts';
import type { DateMention, EntityMention } from '../article.ts';
export function findDates(_text: string, _opts: { reference?: string | null } = {}): DateMention[] { return []; }
export function findQuantities(_text: string): EntityMention[] { return []; }
