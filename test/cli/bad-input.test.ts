// What a user sees when `rasad analyze | tokenize | tag | ner` get awkward files: every outcome is either
// the text's own words on stdout, or one clear stderr line that names the file (never a stack trace), and
// one bad file in a batch never loses the good ones.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rasad, type RunResult } from './run.ts';

const COMMANDS = ['analyze', 'tokenize', 'tag', 'ner'] as const;
type CommandName = typeof COMMANDS[number];

const PERSIAN = 'به گزارش خبرگزاری مهر، رئیس جمهور روز شنبه در تهران گفت: «ما آماده همکاری هستیم.»\nاو افزود که سفر به مسکو انجام خواهد شد.';
const ARABIC = 'قال الرئيس المصري عبد الفتاح السيسي يوم الاثنين إن مصر مستعدة للتعاون مع السعودية في القاهرة.';
const ENGLISH = 'The president of the United States said on Monday that talks with Iran will continue in Vienna.';

/** Windows-1256 bytes of a Persian string, from the code page's own decoding table (ی is written as ي there). */
function toWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (!byteOf.has(ch)) byteOf.set(ch, b);
  }
  byteOf.set('ی', byteOf.get('ي')!);
  return Uint8Array.from([...text], (ch) => {
    const b = byteOf.get(ch);
    if (b === undefined) throw new Error(`no Windows-1256 byte for ${ch}`);
    return b;
  });
}

/** Deterministic "random" bytes (a PNG header then noise), so a failure can be replayed. */
function binaryBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  let x = 12345;
  for (let i = 16; i < length; i++) { x = (x * 1103515245 + 12345) >>> 0; out[i] = x >>> 24; }
  return out;
}

/** The user-facing error contract: stderr lines are `rasad: …` messages, and none is a stack frame. */
function assertCleanStderr(r: RunResult, context: string): void {
  assert.doesNotMatch(r.stderr, /^\s+at /m, `${context}: stack trace on stderr:\n${r.stderr}`);
  for (const line of r.stderr.split('\n').filter(Boolean)) {
    assert.match(line, /^rasad: /, `${context}: stderr line is not a one-line rasad message: ${line}`);
  }
}

/** Refused: non-zero exit, nothing on stdout, and the first message names the file. */
function assertRefused(r: RunResult, file: string, context: string): void {
  assertCleanStderr(r, context);
  assert.notEqual(r.status, 0, `${context}: exit status 0 for a refused input`);
  assert.equal(r.stdout, '', `${context}: output for a refused input`);
  assert.ok(r.stderr.split('\n')[0].includes(file), `${context}: first stderr line does not name ${file}: ${r.stderr}`);
}

/** Read: exit 0, and the input's words come out (in the command's own format). */
function assertRead(r: RunResult, words: string[], context: string): void {
  assertCleanStderr(r, context);
  assert.equal(r.status, 0, `${context}: exit ${r.status}: ${r.stderr}`);
  for (const w of words) assert.ok(r.stdout.includes(w), `${context}: "${w}" missing from output:\n${r.stdout.slice(0, 500)}`);
}

/** Either outcome is acceptable, but it must be one of the two, never garbage. */
function assertReadOrRefused(r: RunResult, file: string, words: string[], context: string): void {
  if (r.status === 0) assertRead(r, words, context);
  else assertRefused(r, file, context);
}

// Words every command prints for PERSIAN: tokens (tokenize/tag), entities (ner), text (analyze --json).
const PERSIAN_WORDS: Record<CommandName, string[]> = {
  analyze: ['تهران', 'مسکو'], tokenize: ['تهران', 'مسکو'], tag: ['تهران', 'مسکو'], ner: ['تهران', 'مسکو'],
};
const args = (cmd: CommandName, file: string): string[] => (cmd === 'analyze' ? [cmd, '--json', file] : [cmd, file]);

// `analyze` takes many inputs and reports each bad one by name, so its single-file cases share ONE process
// (a start of analyze loads every model): the articles come out in input order, one per readable file.
const ANALYZE_BATCH = ['utf16le.txt', 'no-such-file.txt', 'cp1256.txt', 'empty.txt', 'bad-utf8.txt', 'cut-utf8.txt', 'blank.txt',
  'control.txt', 'image.png', 'arabic.txt', 'english.txt'];
let analyzeBatch: Promise<{ run: RunResult; perFile: Map<string, RunResult> }> | undefined;

function runAnalyzeBatch(): Promise<{ run: RunResult; perFile: Map<string, RunResult> }> {
  analyzeBatch ??= rasad(['analyze', '--json', ...ANALYZE_BATCH], dir).then((run) => {
    const articles = run.stdout.split('\n').filter(Boolean);
    const messages = run.stderr.split('\n').filter(Boolean);
    const perFile = new Map<string, RunResult>();
    let next = 0;
    for (const file of ANALYZE_BATCH) {
      const mine = messages.filter((m) => m.startsWith(`rasad: ${file}:`));
      // A file the batch refused has a message of its own; any other file has the next article.
      perFile.set(file, mine.length
        ? { status: 1, stdout: '', stderr: mine.join('\n') + '\n' }
        : { status: 0, stdout: articles[next++] ?? '', stderr: '' });
    }
    assert.equal(next, articles.length, `articles and readable files do not pair up:\n${run.stderr}`);
    return { run, perFile };
  });
  return analyzeBatch;
}

/** One command on one file; for analyze, that file's share of the batch run. */
async function runOne(cmd: CommandName, file: string): Promise<RunResult> {
  if (cmd === 'analyze' && ANALYZE_BATCH.includes(file)) return (await runAnalyzeBatch()).perFile.get(file)!;
  return rasad(args(cmd, file), dir);
}

let dir = '';
const LONG_LINE = 'رئیس جمهور در تهران گفت که مذاکرات هسته‌ای با اروپا ادامه دارد و ';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasad-bad-input-'));
  const utf8 = Buffer.from(PERSIAN, 'utf8');
  const files: Record<string, Uint8Array | string> = {
    'empty.txt': '',
    'blank.txt': '  \n\t\r\n   \n',
    'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PERSIAN, 'utf16le')]),
    'cp1256.txt': toWindows1256(PERSIAN),
    // Valid UTF-8 Persian with five corrupt bytes in the middle.
    'bad-utf8.txt': Buffer.concat([utf8.subarray(0, 60), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), utf8.subarray(60)]),
    // A UTF-8 file cut inside its last character (a truncated download, `head -c`).
    'cut-utf8.txt': Buffer.concat([utf8, Buffer.from('تهران', 'utf8').subarray(0, 1)]),
    'control.txt': `${PERSIAN.slice(0, 40)}\u0000\u0001\u0007${PERSIAN.slice(40)}`,
    'image.png': binaryBytes(4096),
    'arabic.txt': ARABIC,
    'english.txt': ENGLISH,
    // One line without a newline: 2 MB for the streaming tokenizer, 100 KB for the heavier commands.
    'long-2mb.txt': LONG_LINE.repeat(Math.ceil(2_000_000 / Buffer.byteLength(LONG_LINE))),
    // Line 2 is cut inside a string, 4 is not an object, 5 has no text.
    'mixed.jsonl': [
      '{"title":"تیتر یک","body":"رئیس جمهور در تهران گفت که مذاکرات ادامه دارد."}', '{"title": "شکسته',
      '{"text":"خبر دوم درباره مسکو است."}', '[1,2]', '{"foo":1}', '',
    ].join('\n'),
    'cut.rss': '<?xml version="1.0"?><rss><channel><item><title>خبر</title><description>رئیس جمهور در تهران گفت.</description></item><item><title>بد',
    'long-100kb.txt': LONG_LINE.repeat(Math.ceil(100_000 / Buffer.byteLength(LONG_LINE))) + 'پایان.',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'batch'));
  writeFileSync(join(dir, 'stray-controls.txt'), 'سلام دنیا\u0007 تهران \u000b ایران');
  writeFileSync(join(dir, 'batch', 'a-good.txt'), PERSIAN);
  writeFileSync(join(dir, 'batch', 'b-broken.txt'), binaryBytes(600));
});

after(() => rmSync(dir, { recursive: true, force: true }));

// Each case is its own process; run a few at once (the suite is mostly process start-up).
describe('bad input', { concurrency: 2 }, () => {
  for (const cmd of COMMANDS) {
    // tag and ner decode with the same decodeBytes + analyzeText as analyze, so only the cases where their own
    // command code matters run for them (each case is a process start; the suite must stay quick).
    const everyCase = cmd === 'analyze' || cmd === 'tokenize';
    describe(`rasad ${cmd}`, { concurrency: 2 }, () => {
      test('a missing file is one clear line', async () => {
        assertRefused(await runOne(cmd, 'no-such-file.txt'), 'no-such-file.txt', cmd);
      });

      for (const file of ['empty.txt', 'blank.txt']) {
        test(`${file}: no output, a message that names the file`, async () => {
          const r = await runOne(cmd, file);
          assertCleanStderr(r, cmd);
          assert.equal(r.stdout, '');
          assert.ok(r.stderr.includes(file), `${cmd}: nothing on stderr names ${file}: "${r.stderr}"`);
        });
      }

      test('UTF-16LE with a BOM is read', async () => {
        assertRead(await runOne(cmd, 'utf16le.txt'), PERSIAN_WORDS[cmd], `${cmd} utf16le`);
      });

      test('Windows-1256 is detected and read', async () => {
        assertRead(await runOne(cmd, 'cp1256.txt'), PERSIAN_WORDS[cmd], `${cmd} cp1256`);
      });

      if (everyCase) test('Windows-1256 given with --encoding', async () => {
        const r = await rasad([...args(cmd, 'cp1256.txt'), '--encoding', 'windows-1256'], dir);
        assertRead(r, PERSIAN_WORDS[cmd], `${cmd} --encoding windows-1256`);
      });

      test('invalid UTF-8 bytes in Persian text: the Persian words survive, or a clear refusal', async () => {
        const r = await runOne(cmd, 'bad-utf8.txt');
        assertReadOrRefused(r, 'bad-utf8.txt', PERSIAN_WORDS[cmd], `${cmd} bad utf-8`);
      });

      if (everyCase) test('UTF-8 cut inside the last character: the Persian words survive, or a clear refusal', async () => {
        const r = await runOne(cmd, 'cut-utf8.txt');
        assertReadOrRefused(r, 'cut-utf8.txt', PERSIAN_WORDS[cmd], `${cmd} cut utf-8`);
      });

      if (cmd !== 'tokenize') test('a few stray control characters (BEL, VT) are dropped with a warning naming the file', async () => {
        const r = await rasad(args(cmd, 'stray-controls.txt'), dir);
        assertRead(r, ['تهران'], `${cmd} stray controls`);
        assert.match(r.stderr, /^rasad: warning: .*stray-controls\.txt: 2 control characters/m);
      });

      if (everyCase) test('NUL and control characters: read, or one clear refusal', async () => {
        assertReadOrRefused(await runOne(cmd, 'control.txt'), 'control.txt', ['تهران'], `${cmd} control`);
      });

      test('a binary file (PNG header + noise) is refused with one clear line', async () => {
        assertRefused(await runOne(cmd, 'image.png'), 'image.png', `${cmd} png`);
      });

      if (everyCase) test('pure Arabic text goes through', async () => {
        assertRead(await runOne(cmd, 'arabic.txt'), ['مصر'], `${cmd} arabic`);
      });

      if (everyCase) test('pure English text goes through', async () => {
        assertRead(await runOne(cmd, 'english.txt'), ['president', 'Vienna'], `${cmd} english`);
      });

      test('a very long single line', async () => {
        const file = cmd === 'tokenize' ? 'long-2mb.txt' : 'long-100kb.txt';
        const r = await runOne(cmd, file);
        assertRead(r, ['تهران'], `${cmd} ${file}`);
        if (cmd === 'analyze') {
          const article = JSON.parse(r.stdout) as { text: string; sentences: unknown[] };
          assert.ok(article.text.length > 50_000, 'the long body is kept whole');
          assert.ok(article.text.endsWith('پایان.'), 'the end of the long line is not lost');
        }
        if (cmd === 'tag') assert.ok(r.stdout.trimEnd().split('\n').at(-1)!.split('\t')[1] === '.', 'the last token is tagged');
      });

      if (cmd === 'analyze') {
        test('one batch of good and bad files: exit 0, every message one clean line', async () => {
          const { run } = await runAnalyzeBatch();
          assertCleanStderr(run, 'analyze batch of files');
          assert.equal(run.status, 0, run.stderr);
        });

        test('a directory with one good and one broken file: the good article comes out, the bad one is named', async () => {
          const r = await rasad(['analyze', '--json', 'batch'], dir);
          assertCleanStderr(r, 'analyze batch');
          const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string });
          assert.equal(articles.length, 1);
          assert.ok(articles[0].text.includes('تهران'));
          assert.match(r.stderr, /b-broken\.txt/);
          assert.doesNotMatch(r.stderr, /a-good\.txt/);
        });

        test('JSON Lines with broken records: each bad line is named by number, the good records come out', async () => {
          const r = await rasad(['analyze', '--json', 'mixed.jsonl'], dir);
          assertCleanStderr(r, 'analyze jsonl');
          assert.equal(r.status, 0);
          const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { headline: string | null; text: string });
          assert.deepEqual(articles.map((a) => a.headline), ['تیتر یک', null]);
          assert.ok(articles[1].text.includes('مسکو'));
          for (const line of [2, 4, 5]) assert.match(r.stderr, new RegExp(`mixed\\.jsonl:${line}\\b`));
          assert.doesNotMatch(r.stderr, /mixed\.jsonl:[13]\b/);
        });

        test('a feed cut off in the middle keeps its complete items', async () => {
          const r = await rasad(['analyze', '--json', 'cut.rss'], dir);
          assertCleanStderr(r, 'analyze rss');
          assert.equal(r.status, 0);
          const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { headline: string | null });
          assert.deepEqual(articles.map((a) => a.headline), ['خبر']);
          assert.match(r.stderr, /cut\.rss/);
        });
      } else {
        test('a directory is refused with one clear line', async () => {
          assertRefused(await rasad([cmd, 'batch'], dir), 'batch', `${cmd} dir`);
        });
      }
    });
  }
});
