// The query language, explained with examples a reader can copy.
const rows: [string, string][] = [
  ['تحریم نفت', 'خبرهایی که هر دو واژه را دارند'],
  ['"برجام"', 'عبارت دقیق، میان دو نشانهٔ نقل‌قول'],
  ['ایران -عراق', 'واژهٔ پس از منفی (-) نباشد'],
  ['روسیه OR چین', 'یکی از دو واژه'],
  ['agency:"خبرگزاری مهر"', 'فقط خبرهای یک خبرگزاری'],
  ['entity:country:IRN', 'خبرهایی که از یک موجودیت نام برده‌اند'],
  ['type:PER', 'خبرهایی با موجودیتی از این نوع (PER، ORG، LOC، …)'],
  ['from:1400/09/01 to:1400/09/30', 'بازهٔ تاریخ، شمسی یا میلادی (2021-12-01)'],
];

export function QueryHelp() {
  return (
    <details class="query-help">
      <summary>راهنمای زبان جستجو</summary>
      <table>
        <thead><tr><th scope="col">نمونه</th><th scope="col">معنی</th></tr></thead>
        <tbody>
          {rows.map(([example, meaning]) => (
            <tr key={example}><td><code dir="auto">{example}</code></td><td>{meaning}</td></tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
