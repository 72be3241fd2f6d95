// `rasad tokenize [FILE|-]`: raw Persian text -> sentences, tokens and UD words (CoNLL-U by default).
// Streams: large files are read, decoded and analysed chunk by chunk with bounded memory.
import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Doc } from '../../doc.ts';

type Format = 'conllu' | 'json' | 'text';

export function register(program: Command): void {
  program
    .command('tokenize')
    .description('split Persian text into sentences and tokens (UD Persian conventions); CoNLL-U with the input\'s own characters as FORM and Norm= in MISC')
    .argument('[file]', 'text file, or - for standard input', '-')
    .option('--encoding <name>', 'input encoding (utf-8, utf-16le, utf-16be, windows-1256); default: detect')
    .option('--format <format>', 'conllu | json (one sentence object per line) | text (one sentence per line, tokens separated by spaces)', 'conllu')
    .option('--no-mwt', 'do not split multi-word tokens (کتابش stays one word)')
    .action(async (file: string, opts: { encoding?: string; format: string; mwt: boolean }) => {
      const format = opts.format as Format;
      if (!['conllu', 'json', 'text'].includes(format)) throw new Error(`--format: expected conllu, json or text, got "${opts.format}"`);
      const { analyzeStream, toConllu, UD_OPTIONS } = await import('../../text/index.ts');
      const name = file === '-' ? 'stdin' : file;
      if (file !== '-') {
        const st = await stat(file).catch(() => { throw new Error(`${file}: no such file`); });
        if (st.isDirectory()) throw new Error(`${file}: is a directory`);
      }
      const source = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
      let sentences = 0;
      const analyze = { ...UD_OPTIONS, multiwordTokens: opts.mwt };
      for await (const { doc, base } of analyzeStream(source, { name, encoding: opts.encoding, analyze })) {
        let out: string;
        if (format === 'conllu') out = toConllu(doc, { firstSentence: sentences + 1 });
        else if (format === 'json') out = jsonLines(doc, base, sentences);
        else out = textLines(doc);
        sentences += doc.sentenceCount;
        if (out && !process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
      }
      if (sentences === 0) (await import('../io.ts')).noText(name, 'tokenize');
    });
}

function jsonLines(doc: Doc, base: number, before: number): string {
  const { original, toOriginal } = doc;
  const lines: string[] = [];
  for (const s of doc.sentences()) {
    const tokens = Array.from(s.tokens(), (t) => {
      const a = toOriginal[t.start], b = toOriginal[t.end];
      const o: Record<string, unknown> = { text: original.slice(a, b), start: base + a, end: base + b };
      if (t.text !== o.text) o.norm = t.text;
      if (t.wordCount > 1) o.words = Array.from(t.words(), (w) => w.text);
      return o;
    });
    const a = toOriginal[s.start], b = toOriginal[s.end];
    lines.push(JSON.stringify({ id: `s${before + s.index + 1}`, text: original.slice(a, b), tokens }));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function textLines(doc: Doc): string {
  const lines: string[] = [];
  for (const s of doc.sentences()) lines.push(Array.from(s.tokens(), (t) => t.originalText).join(' '));
  return lines.length ? lines.join('\n') + '\n' : '';
}
