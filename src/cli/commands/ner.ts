// `rasad ner [FILE|-]`: named entities. With --conll, reads `token<TAB>anything` lines (blank line
// between sentences) and writes `token<TAB>IOB2 tag`, keeping the given tokens; otherwise raw text ->
// one entity per line (or JSON). --conll writes ParsTwiNER's six types by default (PER ORG LOC EVE POG NAT),
// so the output scores against that corpus as it is; --types rasad gives ours.
import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('ner')
    .description('recognize named entities (PER ORG LOC FAC EVE PRO NAT) with canonical refs; --conll tags given tokens in IOB2 (ParsTwiNER types unless --types rasad)')
    .argument('[input]', 'file; - or nothing reads standard input')
    .option('--conll', 'input is token<TAB>anything lines, blank line between sentences; output token<TAB>IOB2 tag')
    .option('--types <set>', 'with --conll: parstwiner = ParsTwiNER\'s six types PER ORG LOC EVE POG NAT (POG kept, FAC/PRO written as LOC); rasad = ours (POG as ORG, FAC, PRO)', 'parstwiner')
    .option('--parstwiner', 'with --conll: same as --types parstwiner (the default; kept for old scripts)')
    .option('--vote', 'with --conll: the span vote of the tagger ensemble, without gazetteers and news rules (best on tweets such as ParsTwiNER)')
    .option('--model-only', 'with --conll: the pipeline\'s statistical tagger alone')
    .option('--full', 'with --conll: tagger + gazetteers + news rules, as on raw text (the default)')
    .option('--full-vote', 'with --conll: gazetteers + news rules over the tagger ensemble\'s vote (five taggers: slower; best on ParsTwiNER dev)')
    .option('--json', 'raw text mode: print the mentions as JSON')
    .option('--encoding <name>', 'input encoding (utf-8, utf-16le, utf-16be, windows-1256); default: detect')
    .action(async (input: string | undefined, opts: { conll?: boolean; types: string; parstwiner?: boolean; vote?: boolean; modelOnly?: boolean; full?: boolean; fullVote?: boolean; json?: boolean; encoding?: string }) => {
      if (opts.types !== 'parstwiner' && opts.types !== 'rasad') throw new Error(`--types: ${opts.types}: expected parstwiner or rasad`);
      if (opts.parstwiner && opts.types === 'rasad') throw new Error('--parstwiner: conflicts with --types rasad');
      if ([opts.vote, opts.modelOnly, opts.full, opts.fullVote].filter(Boolean).length > 1) throw new Error('--vote, --model-only, --full and --full-vote: give one of them');
      const { readInput, warn, noText } = await import('../io.ts');
      const { decodeBytes } = await import('../../text/decode.ts');
      const name = input && input !== '-' ? input : 'stdin';
      const text = decodeBytes(await readInput(input), { name, encoding: opts.encoding , onWarning: warn });
      // as tokenize, tag and analyze: an empty input is not an error, but say why nothing came out
      if (!text.trim()) { noText(name, 'find entities in'); return; }
      const ner = await import('../../ner/index.ts');
      if (opts.conll) {
        const { parseConll } = await import('../../ner/conll.ts');
        const out: string[] = [];
        for (const s of parseConll(text)) {
          const tags = ner.tagTokens(s.tokens, { types: opts.types, recognizer: opts.vote ? 'vote' : opts.modelOnly ? 'model' : opts.full ? 'full' : opts.fullVote ? 'full-vote' : undefined });
          s.tokens.forEach((t, i) => out.push(`${t}\t${tags[i]}`));
          out.push('');
        }
        process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
        return;
      }
      const { analyzeText } = await import('../../text/index.ts');
      const doc = analyzeText(text);
      const mentions = ner.recognizeEntities(doc);
      if (opts.json) { process.stdout.write(JSON.stringify(mentions) + '\n'); return; }
      for (const m of mentions) {
        const extra = [m.ref, m.role && `role=${m.role}`, m.country && `country=${m.country}`, m.nominal && 'nominal'].filter(Boolean).join(' ');
        process.stdout.write(`${m.start}\t${m.end}\t${m.type}\t${m.text}${extra ? `\t${extra}` : ''}\n`);
      }
    });
}
