import { api, ApiError } from '../api.ts';
import { useApi } from '../useApi.ts';
import { num } from '../format.ts';
import { ArticleView } from '../components/ArticleView.tsx';
import { parseSpanHash } from '../components/ArticleBody.tsx';
import { DateText } from '../components/DateText.tsx';
import { ErrorNotice, Loading, Notice } from '../components/Message.tsx';

export function articleHref(id: string, span?: { start: number; end: number }): string {
  return '/article/' + encodeURIComponent(id) + (span ? `#s-${span.start}-${span.end}` : '');
}

export function ArticlePage({ id, hash }: { id: string; hash: string }) {
  const result = useApi((signal) => api.article(id, signal), [id]);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') {
    if (result.error instanceof ApiError && result.error.status === 404) {
      return (
        <Notice kind="error" title="خبری با این شناسه پیدا نشد.">
          <p>شناسهٔ <code dir="ltr">{id}</code> در پایگاه رصد نیست؛ شاید نشانی نادرست است یا خبر حذف شده. از <a href="/search">جستجو</a> خبر را پیدا کنید.</p>
        </Notice>
      );
    }
    return <ErrorNotice error={result.error} what="خبر بارگذاری نشد" />;
  }
  const a = result.data;
  return (
    <>
      <ArticleView article={a} target={parseSpanHash(hash)} spanHref={(s) => articleHref(a.id, s)} />
      <section class="duplicates">
        <h2>همین خبر در خبرگزاری‌های دیگر</h2>
        {a.duplicates?.length ? (
          <ul>
            {a.duplicates.map((d) => (
              <li key={d.id}>
                <a href={articleHref(d.id)} class="user-text">{d.headline || 'بی‌عنوان'}</a>
                {' — '}<span class="user-text">{d.agency ?? ''}</span>{' '}<DateText iso={d.published} />
                {' '}<span class="muted">(شباهت {num(Math.round(d.similarity * 100))}٪)</span>
              </li>
            ))}
          </ul>
        ) : <p class="muted">نسخهٔ مشابهی از خبرگزاری دیگری یافت نشد.</p>}
      </section>
    </>
  );
}
