import { render } from 'preact';
import { useEffect, useRef, useErrorBoundary } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import '@fontsource/vazirmatn/arabic-400.css';
import '@fontsource/vazirmatn/arabic-700.css';
import '@fontsource/vazirmatn/latin-400.css';
import '@fontsource/vazirmatn/latin-700.css';
import './styles.css';
import { interceptLinks, match, navigate, useLocation, type Location } from './router.ts';
import { Layout } from './components/Layout.tsx';
import { Notice } from './components/Message.tsx';
import { SearchPage } from './pages/Search.tsx';
import { ArticlePage } from './pages/Article.tsx';
import { EntityPage } from './pages/Entity.tsx';
import { RelationsPage } from './pages/Relations.tsx';
import { NetworkPage } from './pages/Network.tsx';
import { AnalyzePage } from './pages/Analyze.tsx';
import { DashboardPage } from './pages/Dashboard.tsx';

function route(loc: Location): { title: string; page: preact.ComponentChildren } {
  const p = loc.path.replace(/\/+$/, '') || '/';
  let m: Record<string, string> | null;
  if (p === '/search' || p === '/') return { title: loc.query.get('q') ? 'جستجو: ' + loc.query.get('q') : 'جستجو', page: <SearchPage query={loc.query} /> };
  if ((m = match('/article/:id', p))) return { title: 'خبر', page: <ArticlePage id={m.id} hash={loc.hash} /> };
  if ((m = match('/entity/:ref', p))) return { title: 'موجودیت', page: <EntityPage refId={m.ref} /> };
  if (p === '/relations') return { title: 'روابط', page: <RelationsPage query={loc.query} /> };
  if (p === '/network') return { title: 'شبکهٔ بازیگران', page: <NetworkPage query={loc.query} /> };
  if (p === '/analyze') return { title: 'تحلیل متن', page: <AnalyzePage hash={loc.hash} /> };
  if (p === '/dashboard') return { title: 'داشبورد', page: <DashboardPage query={loc.query} /> };
  return {
    title: 'صفحه پیدا نشد',
    page: <Notice kind="error" title="این صفحه در رصد وجود ندارد."><p>از <a href="/search">جستجو</a> یا <a href="/dashboard">داشبورد</a> شروع کنید.</p></Notice>,
  };
}

/** A page that fails to render (an answer of an unexpected shape) shows a message, not a blank screen. */
function PageBoundary({ children, path }: { children: ComponentChildren; path: string }) {
  const [error, reset] = useErrorBoundary((err) => console.error(err));
  useEffect(() => { if (error) reset(); }, [path]);
  if (error) {
    return (
      <Notice kind="error" title="نمایش این صفحه با خطا روبه‌رو شد.">
        <p>پاسخ سرور شکل مورد انتظار را نداشت. صفحه را دوباره بارگذاری کنید یا از <a href="/search">جستجو</a> ادامه دهید.</p>
      </Notice>
    );
  }
  return <>{children}</>;
}

function App() {
  const loc = useLocation();
  // "/" leads to the search page, keeping any query (a bookmark of "/?q=…" still works).
  useEffect(() => {
    if (loc.path === '/' || loc.path === '/index.html') navigate('/search' + location.search, true);
  }, [loc.path]);
  const { title, page } = route(loc);
  useEffect(() => { document.title = title + ' — رصد'; }, [title]);
  // After a client-side navigation, keyboard and screen-reader users start at the new page's content.
  // (Not on the first page, nor on the "/" -> "/search" redirect, so the skip link stays the first Tab stop.)
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const from = previous.current;
    previous.current = loc.path;
    if (from === null || from === '/' || from === '/index.html' || loc.hash) return;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [loc.path, loc.query.toString()]);
  return <Layout path={loc.path}><PageBoundary path={loc.path + loc.query.toString()}>{page}</PageBoundary></Layout>;
}

const root = document.getElementById('app')!;
interceptLinks(root);
render(<App />, root);
