// Agency names: canonical forms of Iranian news agencies from their many spellings.
import { readFileSync } from 'node:fs';
import { foldKey } from './fold.ts';

interface AgencyEntry { name: string; aliases: string[] }

const table: AgencyEntry[] = JSON.parse(readFileSync(new URL('./data/agencies.json', import.meta.url), 'utf8')).agencies;
const byKey = new Map<string, string>();
for (const a of table) {
  byKey.set(foldKey(a.name), a.name);
  for (const alias of a.aliases) byKey.set(foldKey(alias), a.name);
}

/** The canonical agency name for a written name («فارس», «خبرگزاری فارس», "Fars News Agency"), or undefined. */
export function canonicalAgency(written: string): string | undefined {
  const key = foldKey(written.replace(/^(?:خبرگزاری|خبرگزاري)\s*/, ''));
  return byKey.get(foldKey(written)) ?? byKey.get(key);
}

/** Site names in page titles: "… - خبرگزاری مهر | Mehr News Agency" -> the agency found in any part. */
export function agencyInTitle(title: string): string | undefined {
  for (const part of title.split(/\s[-|–—]\s|\|/)) {
    const a = canonicalAgency(part.trim());
    if (a) return a;
  }
  return undefined;
}
