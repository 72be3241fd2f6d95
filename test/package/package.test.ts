// The compiled package (scripts/pack.ts) works where users get it: under node_modules, where Node will
// not strip TypeScript types. The package is built into a temporary project whose node_modules links
// this repository's dependencies, then used as a library and as the `rasad` command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the built package runs from node_modules as a library and as a command', () => {
  const project = mkdtempSync(join(tmpdir(), 'rasad-package-'));
  try {
    const modules = join(project, 'node_modules');
    mkdirSync(modules);
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name !== 'rasad' && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(modules, name));
    }
    const pkg = join(modules, 'rasad');
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'pack.ts'), '--out', pkg], { encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    assert.ok(existsSync(join(pkg, 'src', 'index.d.ts')), 'type declarations are emitted');
    assert.equal(readdirSync(join(pkg, 'src'), { recursive: true }).filter((f) => String(f).endsWith('.ts') && !String(f).endsWith('.d.ts')).length, 0,
      'no TypeScript sources in the package');

    writeFileSync(join(project, 'use.mjs'), `
      import { analyze, stem } from 'rasad';
      const a = analyze({ body: 'وزیر امور خارجه روسیه روز دوشنبه به تهران سفر کرد و با رئیس‌جمهور ایران دیدار کرد.' });
      console.log(JSON.stringify({ tokens: a.sentences.length, refs: a.entities.map((e) => e.ref).filter(Boolean), events: a.events.map((e) => e.type), stem: stem('کشورها') }));
    `);
    const used = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
    assert.equal(used.status, 0, used.stderr);
    const out = JSON.parse(used.stdout);
    assert.equal(out.tokens, 1);
    assert.ok(out.refs.includes('country:RUS') && out.refs.includes('country:IRN'), used.stdout);
    assert.ok(out.events.includes('CONSULT'), used.stdout);
    assert.equal(out.stem, 'کشور');

    const cli = spawnSync(process.execPath, [join(pkg, 'bin', 'rasad.js'), 'tokenize', '-'], { cwd: project, input: 'کتاب‌هایشان را آوردند.', encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /کتاب‌هایشان/);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
