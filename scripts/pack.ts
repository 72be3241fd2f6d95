// `npm run pack`: builds the installable npm package in dist/package (and, with --tarball, dist/rasad-<v>.tgz).
// In this repository Node 24 runs the TypeScript sources directly, but Node refuses to strip types from
// files under node_modules, so a package that others install must ship JavaScript. tsc emits JS and .d.ts
// with the same folder layout as the sources, which keeps every `new URL('./data/…', import.meta.url)` and
// `../../models/…` lookup valid; the language data, models, bundled samples and the built web UI are copied
// beside it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = outArg >= 0 ? args[outArg + 1] : join(root, 'dist', 'package');

function run(cmd: string, cmdArgs: string[], cwd = root): void {
  const r = spawnSync(cmd, cmdArgs, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status})`);
}

/** Every folder named `data` under src (language data lives beside the code that reads it). */
function dataDirs(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    if (name === 'data') found.push(path);
    else found.push(...dataDirs(path));
  }
  return found;
}

rmSync(out, { recursive: true, force: true });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
run(process.execPath, [tsc, '-p', join(root, 'tsconfig.lib.json'), '--outDir', out]);

for (const dir of dataDirs(join(root, 'src'))) cpSync(dir, join(out, relative(root, dir)), { recursive: true });
cpSync(join(root, 'models'), join(out, 'models'), { recursive: true });
cpSync(join(root, 'samples'), join(out, 'samples'), { recursive: true });
if (existsSync(join(root, 'web', 'dist'))) cpSync(join(root, 'web', 'dist'), join(out, 'web', 'dist'), { recursive: true });
else console.warn('pack: web/dist is not built (npm run build); `rasad serve` from the package will serve the API only');
for (const f of ['README.md', 'LICENSE']) cpSync(join(root, f), join(out, f));

mkdirSync(join(out, 'bin'), { recursive: true });
const bin = readFileSync(join(root, 'bin', 'rasad.js'), 'utf8').replace("'../src/cli/main.ts'", "'../src/cli/main.js'");
if (!bin.includes("'../src/cli/main.js'")) throw new Error('pack: bin/rasad.js no longer imports ../src/cli/main.ts; update scripts/pack.ts');
writeFileSync(join(out, 'bin', 'rasad.js'), bin, { mode: 0o755 });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const published = {
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  type: 'module',
  engines: pkg.engines,
  bin: { rasad: 'bin/rasad.js' },
  exports: { '.': { types: './src/index.d.ts', default: './src/index.js' } },
  types: './src/index.d.ts',
  dependencies: pkg.dependencies,
};
writeFileSync(join(out, 'package.json'), JSON.stringify(published, null, 2) + '\n');

if (args.includes('--tarball')) run('npm', ['pack', '--pack-destination', dirname(out)], out);
console.log(`pack: ${relative(process.cwd(), out) || '.'} ready`);
