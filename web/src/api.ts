// The one place that talks to the HTTP API. Every failure becomes an ApiError with a Persian message,
// so pages can always show something instead of a blank screen.
import type {
  ArticleResponse, EntityResponse, NetworkResponse, RelationsResponse, SearchResponse, StatsResponse,
  TrendingResponse, Article,
} from './types.ts';

export class ApiError extends Error {
  status: number;
  code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** A Persian sentence for the reader; the server's own message is kept for the details line. */
export function persianMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'network') return 'ارتباط با سرور رصد برقرار نشد. سرور خاموش است یا شبکه در دسترس نیست؛ کمی بعد دوباره تلاش کنید.';
    if (err.code === 'invalid_query') return 'این پرسش را نمی‌توان خواند؛ «راهنمای زبان جستجو» را ببینید.';
    if (err.code === 'unreadable_document') return 'در این متن خبری برای تحلیل پیدا نشد.';
    if (err.status === 404) return 'موردی با این نشانی پیدا نشد.';
    if (err.status === 401 || err.status === 403) return 'برای این کار کلید دسترسی (API key) لازم است.';
    if (err.status === 413) return 'متن فرستاده‌شده بیش از اندازه بزرگ است.';
    if (err.status >= 400 && err.status < 500) return 'درخواست نادرست است.';
    return 'خطایی در سرور رخ داد؛ کمی بعد دوباره تلاش کنید.';
  }
  return 'خطای پیش‌بینی‌نشده‌ای رخ داد.';
}

async function request<T>(path: string, init?: RequestInit, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, signal, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', (err as Error).message);
  }
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'http_' + res.status, e?.message ?? res.statusText);
  }
  // An HTML page where JSON was expected means no API behind this address (e.g. a static server).
  if (body === null) throw new ApiError(0, 'network', 'not a JSON response from ' + path);
  return body as T;
}

function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? '?' + s : '';
}

export type AnalyzeBody = { text: string } | { html: string } | { content: string; format?: string };

export const api = {
  search: (q: string, page: number, size: number, sort: string, signal?: AbortSignal) =>
    request<SearchResponse>('/api/search' + qs({ q, page, size, sort }), undefined, signal),
  article: (id: string, signal?: AbortSignal) =>
    request<ArticleResponse>('/api/articles/' + encodeURIComponent(id), undefined, signal),
  entity: (ref: string, signal?: AbortSignal) =>
    request<EntityResponse>('/api/entities/' + encodeURIComponent(ref), undefined, signal),
  stats: (signal?: AbortSignal) => request<StatsResponse>('/api/stats', undefined, signal),
  trending: (window: string, signal?: AbortSignal) =>
    request<TrendingResponse>('/api/trending' + qs({ window }), undefined, signal),
  relations: (a: string, b: string | undefined, from?: string, to?: string, signal?: AbortSignal) =>
    request<RelationsResponse>('/api/relations' + qs({ a, b, from, to }), undefined, signal),
  network: (from?: string, to?: string, limit?: number, signal?: AbortSignal) =>
    request<NetworkResponse>('/api/network' + qs({ from, to, limit }), undefined, signal),
  analyze: (body: AnalyzeBody) =>
    request<Article>('/api/analyze', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  store: (body: AnalyzeBody, apiKey?: string) =>
    request<{ id: string; created: boolean }>('/api/articles', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    }),
};
