// Builds the NER gazetteer and lexicon data files under src/ner/data/ from well-kept sources:
//  - country and region names: CLDR Persian (Node's Intl.DisplayNames 'fa'), plus the 'fa' names of
//    i18n-iso-countries, ISO2 -> ISO3 from i18n-iso-countries;
//  - nationality adjectives: country name + ی/یی/‌ای candidates kept when the hazm lexicon knows them
//    as adjectives, plus hand overrides;
//  - the hand-typed lists in src/ner/data/lists/ (cities, seats, provinces, organizations, agencies,
//    institutions, titles, honorifics, persons) where no data source exists;
//  - src/ner/data/lexicon.tsv: hazm words.dat (MIT) cut to the words the tagger uses as features.
// Run: node train/gazetteers.ts   (npm run train:ner runs it first)
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalize } from '../src/text/index.ts';
import { personRef, slugify } from '../src/ner/slug.ts';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  getNames(lang: string, opts?: { select: 'official' | 'alias' | 'all' }): Record<string, string | string[]>;
  alpha2ToAlpha3(code: string): string | undefined;
  registerLocale(data: unknown): void;
};

const DATA = new URL('../src/ner/data/', import.meta.url);
const LISTS = new URL('lists/', DATA);
const SHARED = new URL('../../shared/corpora/', import.meta.url);

export interface GazetteerEntry {
  name: string;
  type: 'LOC' | 'ORG' | 'FAC' | 'NAT' | 'PER' | 'EVE' | 'PRO' | 'TITLE' | 'HON';
  kind: string; // country, region, city, capital, province, seat, org, agency, inst, inst-generic, nat, title, honorific, person
  ref: string;
  country: string; // ISO3 or ''
  role: string;
  ambiguous: boolean;
}

function readList(file: string): string[][] {
  return readFileSync(new URL(file, LISTS), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

const norm = (s: string): string => normalize(s).text.replace(/\s+/g, ' ').trim();
const dash = (s: string): string => (s === '-' || s === undefined ? '' : s);

function main(): void {
  const entries: GazetteerEntry[] = [];
  const ambiguous = new Set(readList('ambiguous.tsv').map((r) => norm(r[0])));
  const add = (e: Omit<GazetteerEntry, 'ambiguous' | 'name'> & { name: string }): void => {
    const name = norm(e.name);
    if (!name) return;
    const variants = new Set([name]);
    // CLDR writes ezafe with hamza (کرهٔ); newspapers mostly do not; ZWNJ compounds are also written spaced.
    variants.add(name.replace(/\u0654/g, '').replace(/ۀ/g, 'ه'));
    if (name.includes('\u200c')) variants.add(name.replace(/\u200c/g, ' '));
    // Two-word names are also glued with ZWNJ («آذربایجان‌غربی»).
    if (/^[^ \u200c]+ [^ \u200c]+$/.test(name)) variants.add(name.replace(' ', '\u200c'));
    // «رئیس» is also written «رییس» (and «قضائیه» / «قضاییه»).
    for (const v of [...variants]) if (v.includes('ئی')) variants.add(v.replace(/ئی/g, 'یی'));
    for (const v of variants) entries.push({ ...e, name: v, ambiguous: ambiguous.has(v) });
  };

  // Countries and territories (CLDR + i18n-iso-countries names).
  const display = new Intl.DisplayNames(['fa'], { type: 'region' });
  const faNames = countries.getNames('fa', { select: 'all' });
  const countryNames = new Map<string, string>(); // name -> ISO3
  for (const iso2 of Object.keys(countries.getNames('en'))) {
    const iso3 = countries.alpha2ToAlpha3(iso2);
    if (!iso3) continue;
    const names = new Set<string>();
    const cldr = display.of(iso2);
    if (cldr && cldr !== iso2) names.add(cldr);
    for (const n of [faNames[iso2]].flat()) if (n) names.add(n);
    for (const n of names) countryNames.set(norm(n), iso3);
  }
  for (const [name, iso3] of readList('country-variants.tsv')) countryNames.set(norm(name), iso3);
  for (const [name, iso3] of countryNames) add({ name, type: 'LOC', kind: 'country', ref: `country:${iso3}`, country: iso3, role: '' });

  // World regions from CLDR (UN M49 codes).
  // Not 001 (جهان, 'world': a common noun) nor 019 (امریکا, the Americas, which newspapers use for the USA).
  for (const code of ['002', '003', '009', '142', '145', '150', '419', '021', '005', '030', '034', '035', '143', '151', '155']) {
    const name = display.of(code);
    if (name && name !== code) add({ name, type: 'LOC', kind: 'region', ref: `region:${code}`, country: '', role: '' });
  }
  for (const name of ['آمریکای شمالی', 'آمریکای جنوبی', 'آمریکای لاتین', 'آمریکای مرکزی', 'خاورمیانه', 'غرب آسیا', 'آسیای غربی', 'قفقاز', 'آسیای مرکزی', 'اروپای شرقی', 'اروپای غربی', 'شمال آفریقا', 'شبه‌جزیره کره', 'بالکان', 'اسکاندیناوی'])
    add({ name, type: 'LOC', kind: 'region', ref: `region:${slugify(name)}`, country: '', role: '' });

  // Nationality adjectives: derived candidates confirmed by the hazm lexicon, plus overrides.
  const lexicon = readLexicon();
  const nat = new Map<string, string>();
  for (const [name, iso3] of countryNames) {
    if (name.includes(' ') || name.length < 3) continue;
    const stem = name.endsWith('ه') ? name.slice(0, -1) : name;
    const cands = /[اوی]$/.test(name) ? [name + 'یی', name + '\u200cای'] : [stem + 'ی', name + '\u200cای'];
    for (const c of cands) {
      const lex = lexicon.get(c);
      if (lex && lex.pos.includes('AJ')) nat.set(c, iso3);
    }
  }
  for (const [adj, iso3] of readList('nationality-overrides.tsv')) nat.set(norm(adj), dash(iso3));
  for (const [adj, iso3] of nat) add({ name: adj, type: 'NAT', kind: 'nat', ref: iso3 ? `country:${iso3}` : `people:${slugify(adj)}`, country: iso3, role: '' });

  // Cities, capitals, seats of government.
  for (const [name, iso3, slug, capital] of readList('cities.tsv'))
    add({ name, type: 'LOC', kind: capital === '1' ? 'capital' : 'city', ref: `city:${slug}`, country: dash(iso3), role: '' });
  for (const [name, iso3, slug, type] of readList('seats.tsv'))
    add({ name, type: type as GazetteerEntry['type'], kind: 'seat', ref: iso3 !== '-' ? `country:${iso3}` : `place:${slug}`, country: dash(iso3), role: '' });
  for (const [province, centre, pslug, cslug] of readList('iran-provinces.tsv')) {
    // The centre first: a bare «قم» or «اصفهان» is usually the city; «استان قم» is the province.
    add({ name: centre, type: 'LOC', kind: centre === 'تهران' ? 'capital' : 'city', ref: `city:${cslug}`, country: 'IRN', role: '' });
    add({ name: `استان ${province}`, type: 'LOC', kind: 'province', ref: `province:${pslug}`, country: 'IRN', role: '' });
    add({ name: province, type: 'LOC', kind: 'province', ref: `province:${pslug}`, country: 'IRN', role: '' });
  }
  for (const [name, iso3, slug] of readList('regions.tsv'))
    add({ name, type: 'LOC', kind: 'region', ref: `region:${slug}`, country: dash(iso3), role: '' });
  for (const [name, slug] of readList('iran-cities.tsv'))
    add({ name, type: 'LOC', kind: 'city', ref: `city:${slug}`, country: 'IRN', role: '' });

  // Organizations.
  for (const [name, ref] of readList('organizations.tsv')) add({ name, type: 'ORG', kind: 'org', ref, country: '', role: '' });
  for (const [name, ref] of readList('agencies.tsv')) add({ name, type: 'ORG', kind: 'agency', ref, country: '', role: '' });
  for (const [name, type, slug, amb] of readList('sports.tsv')) {
    if (amb === '1') ambiguous.add(norm(name));
    add({ name, type: type as GazetteerEntry['type'], kind: type === 'ORG' ? 'club' : 'event', ref: type === 'ORG' ? `org:${slug}` : `event:${slug}`, country: '', role: '' });
  }
  for (const [name, slug, amb] of readList('companies.tsv')) {
    if (amb === '1') ambiguous.add(norm(name));
    add({ name, type: 'ORG', kind: 'org', ref: `org:${slug}`, country: '', role: '' });
  }
  for (const [name, slug] of readList('iran-institutions.tsv')) add({ name, type: 'ORG', kind: 'inst', ref: `org:${slug}`, country: 'IRN', role: '' });
  for (const [name, slug] of readList('iran-institutions-generic.tsv')) add({ name, type: 'ORG', kind: 'inst-generic', ref: `org:${slug}`, country: 'IRN', role: '' });

  // Titles, honorifics, persons.
  for (const [title, role] of readList('titles.tsv')) add({ name: title, type: 'TITLE', kind: 'title', ref: '', country: '', role });
  for (const [h] of readList('honorifics.tsv')) add({ name: h, type: 'HON', kind: 'honorific', ref: '', country: '', role: '' });
  const bySurname = new Map<string, string>(); // surname|country -> ref of the first full name
  for (const [name, role, iso3, same] of readList('persons.tsv')) {
    const words = norm(name).split(' ');
    const key = `${words[words.length - 1]}|${dash(iso3)}`;
    // a spelling variant («مکرون») shares the ref of the listed spelling («امانوئل ماکرون»)
    const ref = same ? personRef(norm(same)) : bySurname.get(key) ?? personRef(norm(name));
    if (!bySurname.has(key)) bySurname.set(key, ref);
    add({ name, type: 'PER', kind: 'person', ref, country: dash(iso3), role: dash(role) });
  }

  // One row per (name, kind); the first wins (country variants before derived names).
  const seen = new Set<string>();
  const rows: string[] = ['# Generated by train/gazetteers.ts — do not edit; edit lists/ and rerun.', '# name\ttype\tkind\tref\tcountry\trole\tambiguous'];
  for (const e of entries) {
    const key = `${e.name}\t${e.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push([e.name, e.type, e.kind, e.ref, e.country, e.role, e.ambiguous ? '1' : ''].join('\t'));
  }
  writeFileSync(new URL('gazetteer.tsv', DATA), rows.join('\n') + '\n');
  writeLexicon(lexicon);
  console.log(`gazetteer.tsv: ${rows.length - 2} entries; lexicon.tsv: ${lexicon.size} words`);
}

interface LexEntry { freq: number; pos: string }

function readLexicon(): Map<string, LexEntry> {
  const out = new Map<string, LexEntry>();
  for (const line of readFileSync(new URL('hazm-data/words.dat', SHARED), 'utf8').split('\n')) {
    const [word, f, pos] = line.split('\t');
    if (!word || !pos) continue;
    const freq = Number(f);
    // Keep what carries information: words with a POS or frequent enough to matter.
    if (pos === '0' && freq < 100) continue;
    const w = norm(word);
    const prev = out.get(w);
    if (!prev || prev.freq < freq) out.set(w, { freq, pos: pos === '0' ? '' : pos });
  }
  return out;
}

function writeLexicon(lexicon: Map<string, LexEntry>): void {
  const rows = ['# Derived from hazm words.dat (MIT, see NOTICE-hazm.md): word, log10 frequency bucket, hazm POS list.'];
  for (const [w, e] of [...lexicon].sort((a, b) => (a[0] < b[0] ? -1 : 1))) rows.push(`${w}\t${e.freq > 0 ? Math.floor(Math.log10(e.freq)) : 0}\t${e.pos}`);
  writeFileSync(new URL('lexicon.tsv', DATA), rows.join('\n') + '\n');
  copyFileSync(new URL('hazm-data/LICENSE', SHARED), new URL('LICENSE-hazm', DATA));
}

main();
