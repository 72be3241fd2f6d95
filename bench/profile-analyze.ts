// Where `analyze` spends its CPU on news it has not seen: profiles analyzeSource over Fars articles that
// the warm-up and the bundled sample do not contain, then ranks functions by self time (and stages by
// inclusive time), so the next engineer can re-run it after a change and compare.
//   node bench/profile-analyze.ts [--events|--no-events] [--n 500] [--top 40] [--out /tmp/analyze.cpuprofile]
//   node bench/profile-analyze.ts --no-profile [--no-events] [--repeat 3]   (throughput only: articles/CPU-s,
//     best of the repeats, each repeat a fresh worker so no run warms the caches of the next)
//   node bench/profile-analyze.ts --summarize FILE.cpuprofile [--top 40]   (e.g. one written by node --cpu-prof)
//   node bench/profile-analyze.ts --stages   (CPU ms/article of the text, time and news stages alone on the
//     analysed unseen articles, warm loop of 3 passes: the small stages a whole-analyze figure cannot resolve)
//   node bench/profile-analyze.ts --dump FILE.jsonl   (the Article JSON, events on, of all 1,195 Fars and 221 semnan
//     records, one a line: dump before and after a speed change and `cmp` the two files)
//   node bench/profile-analyze.ts --passes 3   (all 1,416 records, several passes in one process: articles per CPU
//     second of the process and of this thread; the difference is V8's compiler and GC threads. If it stays
//     large on later passes, some function is being deoptimized and recompiled: find it with
//     `node --trace-deopt bench/profile-analyze.ts --passes 3 | grep -o 'deoptimizing.*<JSFunction [^ ]*' | sort | uniq -c`)
// Profiling uses the inspector (the same .cpuprofile format as `node --cpu-prof`) and covers only the
// measured loop: not module loading, model loading or the warm-up.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[]; positionTicks?: { line: number; ticks: number }[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const top = Number(option('--top', '40'));
const repo = fileURLToPath(new URL('../', import.meta.url));

/** `src/ner/tagger.ts:decode` for project code, `(gc)`, `node:internal…` or `(native) RegExp…` otherwise */
function frameKey(f: CallFrame): { fn: string; file: string } {
  const name = f.functionName || '(anonymous)';
  if (!f.url) return { fn: name, file: name.startsWith('(') ? name : '(native)' };
  const path = f.url.startsWith('file://') ? fileURLToPath(f.url) : f.url;
  const file = path.startsWith(repo) ? path.slice(repo.length) : path;
  return { fn: `${file}:${f.lineNumber + 1} ${name}`, file };
}

/** the stage a file belongs to: src/<module> for project code, else the file itself */
function moduleOf(file: string): string {
  const m = /^src\/([^/]+)\//.exec(file);
  return m ? `src/${m[1]}` : file.startsWith('node:') ? 'node internals' : file;
}

function summarize(profile: CpuProfile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodeTime = new Map<number, number>();
  // timeDeltas[i] is the gap before sample i; it is the time that sample stands for
  profile.samples.forEach((id, i) => nodeTime.set(id, (nodeTime.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  let total = 0;
  for (const t of nodeTime.values()) total += t;
  const self = new Map<string, number>();
  const selfFile = new Map<string, number>();
  const selfModule = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);
  // hot lines: V8's per-line ticks (inlined callees count on the caller's line)
  const lineTicks = new Map<string, number>();
  let allTicks = 0;
  for (const n of profile.nodes) {
    const { file } = frameKey(n.callFrame);
    for (const { line, ticks } of n.positionTicks ?? []) {
      allTicks += ticks;
      if (file.startsWith('src/')) add(lineTicks, `${file}:${line} (${n.callFrame.functionName || 'anonymous'})`, ticks);
    }
  }
  for (const [id, t] of nodeTime) {
    const { fn, file } = frameKey(byId.get(id)!.callFrame);
    add(self, fn, t);
    add(selfFile, file, t);
    add(selfModule, moduleOf(file), t);
    // inclusive: every distinct function on the stack (recursion counted once)
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = frameKey(byId.get(cur)!.callFrame).fn;
      if (!seen.has(k)) { seen.add(k); add(inclusive, k, t); }
    }
  }
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  const ranked = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  const lines = [`profile: ${(total / 1e3).toFixed(0)} ms sampled`];
  lines.push('', 'self time by module:');
  for (const [k, t] of ranked(selfModule, 20)) lines.push(`  ${pct(t)}  ${k}`);
  lines.push('', 'self time by file:');
  for (const [k, t] of ranked(selfFile, 25)) lines.push(`  ${pct(t)}  ${k}`);
  lines.push('', `self time by function (top ${top}):`);
  for (const [k, t] of ranked(self, top)) lines.push(`  ${pct(t)}  ${k}`);
  lines.push('', 'inclusive time of project functions (top 30):');
  for (const [k, t] of ranked(new Map([...inclusive].filter(([k]) => k.startsWith('src/'))), 30)) lines.push(`  ${pct(t)}  ${k}`);
  lines.push('', 'hottest source lines (share of line-attributed ticks, top 30):');
  for (const [k, t] of ranked(lineTicks, 30)) lines.push(`  ${((100 * t) / allTicks).toFixed(1).padStart(5)}%  ${k}`);
  return lines.join('\n');
}

if (args.includes('--summarize')) {
  console.log(summarize(JSON.parse(readFileSync(option('--summarize', ''), 'utf8'))));
} else if (args.includes('--passes')) {
  const { analyze } = await import('../src/pipeline.ts');
  const { readDocuments, isReadError } = await import('../src/news/index.ts');
  type Source = import('../src/article.ts').ArticleSource;
  const all: Source[] = [];
  for (const f of ['semnan-persian-news/news_data.utf8.jsonl', 'fars-news-1500/fars-news.utf8.jsonl']) {
    const url = new URL(`../../shared/corpora/${f}`, import.meta.url);
    for (const r of readDocuments(readFileSync(url), { name: f })) if (!isReadError(r) && r.body.length > 0) all.push(r);
  }
  const ms = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  for (let pass = 1; pass <= Number(option('--passes', '3')); pass++) {
    const p0 = process.cpuUsage(), t0 = process.threadCpuUsage();
    for (const src of all) analyze(src);
    const p = ms(process.cpuUsage(p0)), t = ms(process.threadCpuUsage(t0));
    console.log(`pass ${pass} over ${all.length} records: ${(all.length / (p / 1000)).toFixed(0)} articles/CPU-s of the process ` +
      `(this thread ${(t / 1000).toFixed(1)} s, compiler and GC threads ${((p - t) / 1000).toFixed(1)} s)`);
  }
} else if (args.includes('--dump')) {
  const { analyze } = await import('../src/pipeline.ts');
  const { readDocuments, isReadError } = await import('../src/news/index.ts');
  const lines: string[] = [];
  for (const f of ['fars-news-1500/fars-news.utf8.jsonl', 'semnan-persian-news/news_data.utf8.jsonl']) {
    const url = new URL(`../../shared/corpora/${f}`, import.meta.url);
    for (const r of readDocuments(readFileSync(url), { name: f })) lines.push(JSON.stringify(isReadError(r) ? r : analyze(r)));
  }
  writeFileSync(option('--dump', ''), lines.join('\n') + '\n');
  console.log(`${lines.length} records written to ${option('--dump', '')}`);
} else {
  const withEvents = !args.includes('--no-events');
  const n = Number(option('--n', '500'));
  const out = option('--out', '/tmp/analyze.cpuprofile');
  const { analyzeSource } = await import('../src/pipeline.ts');
  const { readDocuments, isReadError } = await import('../src/news/index.ts');
  type Source = import('../src/article.ts').ArticleSource;
  const read = (url: URL) => readDocuments(readFileSync(url), { name: url.pathname }).filter((r): r is Source => !isReadError(r) && r.body.length > 0);
  const fars = read(new URL('../../shared/corpora/fars-news-1500/fars-news.utf8.jsonl', import.meta.url));
  // the bundled sample is the first 299 Fars records: warm up on it, profile records it does not hold
  const warm = fars.slice(0, 100);
  const unseen = fars.slice(600, 600 + n);
  for (const s of warm) analyzeSource(s, { events: withEvents });
  const label = `analyze${withEvents ? ' (with events)' : ' (no events)'} over ${unseen.length} unseen Fars articles`;
  if (args.includes('--stages')) {
    const { analyzedText } = await import('../src/pipeline.ts');
    const { analyzeText } = await import('../src/text/index.ts');
    const { findDates, findQuantities } = await import('../src/time/index.ts');
    const { findQuotes, keyphrases, summarize, fingerprintSource } = await import('../src/news/index.ts');
    const docs = unseen.map((s) => analyzeSource(s, { events: false }).doc);
    const cpuMs = (): number => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
    const stage = (name: string, fn: (i: number) => unknown): void => {
      for (let i = 0; i < unseen.length; i++) fn(i);
      const a = cpuMs();
      for (let r = 0; r < 3; r++) for (let i = 0; i < unseen.length; i++) fn(i);
      console.log(`  ${name.padEnd(15)} ${((cpuMs() - a) / 3 / unseen.length).toFixed(3)} CPU-ms/article`);
    };
    console.log(`stages over ${unseen.length} unseen Fars articles (warm loop):`);
    stage('analyzeText', (i) => analyzeText(analyzedText(unseen[i]).text));
    stage('findDates', (i) => findDates(docs[i].text, { reference: unseen[i].published }));
    stage('findQuantities', (i) => findQuantities(docs[i].text));
    stage('quotes', (i) => findQuotes(docs[i], docs[i].entities));
    stage('keyphrases', (i) => keyphrases(docs[i]));
    stage('summary', (i) => summarize(docs[i]));
    stage('fingerprint', (i) => fingerprintSource(unseen[i]));
  } else if (args.includes('--no-profile')) {
    const cpu0 = process.cpuUsage();
    for (const s of unseen) analyzeSource(s, { events: withEvents });
    const cpu = process.cpuUsage(cpu0);
    const rate = unseen.length / ((cpu.user + cpu.system) / 1e6);
    if (process.env.PROFILE_ANALYZE_CHILD) console.log(rate);
    else {
      // repeats in fresh processes: a second pass in this one would find every word cached
      const { spawnSync } = await import('node:child_process');
      const rates = [rate];
      for (let r = 1; r < Number(option('--repeat', '3')); r++) {
        const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args], { env: { ...process.env, PROFILE_ANALYZE_CHILD: '1' }, encoding: 'utf8' });
        rates.push(Number(child.stdout.trim()));
      }
      console.log(`${label}: ${Math.max(...rates).toFixed(1)} articles/CPU-s (best of ${rates.length}: ${rates.map((x) => x.toFixed(1)).join(', ')})`);
    }
  } else {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    for (const s of unseen) analyzeSource(s, { events: withEvents });
    const cpu = process.cpuUsage(cpu0);
    const wall = performance.now() - wall0;
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(out, JSON.stringify(profile));
    const cpuS = (cpu.user + cpu.system) / 1e6;
    console.log(`${label}: ${(unseen.length / cpuS).toFixed(1)} articles/CPU-s, ${(unseen.length / (wall / 1e3)).toFixed(1)} articles/s wall (profiler on)`);
    console.log(`profile written to ${out}\n`);
    console.log(summarize(profile as unknown as CpuProfile));
  }
}
