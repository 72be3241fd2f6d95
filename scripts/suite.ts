// `npm run bench [name…]` / `npm run eval [name…]`: runs every <suite>/*.<suite>.ts (or those whose
// name contains an argument), each in a fresh process so one run's warm caches do not flatter another.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const [suite, ...wanted] = process.argv.slice(2);
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', suite);
const suffix = `.${suite}.ts`;
const files = readdirSync(dir).filter((f) => f.endsWith(suffix) && (wanted.length === 0 || wanted.some((w) => f.includes(w)))).sort();
let failed = 0;
for (const f of files) {
  console.log(`\n## ${suite}: ${f.slice(0, -suffix.length)}`);
  const r = spawnSync(process.execPath, [join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
