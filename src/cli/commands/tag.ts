// `rasad tag`: part-of-speech tags and lemmas as CoNLL-U — of raw text (tokenized first) or of a
// CoNLL-U file whose tokens are kept (--conllu).
import type { Command } from 'commander';
import { readInput, warn, noText } from '../io.ts';

export function register(program: Command): void {
  program
    .command('tag')
    .description('POS-tag and lemmatize Persian text (UPOS, XPOS/FEATS where known, LEMMA) and print CoNLL-U')
    .argument('[file]', 'raw text file, or - for standard input', '-')
    .option('--conllu <file>', 'read CoNLL-U (- for standard input) and keep its tokens and words; fill UPOS, XPOS, FEATS, LEMMA')
    .option('--encoding <name>', 'input encoding (utf-8, utf-16le, utf-16be, windows-1256); default: detect')
    .action(async (file: string, opts: { conllu?: string; encoding?: string }) => {
      const { decodeBytes } = await import('../../text/index.ts');
      if (opts.conllu !== undefined) {
        const name = opts.conllu === '-' ? 'stdin' : opts.conllu;
        const text = decodeBytes(await readInput(opts.conllu), { encoding: opts.encoding, name , onWarning: warn });
        const { tagConllu } = await import('../../tag/conllu.ts');
        process.stdout.write(tagConllu(text, name));
        return;
      }
      const name = file === '-' ? 'stdin' : file;
      const raw = decodeBytes(await readInput(file), { encoding: opts.encoding, name , onWarning: warn });
      const { analyzeText, toConllu, UD_OPTIONS } = await import('../../text/index.ts');
      const { tagDoc } = await import('../../tag/index.ts');
      const doc = analyzeText(raw, UD_OPTIONS);
      tagDoc(doc);
      const out = toConllu(doc);
      if (!out) noText(name, 'tag');
      process.stdout.write(out);
    });
}
