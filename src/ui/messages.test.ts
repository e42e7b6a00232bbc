// Every string key a page asks for exists in the English messages (a missing key would
// show the reader its raw name), and every message is valid for chrome.i18n: a `$` is a
// substitution ($1…$9) or an escaped dollar ($$), never a bare one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };

const UI = resolve(import.meta.dirname);
const messages = english as Record<string, { message: string }>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('UI strings', () => {
  const used = files(UI).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => ({ key: m[1], file: relative(UI, f) })),
  );

  it('finds the keys the pages use', () => {
    expect(used.length).toBeGreaterThan(40);
  });

  it('has an English message for every key used', () => {
    const missing = used.filter((u) => !(u.key in messages)).map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  // tn('stem', n): the message is stem_one / stem_other (Intl.PluralRules picks; chrome.i18n has no plurals).
  const counted = files(UI).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/\btn\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => ({ key: m[1], file: relative(UI, f) })),
  );

  it('has one and other forms in English for every counted message used', () => {
    expect(counted.length).toBeGreaterThan(3);
    const missing = counted.flatMap((u) => ['one', 'other'].filter((f) => !(`${u.key}_${f}` in messages)).map((f) => `${u.file}: ${u.key}_${f}`));
    expect(missing).toEqual([]);
  });

  it('uses only $1…$9 and $$ in messages', () => {
    const bad = Object.entries(messages).filter(([, v]) => /\$(?![1-9$])/.test(v.message.replace(/\$\$/g, '')));
    expect(bad.map(([k]) => k)).toEqual([]);
  });
});

// Every locale carries exactly en's keys, the same substitutions and no empty message, so a
// reader in French or German never sees a raw key or an English fallback.
describe('locales', () => {
  const LOCALES = resolve(UI, '../../public/_locales');
  const others = readdirSync(LOCALES).filter((l) => l !== 'en');
  const load = (l: string) => JSON.parse(readFileSync(join(LOCALES, l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const subs = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort().join(' ');

  it('has French and German', () => {
    expect(others.sort()).toEqual(['de', 'fr']);
  });

  it.each(others)('%s has exactly the English keys', (l) => {
    const keys = Object.keys(load(l));
    expect({ missing: Object.keys(messages).filter((k) => !keys.includes(k)), stale: keys.filter((k) => !(k in messages)) }).toEqual({
      missing: [],
      stale: [],
    });
  });

  it.each(others)('%s uses the same $n substitutions as English', (l) => {
    const loc = load(l);
    const bad = Object.keys(messages).filter((k) => k in loc && subs(loc[k].message) !== subs(messages[k].message));
    expect(bad).toEqual([]);
  });

  it.each(['en', ...others])('%s has no empty message (but where English is empty on purpose, like a decorative alt)', (l) => {
    const loc = load(l);
    expect(Object.keys(loc).filter((k) => loc[k].message.trim() === '' && messages[k]?.message !== '')).toEqual([]);
  });
});

// A reader-facing word written in a component instead of _locales would stay English in
// every language: JSX text with letters, and aria-label / title / placeholder / alt literals.
function literalStrings(code: string): string[] {
  const found: string[] = [];
  const source = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  // Text between a tag's end and the next tag (`<p>Words</p>`, `<p>Words <b>`), not an
  // arrow's `=>`, code-like runs left out.
  for (const m of source.matchAll(/(?<!=)>([^<>{}]+)<\/?[A-Za-z]/g)) {
    const text = m[1].trim();
    if (/\p{L}/u.test(text) && !/=>|[;()=&|]/.test(text)) found.push(text);
  }
  for (const m of source.matchAll(/\b(aria-label|title|placeholder|alt)=(?:"([^"]*)"|\{\s*(['"`])((?:(?!\3).)*)\3\s*\})/g)) {
    // A template's ${…} parts are code; only the words around them count.
    const value = (m[2] ?? m[4]).replace(/\$\{[^}]*\}/g, '');
    // An example address in a URL field's placeholder is not words to translate.
    if (m[1] === 'placeholder' && /^https?:\/\//.test(value)) continue;
    if (/\p{L}/u.test(value)) found.push(`${m[1]}="${value}"`);
  }
  return found;
}

describe('no reader-facing literal in UI code', () => {
  it('finds a planted violation of each kind', () => {
    expect(literalStrings('<p class="x">Copied without credit</p>')).toEqual(['Copied without credit']);
    expect(literalStrings('<div>{n} <b>more</b></div>')).toEqual(['more']);
    expect(literalStrings('<button aria-label="Close" title={\'Close it\'} />')).toEqual(['aria-label="Close"', 'title="Close it"']);
    expect(literalStrings('<input placeholder="Your name" /><input placeholder="https://…/rss.xml" /><img alt="" />')).toEqual(['placeholder="Your name"']);
    // The template placeholders below are built from pieces: they are the text under test.
    const dollar = '$';
    expect(literalStrings(`<button aria-label={\`Remove ${dollar}{url}\`} />`)).toEqual(['aria-label="Remove "']);
    expect(literalStrings("<p>{t('key')}</p>; const a = (x: Array<string>) => x")).toEqual([]);
    expect(literalStrings('const run = async (f: () => Promise<TabState>) => {}; // for the <b>copy</b>')).toEqual([]);
    expect(literalStrings(`<b aria-label={\`${dollar}{s('feedAdd')}: ${dollar}{f.name}\`} />`)).toEqual([]);
  });

  it('holds for every component', () => {
    const bad = files(UI)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => literalStrings(readFileSync(f, 'utf8')).map((s) => `${relative(UI, f)}: ${s}`));
    expect(bad).toEqual([]);
  });
});
