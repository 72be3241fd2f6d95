// Reader results: a good document, or a per-document error that names where it came from.
import type { ArticleSource } from '../article.ts';

export interface ReadError { error: string; origin: string }
export type ReadResult = ArticleSource | ReadError;

export function isReadError(r: ReadResult): r is ReadError {
  return typeof (r as ReadError).error === 'string';
}

export interface ReadOptions {
  /** file name or other label, used in errors and as the article origin */
  name?: string;
  /** force an encoding (utf-8, utf-16le, utf-16be, windows-1256) instead of detecting it */
  encoding?: string;
  /** told about a document that is read but not clean (stray control characters), one line naming it */
  onWarning?: (message: string) => void;
}
