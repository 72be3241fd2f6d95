// Load one API resource for a page: loading / error / data, cancelled when the inputs change.
import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ok'; data: T };

export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const ctrl = new AbortController();
    setResult({ state: 'loading' });
    load(ctrl.signal).then(
      (data) => { if (!ctrl.signal.aborted) setResult({ state: 'ok', data }); },
      (error) => { if (!ctrl.signal.aborted) setResult({ state: 'error', error }); },
    );
    return () => ctrl.abort();
  }, deps);
  return result;
}
