// Span voting over the outputs of several taggers (an ensemble of perceptrons trained in different
// orders): a name is kept when enough of them found exactly that span with that type.
import { chunks, type Chunk } from './score.ts';

/** Spans that at least `minVotes` of `tagLists` (IOB2 tags of one sentence each) contain with the same
 * start, end and type; where kept spans overlap, more votes win, then the longer span, then the earlier. */
export function voteSpans(tagLists: readonly (readonly string[])[], minVotes: number): Chunk[] {
  const votes = new Map<string, { span: Chunk; votes: number }>();
  for (const tags of tagLists) {
    for (const c of chunks(tags)) {
      const key = `${c.start}:${c.end}:${c.type}`;
      const v = votes.get(key);
      if (v) v.votes++; else votes.set(key, { span: c, votes: 1 });
    }
  }
  const cands = [...votes.values()].filter((v) => v.votes >= minVotes)
    .sort((a, b) => b.votes - a.votes || (b.span.end - b.span.start) - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: Chunk[] = [];
  for (const { span } of cands) if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

/** IOB2 tags of `n` words from non-overlapping spans. */
export function spansToTags(n: number, spans: readonly Chunk[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}
