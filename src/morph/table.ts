// Reads a two-column data file (key<TAB>value per line) into a map; lines without a tab are skipped.
import { readFileSync } from 'node:fs';

export function readTable(url: URL): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
}
