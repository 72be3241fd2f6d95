// PLACEHOLDER until the events work lands (issue 8).
import type { Doc } from '../doc.ts';
import type { DateMention, EntityMention, Event, Quote } from '../article.ts';
export interface EventContext { entities: EntityMention[]; dates: DateMention[]; quotes: Quote[]; published: string | null }
export function extractEvents(_doc: Doc, _ctx: EventContext): Event[] { return []; }
