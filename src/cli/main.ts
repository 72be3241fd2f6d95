// The `rasad` command. Each subcommand lives in its own file under ./commands and exports
// `register(program)`; heavy modules are imported inside the action so `--help` stays instant.
import { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('rasad')
    .description('Rasad (رصد): Persian news intelligence — analyze, search and serve Persian news')
    .version('0.1.0')
    .showHelpAfterError();
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'commands');
  // .ts in the repository, .js in the installed package (scripts/pack.ts)
  const files = readdirSync(dir).filter((f) => /\.[jt]s$/.test(f) && !/\.(test|d)\.ts$/.test(f)).sort();
  for (const f of files) {
    const mod = await import(join(dir, f));
    mod.register(program);
  }
  try {
    await program.parseAsync(argv);
  } catch (err) {
    // Errors reaching here are expected failures (bad input, missing file): one clear line, no stack.
    console.error(`rasad: ${(err as Error).message}`);
    if (process.env.RASAD_DEBUG) console.error(err);
    process.exitCode = 1;
  }
}
