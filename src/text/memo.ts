// A bounded memo for per-word decisions (word frequencies are Zipfian: a few thousand forms cover most
// tokens). The cache is emptied when it reaches its limit, so memory stays bounded on endless streams.
export function memoize<T>(fn: (word: string) => T, limit = 50000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string): T => {
    const hit = cache.get(word);
    if (hit !== undefined || cache.has(word)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(word);
    cache.set(word, value);
    return value;
  };
}
