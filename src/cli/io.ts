// Shared CLI input helpers: read a file or stdin ('-') as bytes.
import { readFile } from 'node:fs/promises';

export async function readInput(path: string | undefined): Promise<Buffer> {
  if (!path || path === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new Error(`${path}: no such file`);
    if (e.code === 'EISDIR') throw new Error(`${path}: is a directory`);
    throw new Error(`${path}: ${e.message}`);
  }
}

/** Non-fatal reading problems (stray control characters dropped…) go to stderr, one line each. */
export function warn(message: string): void {
  console.error(`rasad: warning: ${message}`);
}

/** An empty input (no bytes, or white space only) is no error: every command says so in one line naming
 * the input, prints nothing on stdout and exits 0, and a batch goes on with its other inputs (QA S3 Q11). */
export function noText(name: string, what: 'tokenize' | 'tag' | 'analyze' | 'find entities in'): void {
  console.error(`rasad: ${name}: no text to ${what} (empty or whitespace only)`);
}
