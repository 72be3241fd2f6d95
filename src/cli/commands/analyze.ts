// `rasad analyze FILE|DIR|-`: articles in any supported format -> Article JSON, or a Persian summary.
import type { Command } from 'commander';
import type { Article } from '../../article.ts';

const TYPE_NAMES: Record<string, string> = {
  PER: 'اشخاص', ORG: 'سازمان‌ها', LOC: 'مکان‌ها', FAC: 'تأسیسات', EVE: 'رویدادها', PRO: 'محصولات', NAT: 'ملیت‌ها',
  DAT: 'تاریخ‌ها', TIM: 'زمان‌ها', MON: 'مبالغ', PCT: 'درصدها',
};

/** A date with its resolved value; an empty value means an impossible date (valid: false) or a relative
 * date with no reference date to resolve against (no publication date). */
function dateLabel(d: Article['dates'][number]): string {
  if (d.value) return `${d.text} (${d.value})`;
  return `${d.text} (${d.valid === false ? 'تاریخ نادرست' : 'بدون تاریخ مرجع'})`;
}

/** A readable right-to-left summary of one article for the terminal. */
export function describe(a: Article): string {
  const lines: string[] = [];
  lines.push(`■ ${a.headline ?? '(بدون تیتر)'}`);
  if (a.lead) lines.push(`  لید: ${a.lead}`);
  const meta = [a.agency && `خبرگزاری: ${a.agency}`, a.service && `سرویس: ${a.service}`, a.published && `تاریخ: ${a.published}`].filter(Boolean);
  if (meta.length) lines.push(`  ${meta.join(' | ')}`);
  if (a.sources.length) lines.push(`  منابع: ${a.sources.join('، ')}`);
  const byType = new Map<string, Set<string>>();
  for (const e of a.entities) {
    const set = byType.get(e.type) ?? new Set<string>();
    set.add(e.text);
    byType.set(e.type, set);
  }
  if (byType.size) {
    lines.push('  موجودیت‌ها:');
    for (const [type, names] of byType) lines.push(`    ${TYPE_NAMES[type] ?? type}: ${[...names].slice(0, 12).join('، ')}`);
  }
  if (a.quotes.length) {
    lines.push(`  نقل‌قول‌ها (${a.quotes.length}):`);
    for (const q of a.quotes.slice(0, 10)) {
      const text = q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text;
      lines.push(`    ${q.speaker?.text ?? 'نامعلوم'} (${q.verb ?? '—'}${q.direct ? '' : '، غیرمستقیم'}): «${text}»`);
    }
  }
  if (a.dates.length) lines.push(`  تاریخ‌ها: ${a.dates.slice(0, 8).map(dateLabel).join('، ')}`);
  if (a.events.length) {
    // who did what to whom, as the README promises the summary shows
    lines.push(`  رویدادها (${a.events.length}):`);
    for (const e of a.events.slice(0, 10)) {
      const party = (p: { text: string; ref?: string } | null) => (p ? p.text : '—');
      const extra = [e.negated && 'منفی', e.time].filter(Boolean).join('، ');
      lines.push(`    ${e.type}: ${party(e.actor)} ← ${party(e.target)}${(e as { trigger?: string }).trigger ? ` «${(e as { trigger?: string }).trigger}»` : ''}${extra ? ` (${extra})` : ''}`);
    }
  }
  if (a.keyphrases?.length) lines.push(`  کلیدواژه‌ها: ${a.keyphrases.join('، ')}`);
  if (a.summary?.length) lines.push(`  خلاصه: ${a.summary.join(' ')}`);
  return lines.join('\n');
}

/** The ISO day after `day`: where parsePeriod's period of one day ends (its end is exclusive). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `rasad … | head`: a reader that closes the pipe ends the output, not with a stack trace. */
export function stopQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export function register(program: Command): void {
  program.command('analyze')
    .description('analyze Persian news (wire text, HTML, RSS/Atom, JSON Lines, or a directory of these) into Article JSON')
    .argument('[inputs...]', 'files or directories; - or nothing reads standard input')
    .option('--json', 'print Article JSON (one object per line when there are several)')
    .option('--encoding <name>', 'input encoding instead of detecting it (utf-8, utf-16le, windows-1256)')
    .option('--no-events', 'skip event extraction (faster)')
    .option('--published <date>', 'publication date for documents that carry none (2021-12-05 or ۱۴۰۰/۰۹/۱۴): relative dates («دیروز», «هفته گذشته») resolve against it')
    .action(async (inputs: string[], opts: { json?: boolean; encoding?: string; events: boolean; published?: string }) => {
      stopQuietlyOnClosedPipe();
      let published: string | undefined;
      if (opts.published !== undefined) {
        const { parsePeriod } = await import('../../search/dates.ts');
        const p = parsePeriod(opts.published);
        // a day only: a month or a year is no publication date
        if (!p || p.end !== nextDay(p.start)) throw new Error(`--published: ${opts.published} is not a day (use 2021-12-05 or ۱۴۰۰/۰۹/۱۴)`);
        published = p.start;
      }
      const { readDocuments, readPaths, isReadError, isEmptyInput } = await import('../../news/index.ts');
      const { analyze } = await import('../../pipeline.ts');
      const { readInput, warn, noText } = await import('../io.ts');
      type Result = ReturnType<typeof readDocuments>[number];
      const paths = inputs.filter((p) => p !== '-');
      async function* sources(): AsyncIterable<Result> {
        if (inputs.length === 0 || inputs.includes('-')) yield* readDocuments(await readInput('-'), { name: 'stdin', encoding: opts.encoding, onWarning: warn });
        if (paths.length) yield* readPaths(paths, { encoding: opts.encoding, onWarning: warn });
      }
      let good = 0, bad = 0, empty = 0;
      for await (const src of sources()) {
        if (isReadError(src) && isEmptyInput(src)) {
          empty++;
          noText(src.origin, 'analyze');
          continue;
        }
        if (isReadError(src)) {
          bad++;
          console.error(`rasad: ${src.origin}: ${src.error}`);
          continue;
        }
        let article: Article;
        try {
          article = analyze(published && !src.published ? { ...src, published } : src, { events: opts.events });
        } catch (e) {
          bad++;
          console.error(`rasad: ${src.origin ?? 'input'}: analysis failed (${(e as Error).message})`);
          continue;
        }
        good++;
        if (opts.json) process.stdout.write(`${JSON.stringify(article)}\n`);
        else process.stdout.write(`${good > 1 ? '\n' : ''}${describe(article)}\n`);
      }
      if (good === 0 && !(empty && !bad)) throw new Error(bad ? `nothing could be read (${bad} bad document${bad > 1 ? 's' : ''})` : 'no input');
    });
}
