import type { ComponentChildren } from 'preact';

const links: [string, string][] = [
  ['/search', 'جستجو'],
  ['/dashboard', 'داشبورد'],
  ['/network', 'شبکهٔ بازیگران'],
  ['/relations', 'روابط'],
  ['/analyze', 'تحلیل متن'],
];

export function Layout({ path, children }: { path: string; children: ComponentChildren }) {
  return (
    <>
      <a class="skip-link" href="#main">پرش به محتوای اصلی</a>
      <header class="site-header">
        <a class="brand" href="/search" aria-label="رصد، صفحهٔ جستجو">رصد</a>
        <nav aria-label="بخش‌های اصلی">
          <ul>
            {links.map(([href, label]) => (
              <li key={href}>
                <a href={href} aria-current={path === href || path.startsWith(href + '/') ? 'page' : undefined}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
      <footer class="site-footer">رصد — پایش خبرهای فارسی</footer>
    </>
  );
}
