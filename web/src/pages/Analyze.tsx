// Paste Persian text or upload a file, see the full analysis (POST /api/analyze, nothing stored),
// then store it if wanted (POST /api/articles).
import { useState } from 'preact/hooks';
import { api, ApiError, type AnalyzeBody } from '../api.ts';
import type { Article } from '../types.ts';
import { num } from '../format.ts';
import { ArticleView } from '../components/ArticleView.tsx';
import { parseSpanHash } from '../components/ArticleBody.tsx';
import { ErrorNotice, Loading, Notice } from '../components/Message.tsx';
import { articleHref } from './Article.tsx';

const maxFileBytes = 5 * 1024 * 1024;

function bodyFor(text: string, fileName: string | null): AnalyzeBody {
  if (fileName && /\.(html?|xhtml)$/i.test(fileName)) return { html: text };
  if (fileName && /\.(xml|rss|atom|jsonl?)$/i.test(fileName)) return { content: text, format: fileName.split('.').pop()!.toLowerCase() };
  return { text };
}

type Phase = { state: 'idle' } | { state: 'busy' } | { state: 'error'; error: unknown } | { state: 'done'; article: Article };

export function AnalyzePage({ hash }: { hash: string }) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  const [stored, setStored] = useState<{ state: 'idle' | 'busy' } | { state: 'error'; error: unknown } | { state: 'done'; id: string; created: boolean }>({ state: 'idle' });
  const [apiKey, setApiKey] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);

  const analyze = async (e: Event) => {
    e.preventDefault();
    setStored({ state: 'idle' });
    if (!text.trim()) { setPhase({ state: 'error', error: new ApiError(400, 'empty', 'متن خالی است') }); return; }
    setPhase({ state: 'busy' });
    try { setPhase({ state: 'done', article: await api.analyze(bodyFor(text, fileName)) }); }
    catch (error) { setPhase({ state: 'error', error }); }
  };

  const store = async () => {
    setStored({ state: 'busy' });
    try { const r = await api.store(bodyFor(text, fileName), apiKey || undefined); setStored({ state: 'done', ...r }); }
    catch (error) { setStored({ state: 'error', error }); }
  };

  const readFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > maxFileBytes) { setFileError('پرونده بزرگ‌تر از ۵ مگابایت است.'); return; }
    file.text().then((t) => {
      if (t.includes('\u0000')) { setFileError('این پرونده متنی نیست.'); return; }
      setText(t);
      setFileName(file.name);
    }, () => setFileError('پرونده خوانده نشد.'));
  };

  const needsKey = stored.state === 'error' && stored.error instanceof ApiError && (stored.error.status === 401 || stored.error.status === 403);
  return (
    <section class="analyze-page">
      <h1>تحلیل متن</h1>
      <form onSubmit={analyze} class="analyze-form">
        <label for="analyze-text">متن خبر (فارسی)</label>
        <textarea id="analyze-text" rows={10} dir="auto" value={text}
          placeholder="متن خبر را اینجا بچسبانید…"
          onInput={(e) => { setText((e.target as HTMLTextAreaElement).value); }} />
        <div class="analyze-actions">
          {/* The browser's own file button speaks the browser's language; this label speaks Persian. */}
          <label class="file-button">
            بارگذاری پرونده (متن، HTML، RSS، JSONL)
            <input type="file" class="visually-hidden" accept=".txt,.html,.htm,.xml,.rss,.atom,.json,.jsonl,text/*" onChange={(e) => readFile(e.target as HTMLInputElement)} />
          </label>
          {fileName ? <span class="muted">پرونده: <bdi>{fileName}</bdi> ({num(text.length)} نویسه)</span> : null}
          <button type="submit" disabled={phase.state === 'busy'}>تحلیل کن</button>
        </div>
        {fileError ? <Notice kind="error" title={fileError} /> : null}
        <p class="muted">تحلیل چیزی را ذخیره نمی‌کند؛ برای افزودن به پایگاه، پس از تحلیل دکمهٔ «ذخیره» را بزنید.</p>
      </form>
      {phase.state === 'busy' ? <Loading label="در حال تحلیل…" /> : null}
      {phase.state === 'error' ? (phase.error instanceof ApiError && phase.error.code === 'empty'
        ? <Notice kind="error" title="متنی برای تحلیل نیست؛ متن خبر را در کادر بچسبانید." />
        : <ErrorNotice error={phase.error} what="تحلیل انجام نشد" />) : null}
      {phase.state === 'done' ? (
        <>
          <div class="store-bar">
            <p>
              {num(phase.article.entities?.length ?? 0)} موجودیت، {num(phase.article.quotes?.length ?? 0)} نقل‌قول،{' '}
              {num(phase.article.events?.length ?? 0)} رویداد، {num(phase.article.sentences?.length ?? 0)} جمله
            </p>
            {needsKey ? (
              <label>کلید دسترسی <input type="password" value={apiKey} dir="ltr" onInput={(e) => setApiKey((e.target as HTMLInputElement).value)} /></label>
            ) : null}
            <button type="button" onClick={store} disabled={stored.state === 'busy' || stored.state === 'done'}>ذخیره در پایگاه</button>
            {stored.state === 'done' ? (
              <span role="status">{stored.created ? 'ذخیره شد: ' : 'این خبر پیش‌تر ذخیره شده بود: '}<a href={articleHref(stored.id)}>دیدن خبر</a></span>
            ) : null}
          </div>
          {stored.state === 'error' ? <ErrorNotice error={stored.error} what="ذخیره نشد" /> : null}
          <ArticleView article={phase.article} target={parseSpanHash(hash)} />
        </>
      ) : null}
    </section>
  );
}
