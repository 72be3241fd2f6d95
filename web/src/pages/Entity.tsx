import { useMemo } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { useApi } from '../useApi.ts';
import { num, entityTypeNames, typeName } from '../format.ts';
import { monthly } from '../months.ts';
import { searchHref } from '../query.ts';
import { Chart } from '../components/Chart.tsx';
import { DateText } from '../components/DateText.tsx';
import { EntityLink, relationsHref } from '../components/EntityLink.tsx';
import { ErrorNotice, Loading, Notice } from '../components/Message.tsx';
import type { EntityRef, EntityResponse } from '../types.ts';
import { articleHref } from './Article.tsx';

export function EntityPage({ refId }: { refId: string }) {
  const result = useApi((signal) => api.entity(refId, signal), [refId]);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') {
    if (result.error instanceof ApiError && result.error.status === 404) {
      return <Notice kind="error" title="این موجودیت در پایگاه رصد نیست."><p>نشانی <code dir="ltr">{refId}</code> را بررسی کنید یا از <a href="/search">جستجو</a> شروع کنید.</p></Notice>;
    }
    return <ErrorNotice error={result.error} what="موجودیت بارگذاری نشد" />;
  }
  return <EntityView e={result.data} />;
}

function EntityView({ e }: { e: EntityResponse }) {
  const chart = useMemo(() => {
    const m = monthly(e.timeline ?? [], 'month', ['count']);
    return { labels: m.labels, series: [{ label: 'اشاره‌ها', values: m.values[0] ?? [], color: '#2b6cb0', kind: 'bars' as const }], height: 180 };
  }, [e]);
  const co = e.cooccurring ?? [];
  const people = co.filter((c) => c.type === 'PER');
  const places = co.filter((c) => c.type === 'LOC' || c.ref.startsWith('country:'));
  const others = co.filter((c) => !people.includes(c) && !places.includes(c));
  return (
    <section class="entity-page">
      <header>
        <h1><bdi class="user-text">{e.name}</bdi></h1>
        <p class="meta">
          <span class={'ent ent-' + e.type}>{typeName(entityTypeNames, e.type)}</span>{' '}
          <code dir="ltr">{e.ref}</code>{' | '}{num(e.count)} اشاره{' | '}
          <a href={searchHref('entity:' + e.ref)}>جستجوی خبرها</a>
        </p>
      </header>
      <Chart spec={chart} title="اشاره‌ها در طول زمان" />
      <div class="columns">
        <RefList title="اشخاص همراه" items={people} />
        <RefList title="کشورها و مکان‌های همراه" items={places} />
        <RefList title="دیگر موجودیت‌های همراه" items={others} />
      </div>
      <section>
        <h2>روابط</h2>
        {e.relations?.length ? (
          <ul class="relations">
            {e.relations.map((r) => (
              <li key={r.ref}>
                <a href={relationsHref(e.ref, r.ref)}><bdi>{r.name}</bdi></a>{' '}
                <span class="count">{num(r.count)} رویداد</span>{' '}
                <Score value={r.score} />
              </li>
            ))}
          </ul>
        ) : <p class="muted">رویدادی میان این موجودیت و دیگران ثبت نشده است.</p>}
      </section>
      <section>
        <h2>نقل‌قول‌ها</h2>
        {e.quotes?.length ? (
          <ul class="quotes">
            {e.quotes.map((q, i) => (
              <li key={i}>
                <blockquote class="user-text">«{q.text}»</blockquote>
                <p class="meta">{q.verb ? <span>{q.verb}</span> : null} <DateText iso={q.published} /> | <a href={articleHref(q.articleId)}>خبر</a></p>
              </li>
            ))}
          </ul>
        ) : <p class="muted">نقل‌قولی از این موجودیت ثبت نشده است.</p>}
      </section>
      <section>
        <h2>خبرها</h2>
        {e.articles?.length ? (
          <ul>
            {e.articles.map((a) => (
              <li key={a.id}><a href={articleHref(a.id)} class="user-text">{a.headline || 'بی‌عنوان'}</a> — <span class="user-text">{a.agency ?? ''}</span> <DateText iso={a.published} /></li>
            ))}
          </ul>
        ) : <p class="muted">خبری نیست.</p>}
      </section>
    </section>
  );
}

export function Score({ value }: { value: number }) {
  const cls = value > 0.05 ? 'score coop' : value < -0.05 ? 'score conflict' : 'score neutral';
  const label = value > 0.05 ? 'همکاری' : value < -0.05 ? 'تنش' : 'خنثی';
  return <span class={cls} title="امتیاز خالص همکاری–تنش">{label} {num(Math.round(value * 10) / 10)}</span>;
}

function RefList({ title, items }: { title: string; items: EntityRef[] }) {
  return (
    <section>
      <h2>{title}</h2>
      {items.length ? (
        <ul class="ref-list">
          {items.map((c) => <li key={c.ref}><EntityLink refId={c.ref} type={c.type}>{c.name}</EntityLink> <span class="count">{num(c.count)}</span></li>)}
        </ul>
      ) : <p class="muted">—</p>}
    </section>
  );
}
