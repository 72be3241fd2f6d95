#!/usr/bin/env node
// Entry point of the `rasad` command. Node 24 runs our TypeScript sources directly (type stripping).
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`rasad needs Node 24 or newer (this is ${process.version}). Run it through npm (npm start, npx rasad) so the pinned Node 24 is used.`);
  process.exit(1);
}
process.removeAllListeners('warning');
process.on('warning', (w) => { if (w.name !== 'ExperimentalWarning') console.warn(w); });
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
