// A dyad over time: monthly event counts and net cooperation–conflict score, and every event with
// the sentence that proves it, linked to that sentence in its article.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { useApi } from '../useApi.ts';
import { num, eventTypeNames, typeName } from '../format.ts';
import { monthly } from '../months.ts';
import { Chart } from '../components/Chart.tsx';
import { DateText } from '../components/DateText.tsx';
import { EntityLink } from '../components/EntityLink.tsx';
import { ErrorNotice, Loading, Notice } from '../components/Message.tsx';
import type { RelationsResponse } from '../types.ts';
import { articleHref } from './Article.tsx';

export function RelationsPage({ query }: { query: URLSearchParams }) {
  const a = (query.get('a') ?? '').trim();
  const b = (query.get('b') ?? '').trim();
  const [da, setA] = useState(a);
  const [db, setB] = useState(b);
  useEffect(() => { setA(a); setB(b); }, [a, b]);
  return (
    <section class="relations-page">
      <h1>روابط دو بازیگر</h1>
      <form class="pair-form" onSubmit={(e) => { e.preventDefault(); navigate('/relations?' + new URLSearchParams({ a: da.trim(), b: db.trim() })); }}>
        <label>بازیگر نخست <input value={da} dir="ltr" placeholder="country:IRN" onInput={(e) => setA((e.target as HTMLInputElement).value)} /></label>
        <label>بازیگر دوم <input value={db} dir="ltr" placeholder="country:RUS" onInput={(e) => setB((e.target as HTMLInputElement).value)} /></label>
        <button type="submit">نمایش</button>
      </form>
      {a ? <Dyad a={a} b={b} /> : (
        <Notice title="دو بازیگر را برگزینید.">
          <p>شناسهٔ دو بازیگر را بنویسید (مثلاً <code dir="ltr">country:IRN</code> و <code dir="ltr">country:RUS</code>) یا از صفحهٔ یک موجودیت یا <a href="/network">شبکهٔ بازیگران</a> یک رابطه را باز کنید.</p>
        </Notice>
      )}
    </section>
  );
}

function Dyad({ a, b }: { a: string; b: string }) {
  const result = useApi((signal) => api.relations(a, b || undefined, undefined, undefined, signal), [a, b]);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ErrorNotice error={result.error} what="روابط بارگذاری نشد" />;
  return <DyadView r={result.data} />;
}

function DyadView({ r }: { r: RelationsResponse }) {
  const chart = useMemo(() => {
    const m = monthly(r.months ?? [], 'month', ['count', 'score']);
    return {
      labels: m.labels,
      series: [
        { label: 'شمار رویدادها', values: m.values[0] ?? [], color: '#2b6cb0', kind: 'bars' as const, scale: 'count' as const },
        { label: 'امتیاز همکاری–تنش', values: m.values[1] ?? [], color: '#c05621', kind: 'line' as const, scale: 'score' as const },
      ],
      height: 220,
    };
  }, [r]);
  // The API names the pair by ref; the events say how the articles wrote them.
  const nameOf = (ref: string) => {
    for (const e of r.events ?? []) for (const p of [e.actor, e.target]) if (p?.ref === ref && p.text) return p.text;
    return ref;
  };
  const counts = Object.entries(r.counts ?? {}).sort((x, y) => y[1] - x[1]);
  const events = r.events ?? [];
  if (!events.length && !counts.length) {
    return <Notice title="میان این دو بازیگر رویدادی ثبت نشده است." />;
  }
  return (
    <>
      <p class="pair"><EntityLink refId={r.a}>{nameOf(r.a)}</EntityLink> ⟷ {r.b ? <EntityLink refId={r.b}>{nameOf(r.b)}</EntityLink> : 'همهٔ بازیگران'}</p>
      <Chart spec={chart} title="خط زمانی ماهانهٔ رویدادها و امتیاز خالص همکاری–تنش" />
      <section>
        <h2>شمار بر پایهٔ نوع</h2>
        <ul class="chips">{counts.map(([t, n]) => <li key={t}>{typeName(eventTypeNames, t)}: {num(n)}</li>)}</ul>
      </section>
      <section>
        <h2>رویدادها و جملهٔ شاهد</h2>
        <ol class="evidence">
          {events.map((e, i) => (
            <li key={i} class={e.negated ? 'negated' : ''}>
              <p class="meta">
                <strong>{typeName(eventTypeNames, e.type)}</strong>{e.negated ? ' (نفی‌شده)' : ''}
                {' | '}<bdi>{e.actor?.text ?? '—'}</bdi> ← <bdi>{e.target?.text ?? '—'}</bdi>
                {' | '}<DateText iso={e.published} />
              </p>
              {e.sentence ? <blockquote class="user-text">{e.sentence}</blockquote> : null}
              <a href={articleHref(e.articleId, e)}><span class="user-text">{e.headline || 'خبر'}</span> — دیدن جمله در خبر</a>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
