// The engine's words for the reader are message keys (messages.ts): every key core uses, and
// every message a comparison actually produces, reads in English, French and German with the
// parameters it is given (issue 16: French readers saw the engine's English change notes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from './compare';
import { englishText } from './english';
import { fillMessage, pluralKey, renderMsg, type Msg } from './messages';
import type { Report } from './types';

const CORE = resolve(import.meta.dirname);
const LOCALES = resolve(CORE, '../../public/_locales');
type Messages = Record<string, { message: string }>;
const load = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const LANGS = ['en', 'fr', 'de'] as const;
const locales = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<(typeof LANGS)[number], Messages>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) && !/\.test\.ts$/.test(n) ? [p] : [];
  });
}

/** Message keys written in core code: msg('…'), counted('…'), { key: '…' } and the ternaries inside msg(…). */
function keysUsed(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/\b(?:msg|counted)\(\s*([^,)]*)/g)) for (const k of m[1].matchAll(/(?<![=!]==?\s*)'([A-Za-z0-9_]+)'/g)) out.add(k[1]);
  for (const m of code.matchAll(/\bkey:\s*'([A-Za-z0-9_]+)'/g)) out.add(m[1]);
  return [...out];
}

/** What is wrong with `key` in `table`: absent, or (for a counted stem) without its one/other forms. */
function problems(key: string, table: Messages): string[] {
  if (key in table) return [];
  if (`${key}_other` in table) return `${key}_one` in table ? [] : [`${key}_one`];
  return [key];
}

const subs = (m: string) => Math.max(0, ...[...m.matchAll(/\$([1-9])/g)].map((x) => Number(x[1])));

describe('core message keys', () => {
  const used = files(CORE).flatMap((f) => keysUsed(readFileSync(f, 'utf8')).map((key) => ({ key, file: relative(CORE, f) })));

  it('finds the keys core uses', () => {
    expect(used.map((u) => u.key)).toEqual(expect.arrayContaining(['note_sourcingDropped', 'note_bylineDiffers', 'summary_copyUncredited']));
  });

  it('finds keys in the forms core writes them, and a planted key without a message fails', () => {
    expect(keysUsed(`notes: [msg(r === 'a' ? 'note_x' : 'note_y', who)], m = counted('n_z', 3); ({ key: 'summary_w', params })`).sort()).toEqual([
      'n_z',
      'note_x',
      'note_y',
      'summary_w',
    ]);
    expect(problems('note_plantedNowhere', locales.en)).toEqual(['note_plantedNowhere']);
  });

  it.each(LANGS)('every key core uses has a message in %s', (lang) => {
    expect(used.flatMap((u) => problems(u.key, locales[lang]).map((p) => `${u.file}: ${p}`))).toEqual([]);
  });

  it.each(LANGS)('every counted message in %s has the forms its language needs (one, other)', (lang) => {
    const stems = Object.keys(locales.en)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length));
    expect(stems.flatMap((s) => problems(s, locales[lang]))).toEqual([]);
  });
});

describe('the messages a comparison produces', () => {
  const dir = resolve(CORE, '../../test-fixtures/seed-pair');
  const bulletin = articleFromText(readFileSync(`${dir}/bulletin.txt`, 'utf8'), {
    url: 'https://bigtownbulletin.test/2025/04/ukraine-talks/',
    siteName: 'Big Town Bulletin News',
  });
  const cbc = articleFromText(readFileSync(`${dir}/cbc.txt`, 'utf8'), { url: 'https://cbc.test/news/world/ukraine-talks', siteName: 'CBC News' });
  const reports: Report[] = [compare(bulletin, cbc, { now: '2025-04-18T00:00:00Z' }), compare(cbc, bulletin, { now: '2025-04-18T00:00:00Z' })];
  const produced: Msg[] = reports.flatMap((r) => [...r.reason, ...r.differences.flatMap((d) => d.notes ?? [])]);

  it('the seed pair has notes (a claim changed, a credit line dropped) and reasons (the share, no credit, which came first)', () => {
    expect(produced.map((m) => m.key)).toEqual(
      expect.arrayContaining(['note_sourcingDropped', 'note_modalityChanged', 'note_creditLineDropped', 'reason_share', 'reason_noCredit', 'reason_direction']),
    );
  });

  it.each(LANGS)('each reads in %s with exactly the parameters it is given', (lang) => {
    const table = locales[lang];
    const bad = produced.filter((m) => {
      const key = m.count === undefined ? m.key : pluralKey(m.key, m.count, lang, (k) => k in table);
      return !(key in table) || subs(table[key].message) !== m.params.length;
    });
    expect(bad).toEqual([]);
  });

  it('reads in English from the same messages.json the extension ships', () => {
    const m = produced.find((x) => x.key === 'note_modalityChanged')!;
    expect(englishText(m)).toBe(fillMessage(locales.en.note_modalityChanged.message, m.params));
    expect(englishText(m)).toMatch(/^tense or modality changed/);
  });
});

describe('plural forms (Intl.PluralRules; chrome.i18n has none)', () => {
  const table: Messages = {
    n_one: { message: '$1 change' },
    n_other: { message: '$1 changes' },
  };
  const lookup = (key: string, params: string[]) => (key in table ? fillMessage(table[key].message, params) : key);

  it('picks one or other by the language’s rules', () => {
    const say = (count: number, lang: string) => renderMsg({ key: 'n' as never, params: [String(count)], count }, lookup, lang);
    expect([say(1, 'en'), say(0, 'en'), say(3, 'en')]).toEqual(['1 change', '0 changes', '3 changes']);
    // French counts 0 and 1 as singular; German only 1.
    expect([say(0, 'fr'), say(1, 'fr'), say(2, 'fr')]).toEqual(['0 change', '1 change', '2 changes']);
    expect([say(0, 'de'), say(1, 'de')]).toEqual(['0 changes', '1 change']);
  });

  it('falls back to the other form when a language needs a form the file lacks', () => {
    // Polish has "few"; without an n_few message the other form is used, never a raw key.
    expect(renderMsg({ key: 'n' as never, params: ['3'], count: 3 }, lookup, 'pl')).toBe('3 changes');
  });
});
