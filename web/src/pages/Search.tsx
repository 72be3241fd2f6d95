import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { useApi } from '../useApi.ts';
import { num, entityTypeNames, typeName } from '../format.ts';
import { monthly, monthEnd } from '../months.ts';
import { withFilter, searchHref, hasWords } from '../query.ts';
import { DateText, MonthText } from '../components/DateText.tsx';
import { Highlighted } from '../components/Highlighted.tsx';
import { ErrorNotice, Loading, Notice } from '../components/Message.tsx';
import { Chart } from '../components/Chart.tsx';
import { QueryHelp } from './QueryHelp.tsx';
import type { SearchResponse, Counted } from '../types.ts';

const pageSize = 20;

export function SearchPage({ query }: { query: URLSearchParams }) {
  const q = (query.get('q') ?? '').trim();
  const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1);
  const sort = query.get('sort') === 'date' ? 'date' : 'relevance';
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const input = useRef<HTMLInputElement>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    navigate(searchHref(draft.trim(), sort === 'date' ? { sort } : {}));
  };

  return (
    <section class="search-page" aria-labelledby="search-title">
      <h1 id="search-title" class="visually-hidden">جستجو در خبرها</h1>
      <form class="search-form" role="search" onSubmit={submit}>
        <label for="q">جستجو در خبرها</label>
        <div class="search-row">
          <input id="q" ref={input} type="search" name="q" value={draft} dir="auto" autoComplete="off"
            placeholder='مثلاً: تحریم نفت agency:"خبرگزاری مهر"'
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          <button type="submit">جستجو</button>
        </div>
        <QueryHelp />
      </form>
      {q ? <Results q={q} page={page} sort={sort} /> : (
        <Notice title="عبارتی برای جستجو بنویسید.">
          <p>واژه‌ها، عبارت میان نشانهٔ نقل‌قول، یا فیلترهایی مانند <code>agency:</code> و <code>from:</code> را در کادر بالا بنویسید و «جستجو» را بزنید.</p>
        </Notice>
      )}
    </section>
  );
}

function Results({ q, page, sort }: { q: string; page: number; sort: string }) {
  const result = useApi((signal) => api.search(q, page, pageSize, sort, signal), [q, page, sort]);
  if (result.state === 'loading') return <Loading label="در حال جستجو…" />;
  if (result.state === 'error') return <ErrorNotice error={result.error} what="جستجو انجام نشد" />;
  const r = result.data;
  return (
    <div class="search-results-layout">
      <div class="search-results">
        <div class="results-bar">
          <p role="status">{num(r.total)} خبر برای <q dir="auto">{q}</q></p>
          <label>
            ترتیب:{' '}
            <select value={sort} onChange={(e) => navigate(searchHref(q, (e.target as HTMLSelectElement).value === 'date' ? { sort: 'date' } : {}))}>
              <option value="relevance">مرتبط‌ترین</option>
              <option value="date">تازه‌ترین</option>
            </select>
          </label>
        </div>
        {/* Words the index never keeps (stopwords) leave nothing to match: the server then lists the newest
            articles, which no snippet highlights. Say so rather than let them pass for matches. */}
        {r.total > 0 && hasWords(q) && r.hits.every((h) => !h.snippet?.highlights?.length) ? (
          <Notice title="واژه‌های پرسش بسیار رایج‌اند و جستجو نمی‌شوند.">
            <p>واژه‌هایی مانند «از»، «به»، «که» در نمایه نگه داشته نمی‌شوند؛ آنچه در زیر می‌بینید تازه‌ترین خبرهاست، نه نتیجهٔ این واژه‌ها. واژه‌ای معنادار بیفزایید.</p>
          </Notice>
        ) : null}
        {r.total === 0 ? (
          <Notice title="خبری پیدا نشد.">
            <p>واژه‌های بسیار رایج (مانند «از»، «به»، «که») جستجو نمی‌شوند؛ اگر پرسش فقط از این واژه‌ها بود، واژه‌ای معنادار بیفزایید. املای دیگری را هم بیازمایید یا فیلترها را بردارید.</p>
          </Notice>
        ) : (
          <>
            <ol class="hits" start={(r.page - 1) * r.size + 1}>
              {r.hits.map((h) => (
                <li key={h.id} class="hit">
                  <h2><a href={'/article/' + encodeURIComponent(h.id)} class="user-text">{h.headline || 'بی‌عنوان'}</a></h2>
                  <p class="meta">
                    {h.agency ? <span class="agency user-text">{h.agency}</span> : null}
                    <DateText iso={h.published} />
                  </p>
                  {h.snippet?.text ? <p class="snippet"><Highlighted text={h.snippet.text} ranges={h.snippet.highlights ?? []} /></p> : null}
                </li>
              ))}
            </ol>
            <Pager q={q} sort={sort} page={r.page} pages={Math.ceil(r.total / r.size)} />
          </>
        )}
      </div>
      {r.total > 0 ? <Facets q={q} r={r} /> : null}
    </div>
  );
}

function Pager({ q, sort, page, pages }: { q: string; sort: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (p: number) => searchHref(q, { ...(sort === 'date' ? { sort } : {}), ...(p > 1 ? { page: String(p) } : {}) });
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav class="pager" aria-label="صفحه‌های نتیجه">
      {page > 1 ? <a href={href(page - 1)} rel="prev">صفحهٔ قبل</a> : null}
      {shown.map((p) => p === page
        ? <span key={p} aria-current="page">{num(p)}</span>
        : <a key={p} href={href(p)} aria-label={'صفحهٔ ' + num(p)}>{num(p)}</a>)}
      {page < pages ? <a href={href(page + 1)} rel="next">صفحهٔ بعد</a> : null}
    </nav>
  );
}

function Facets({ q, r }: { q: string; r: SearchResponse }) {
  const hist = useMemo(() => {
    const m = monthly(r.facets.month ?? [], 'value', ['count']);
    return { labels: m.labels, series: [{ label: 'خبرها', values: m.values[0] ?? [], color: '#2b6cb0', kind: 'bars' as const }], height: 160 };
  }, [r]);
  const months = (r.facets.month ?? []).slice().sort((a, b) => a.value.localeCompare(b.value));
  return (
    <aside class="facets" aria-label="محدود کردن نتیجه‌ها">
      {months.length ? <Chart spec={hist} title="پراکندگی خبرها در ماه‌ها" /> : null}
      <FacetList title="خبرگزاری" items={r.facets.agency} href={(v) => searchHref(withFilter(q, 'agency', v.value))} />
      <FacetList title="موجودیت" items={r.facets.entity}
        label={(v) => v.value}
        href={(v) => searchHref(withFilter(q, 'entity', (v as Counted & { ref?: string }).ref || v.value))} />
      <FacetList title="نوع موجودیت" items={r.facets.type} label={(v) => typeName(entityTypeNames, v.value)}
        href={(v) => searchHref(withFilter(q, 'type', v.value))} />
      <FacetList title="ماه" items={months.slice().reverse()}
        label={(v) => <MonthText month={v.value} />}
        href={(v) => searchHref(withFilter(withFilter(q, 'from', v.value + '-01'), 'to', monthEnd(v.value)))} />
    </aside>
  );
}

const shownFacetValues = 12;

function FacetList<T extends Counted>({ title, items, href, label }: {
  title: string; items?: T[]; href: (v: T) => string; label?: (v: T) => preact.ComponentChildren;
}) {
  if (!items?.length) return null;
  const row = (v: T) => (
    <li key={v.value}>
      <a href={href(v)}><span class="user-text">{label ? label(v) : v.value}</span></a>
      <span class="count">{num(v.count)}</span>
    </li>
  );
  // A long facet (a decade of months, hundreds of entities) shows its head; the rest one click away.
  const head = items.slice(0, shownFacetValues);
  const rest = items.slice(shownFacetValues);
  return (
    <section class="facet">
      <h2>{title}</h2>
      <ul>{head.map(row)}</ul>
      {rest.length ? (
        <details>
          <summary>{num(rest.length)} مورد دیگر</summary>
          <ul>{rest.map(row)}</ul>
        </details>
      ) : null}
    </section>
  );
}
