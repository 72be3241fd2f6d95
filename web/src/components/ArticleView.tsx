// An analysed article: header, body with entities, and beside it quotes by speaker, dates, events.
// Used for stored articles (/article/:id) and for a text analysed without storing it (/analyze).
import type { Article } from '../types.ts';
import { eventTypeNames, typeName } from '../format.ts';
import { DateText } from './DateText.tsx';
import { ArticleBody, EntityLegend, type Span } from './ArticleBody.tsx';
import { EntityLink } from './EntityLink.tsx';

function leadOpensText(article: Article): boolean {
  const lead = article.lead?.trim() ?? '';
  return lead.length > 0 && (article.text ?? '').trimStart().slice(0, lead.length + 8).includes(lead.slice(0, 40));
}

export function ArticleView({ article, target, spanHref }: {
  article: Article; target: Span | null; spanHref?: (s: Span) => string;
}) {
  return (
    <article class="article">
      <header class="article-header">
        <h1 class="user-text">{article.headline || 'بی‌عنوان'}</h1>
        {/* the pipeline analyzes a separate lead as the opening of `text` (with its entities marked there) */}
        {article.lead && !leadOpensText(article) ? <p class="lead user-text">{article.lead}</p> : null}
        <dl class="article-meta">
          {article.agency ? <><dt>خبرگزاری</dt><dd class="user-text">{article.agency}</dd></> : null}
          {article.service ? <><dt>سرویس</dt><dd class="user-text">{article.service}</dd></> : null}
          <dt>تاریخ</dt><dd><DateText iso={article.published} /></dd>
          {article.sources?.length ? <><dt>به نقل از</dt><dd class="user-text">{article.sources.join('، ')}</dd></> : null}
          {article.url ? <><dt>نشانی</dt><dd><a href={article.url} rel="noreferrer noopener" dir="ltr" class="url">{article.url}</a></dd></> : null}
        </dl>
      </header>
      <div class="article-layout">
        <div class="article-main">
          <EntityLegend article={article} />
          <ArticleBody article={article} target={target} />
        </div>
        <aside class="article-side" aria-label="تحلیل خبر">
          {/* A summary of a short article is the article again: show it only when it saves reading. */}
          {article.summary?.length && article.summary.join(' ').length < 0.5 * (article.text?.length ?? 0) ? (
            <section><h2>خلاصه</h2>{article.summary.map((line, i) => <p key={i} class="user-text">{line}</p>)}</section>
          ) : null}
          <Quotes article={article} />
          <Events article={article} spanHref={spanHref} />
          <Dates article={article} />
          {article.keyphrases?.length ? (
            <section><h2>کلیدواژه‌ها</h2><ul class="chips">{article.keyphrases.map((k) => <li key={k} class="user-text">{k}</li>)}</ul></section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

function Quotes({ article }: { article: Article }) {
  const bySpeaker = new Map<string, { ref?: string; quotes: Article['quotes'] }>();
  for (const q of article.quotes ?? []) {
    const name = q.speaker?.text ?? 'گوینده نامعلوم';
    const entry = bySpeaker.get(name) ?? { ref: q.speaker?.ref, quotes: [] };
    entry.quotes.push(q);
    bySpeaker.set(name, entry);
  }
  return (
    <section>
      <h2>نقل‌قول‌ها</h2>
      {bySpeaker.size === 0 ? <p class="muted">نقل‌قولی یافت نشد.</p> : (
        <ul class="quotes">
          {[...bySpeaker].map(([name, { ref, quotes }]) => (
            <li key={name}>
              <h3>{ref ? <EntityLink refId={ref}>{name}</EntityLink> : <bdi>{name}</bdi>}</h3>
              {quotes.map((q) => (
                <blockquote key={q.start} class="user-text">
                  {q.direct ? '«' + q.text + '»' : q.text}
                  {q.verb ? <footer class="muted">({q.verb})</footer> : null}
                </blockquote>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Events({ article, spanHref }: { article: Article; spanHref?: (s: Span) => string }) {
  const events = article.events ?? [];
  return (
    <section>
      <h2>رویدادها</h2>
      {events.length === 0 ? <p class="muted">رویدادی یافت نشد.</p> : (
        <ul class="events">
          {events.map((e, i) => (
            <li key={i} class={e.negated ? 'negated' : ''}>
              <span class="event-type">{typeName(eventTypeNames, e.type)}{e.negated ? ' (نفی‌شده)' : ''}</span>{' '}
              <Party p={e.actor} /> ← <Party p={e.target} />
              {e.time ? <> | <DateText iso={e.time.split('/')[0]} /></> : null}
              {e.quantity ? <> | <bdi>{e.quantity}</bdi></> : null}
              {spanHref ? <> | <a href={spanHref(e)}>جملهٔ شاهد</a></> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Party({ p }: { p: { text: string; ref?: string } | null }) {
  if (!p) return <span class="muted">—</span>;
  return p.ref ? <EntityLink refId={p.ref}>{p.text}</EntityLink> : <bdi>{p.text}</bdi>;
}

function Dates({ article }: { article: Article }) {
  const dates = (article.dates ?? []).filter((d) => d.value);
  if (!dates.length) return null;
  return (
    <section>
      <h2>تاریخ‌ها</h2>
      <ul class="dates">
        {dates.map((d) => (
          <li key={d.start}><bdi class="user-text">{d.text}</bdi> → <DateText iso={d.value.split('/')[0]} /></li>
        ))}
      </ul>
    </section>
  );
}
