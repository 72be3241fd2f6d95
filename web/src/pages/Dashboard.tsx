// What is new and trending over the last day / week / month, measured back from the newest article.
import { api } from '../api.ts';
import { useApi } from '../useApi.ts';
import { num, entityTypeNames, typeName } from '../format.ts';
import { searchHref, withFilter } from '../query.ts';
import { DateText } from '../components/DateText.tsx';
import { EntityLink } from '../components/EntityLink.tsx';
import { ErrorNotice, Loading, Notice } from '../components/Message.tsx';
import type { StatsResponse, TrendingResponse } from '../types.ts';
import { articleHref } from './Article.tsx';

const windows: [string, string][] = [['day', 'روز گذشته'], ['week', 'هفتهٔ گذشته'], ['month', 'ماه گذشته']];

export function DashboardPage({ query }: { query: URLSearchParams }) {
  const w = windows.some(([k]) => k === query.get('window')) ? query.get('window')! : 'week';
  const stats = useApi((signal) => api.stats(signal), []);
  const trending = useApi((signal) => api.trending(w, signal), [w]);
  return (
    <section class="dashboard">
      <h1>داشبورد</h1>
      {stats.state === 'loading' ? <Loading /> : stats.state === 'error' ? <ErrorNotice error={stats.error} what="آمار بارگذاری نشد" /> : <Stats s={stats.data} />}
      <nav class="tabs" aria-label="بازهٔ زمانی">
        {windows.map(([k, label]) => <a key={k} href={'/dashboard?window=' + k} aria-current={k === w ? 'page' : undefined}>{label}</a>)}
      </nav>
      {trending.state === 'loading' ? <Loading /> : trending.state === 'error' ? <ErrorNotice error={trending.error} what="روندها بارگذاری نشد" /> : <Trending t={trending.data} />}
    </section>
  );
}

function Stats({ s }: { s: StatsResponse }) {
  const cards: [string, number][] = [['خبر', s.articles], ['موجودیت', s.entities], ['نقل‌قول', s.quotes], ['رویداد', s.events], ['ردشده', s.rejected]];
  return (
    <>
      <ul class="stat-cards">
        {cards.map(([label, n]) => <li key={label}><strong>{num(n ?? 0)}</strong><span>{label}</span></li>)}
      </ul>
      {s.articles ? (s.oldest && s.newest ? <p class="muted">از <DateText iso={s.oldest} /> تا <DateText iso={s.newest} /></p> : null) : (
        <Notice title="هنوز خبری در پایگاه نیست."><p>با فرمان <code dir="ltr">rasad ingest</code> یا از صفحهٔ <a href="/analyze">تحلیل متن</a> خبر بیفزایید.</p></Notice>
      )}
    </>
  );
}

function Change({ now, before }: { now: number; before: number }) {
  const d = now - (before ?? 0);
  if (!before) return <span class="change new">تازه</span>;
  return <span class={'change ' + (d > 0 ? 'up' : d < 0 ? 'down' : '')}>{d > 0 ? '▲' : d < 0 ? '▼' : '='} {num(Math.abs(d))}</span>;
}

function Trending({ t }: { t: TrendingResponse }) {
  return (
    <div class="columns">
      <section>
        <h2>موجودیت‌های پرتکرار</h2>
        {t.entities?.length ? (
          <ol class="ref-list">
            {t.entities.map((e) => (
              <li key={e.ref}>
                <EntityLink refId={e.ref} type={e.type}>{e.name}</EntityLink>{' '}
                <span class="muted">{typeName(entityTypeNames, e.type)}</span>{' '}
                <span class="count">{num(e.count)}</span> <Change now={e.count} before={e.previous} />
              </li>
            ))}
          </ol>
        ) : <p class="muted">در این بازه موجودیتی نیست.</p>}
      </section>
      <section>
        <h2>خبرگزاری‌ها</h2>
        {t.agencies?.length ? (
          <ol class="ref-list">
            {t.agencies.map((a) => (
              <li key={a.value}><a href={searchHref(withFilter('', 'agency', a.value))} class="user-text">{a.value}</a>{' '}
                <span class="count">{num(a.count)}</span> <Change now={a.count} before={a.previous} /></li>
            ))}
          </ol>
        ) : <p class="muted">در این بازه خبرگزاری‌ای نیست.</p>}
      </section>
      <section>
        <h2>تازه‌ترین خبرها</h2>
        {t.articles?.length ? (
          <ul>
            {t.articles.map((a) => <li key={a.id}><a href={articleHref(a.id)} class="user-text">{a.headline || 'بی‌عنوان'}</a> <span class="muted"><bdi>{a.agency ?? ''}</bdi></span> <DateText iso={a.published} /></li>)}
          </ul>
        ) : <p class="muted">در این بازه خبر تاریخ‌داری نیست.</p>}
      </section>
    </div>
  );
}
