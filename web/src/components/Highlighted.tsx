// Text with [start, end) ranges marked. Built from text nodes only: whatever the text holds
// (HTML, scripts) is shown as characters, never parsed as markup.
export function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  const sorted = ranges
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s < e && s >= 0 && e <= text.length)
    .slice()
    .sort((x, y) => x[0] - y[0]);
  const parts = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (s < at) continue; // overlapping range: the earlier one wins
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span class="user-text">{parts}</span>;
}
