// The full-text index holds the terms of the analyzer that built it. When the analyzer changes (a better
// stemmer, new folding), queries would be analyzed differently from the stored terms and miss documents, so a
// store remembers the analyzer's signature and re-indexes itself from the stored article JSON when it differs.
import { createHash } from 'node:crypto';
import type { Article } from '../article.ts';
import { indexTerms } from '../analysis/index.ts';
import type { Db } from './db.ts';
import { reindexArticle } from './rows.ts';

// Words that exercise folding, ZWNJ, verbal prefixes, plurals, clitics, comparatives and digits.
const PROBE = `كشورهاي اروپایی می گوید میگوید نمی‌خواهند خبرگزاری‌ها رئیس‌جمهور کتاب‌هایشان دانشجویان نمایندگان
  ملاحظات بزرگ‌ترین بهتر صدای مردم شهرها روستاها وزیران خارجه تحریم‌ها مذاکرات ۱۴۰۰ 2021 U.S. همکاری‌های اقتصادی
  سازمان‌های بین‌المللی گفت‌وگو برگزار شد اعلام کردند خانه‌ام دوستانش آمریکایی‌ها فلسطینیان`;

export function analyzerSignature(): string {
  return createHash('sha256').update(indexTerms(PROBE).join(' ')).digest('hex').slice(0, 16);
}

const BATCH = 500;

/** Re-index when the store was built with another analyzer. Returns how many articles were re-indexed. */
export async function ensureAnalyzer(db: Db, log: (line: string) => void = (l) => console.error(l)): Promise<number> {
  const want = analyzerSignature();
  const row = await db.get<{ value: string }>("SELECT value FROM settings WHERE key = 'analyzer'");
  if (row?.value === want) return 0;
  const total = Number((await db.get<{ n: number }>('SELECT count(*) AS n FROM articles'))?.n ?? 0);
  if (row && total > 0) log(`rasad: the search analyzer changed since this store was indexed: re-indexing ${total} articles…`);
  let done = 0;
  for (let last = -1; row && done < total;) {
    const rows = await db.all<{ seq: number; json: string }>('SELECT seq, json FROM articles WHERE seq > ? ORDER BY seq LIMIT ?', [last, BATCH]);
    if (rows.length === 0) break;
    await db.transaction(async (tx) => {
      for (const r of rows) await reindexArticle(tx, Number(r.seq), JSON.parse(r.json) as Article);
    });
    last = Number(rows[rows.length - 1].seq);
    done += rows.length;
  }
  // A store from before v6 has no signature: its terms are assumed current (nothing to compare with).
  await db.run("INSERT INTO settings (key, value) VALUES ('analyzer', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [want]);
  return done;
}
