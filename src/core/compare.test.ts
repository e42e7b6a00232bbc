// The seed pair (test-fixtures/seed-pair): every quote, speaker, substantive difference and
// signal in expected.json, and no style difference marked substantive.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from './compare';
import type { Difference, Report } from './types';

const dir = resolve(import.meta.dirname, '../../test-fixtures/seed-pair');
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));
const bulletin = articleFromText(readFileSync(`${dir}/bulletin.txt`, 'utf8'), {
  url: 'https://bigtownbulletin.test/2025/04/ukraine-talks/',
  siteName: 'Big Town Bulletin News',
});
const cbc = articleFromText(readFileSync(`${dir}/cbc.txt`, 'utf8'), { url: 'https://cbc.test/news/world/ukraine-talks', siteName: 'CBC News' });

const fold = (s = '') => s.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
const KIND: Record<string, string[]> = {
  'headline changed': ['headline-changed'],
  removed: ['passage-removed'],
  reworded: ['reworded'],
  'claim changed': ['claim-changed'],
  'quote altered': ['quote-altered'],
  'attribution removed': ['attribution-removed'],
  'added boilerplate': ['boilerplate-added'],
};

function findDiff(r: Report, fact: { kind: string; copy?: string; known?: string }): Difference | undefined {
  return r.differences.find(
    (d) =>
      d.significance === 'substantive' &&
      KIND[fact.kind].includes(d.kind) &&
      (!fact.copy || fold(d.copy).includes(fold(fact.copy))) &&
      (!fact.known || fold(d.known).includes(fold(fact.known))),
  );
}

describe.each([
  ['the copy is the open page', () => compare(bulletin, cbc, { now: '2025-04-18T00:00:00Z' }), 'copy'],
  ['the source is the open page (argument order must not decide)', () => compare(cbc, bulletin, { now: '2025-04-18T00:00:00Z' }), 'source'],
] as const)('seed pair, %s', (_name, run, role) => {
  const r = run();
  it('names CBC as the source and the verdict uncredited-copy', () => {
    expect(r.source.outlet).toBe('CBC News');
    expect(r.copy.outlet).toBe('Big Town Bulletin News');
    expect(r.pageRole).toBe(role);
    expect(r.verdict).toBe('uncredited-copy');
    expect(r.copyReusedShare).toBeGreaterThanOrEqual(expected.shared_text_share_min);
    expect(r.reusedShare).toBeGreaterThanOrEqual(expected.shared_text_share_min);
  });
  for (const fact of expected.substantive_differences) {
    it(`finds the substantive difference: ${fact.kind} ${fact.copy ?? fact.known}`, () => {
      expect(findDiff(r, fact)).toBeDefined();
    });
  }
  it('reports no style difference as substantive', () => {
    const sub = r.differences.filter((d) => d.significance === 'substantive');
    for (const d of sub) {
      const words = `${d.copy ?? ''} ${d.known ?? ''}`;
      // A substantive difference must be one of expected.json's facts, not a style change.
      const isFact = expected.substantive_differences.some((f: { kind: string; copy?: string; known?: string }) => findDiff({ ...r, differences: [d] }, f));
      expect(isFact, `unexpected substantive ${d.kind}: ${words}`).toBe(true);
    }
    for (const s of expected.style_differences.filter((x: { copy?: string }) => x.copy)) {
      const asSub = sub.filter(
        (d) =>
          ['reworded', 'claim-changed'].includes(d.kind) &&
          d.changes?.some(
            (c) =>
              c.copy === s.copy &&
              c.known === s.known &&
              c.kind !== 'spelling-variant' &&
              c.kind !== 'transliteration' &&
              c.kind !== 'capitalisation' &&
              c.kind !== 'heading-changed',
          ),
      );
      expect(asSub, `${s.copy}/${s.known}`).toEqual([]);
    }
  });
  it('classifies the listed style differences as style', () => {
    const style = r.differences.filter((d) => d.significance === 'style');
    const has = (kind: string, copy: string, known: string) =>
      style.some((d) => d.kind === kind && fold(d.copy).includes(fold(copy)) && fold(d.known).includes(fold(known)));
    expect(has('spelling-variant', 'towards', 'toward')).toBe(true);
    expect(has('spelling-variant', 'advisor', 'adviser')).toBe(true);
    expect(has('spelling-variant', 'Defense', 'Defence')).toBe(true);
    expect(has('spelling-variant', 'defense', 'defence')).toBe(true);
    expect(has('transliteration', 'Zelenskiy', 'Zelenskyy')).toBe(true);
    expect(has('capitalisation', 'foreign', 'Foreign')).toBe(true);
    expect(has('capitalisation', 'SECURITY', 'Security')).toBe(true);
    expect(has('heading-changed', 'IRAN TALKS', 'Talks to reach nuclear deal with Iran')).toBe(true);
    expect(has('punctuation', 'and', '.')).toBe(true);
    expect(style.some((d) => d.kind === 'typography' && (d.count ?? 0) > 10)).toBe(true);
  });
  for (const q of expected.quotes) {
    it(`reports the quote "${q.text.slice(0, 40)}…" (${q.speaker}, ${q.status})`, () => {
      const found = r.quotes.filter((x) => fold(x.text) === fold(q.text));
      expect(found.length).toBeGreaterThan(0);
      // Lenient on speaker form: the expected name's surname or description head must appear.
      const head = q.speaker.includes('adviser')
        ? 'adviser'
        : q.speaker
            .replace(/\s*\(.*\)/, '')
            .split(' ')
            .pop();
      expect(found.some((x) => fold(x.speaker).includes(fold(head)) && x.status === q.status)).toBe(true);
      if (q.status === 'altered') {
        const a = found.find((x) => x.status === 'altered')!;
        expect(fold(a.knownText)).toBe(fold(q.known_version_text));
        expect(a.changes).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ copy: '5%', known: 'five per cent', kind: 'number-style' }),
            expect.objectContaining({ copy: 'defense', known: 'defence', kind: 'spelling-variant' }),
          ]),
        );
      }
    });
  }
  it("passes the copy's signals through", () => {
    const names = r.signals.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['engagement-boilerplate', 'self-promotion', 'no-byline-or-credit', 'bare-wire-dateline', 'blog-comment-form']),
    );
  });
  it('never counts page junk as article text', () => {
    for (const junk of expected.not_article_text) {
      expect(r.differences.some((d) => d.kind !== 'boilerplate-added' && fold(d.copy).includes(fold(junk)) && d.significance === 'substantive')).toBe(false);
    }
  });
  it('gives side-by-side rows covering both versions', () => {
    expect(r.rows.filter((x) => x.copyBlock !== undefined).length).toBe(bulletin.blocks.length);
    expect(r.rows.some((x) => x.relation === 'known-only')).toBe(true);
  });
});

describe('compare on edited copies (seed paragraphs, rearranged)', () => {
  const paras = cbc.blocks
    .filter((b) => !b.heading)
    .map((b) => b.text)
    .slice(2, 14);
  const known = articleFromText(['A headline for the known version here', ...paras].join('\n'), {
    url: 'https://known.test/a',
    siteName: 'Known',
    published: '2025-04-17T10:00:00Z',
  });
  it('a trimmed copy: all of its text is reused, the dropped tail is passage-removed', () => {
    const copy = articleFromText(['A headline for the known version here', ...paras.slice(0, 6)].join('\n'), {
      url: 'https://copy.test/a',
      siteName: 'Copy',
      published: '2025-04-17T12:00:00Z',
    });
    const r = compare(copy, known, { now: 'x' });
    expect(r.pageRole).toBe('copy');
    expect(r.reusedShare).toBe(1);
    expect(r.verdict).toBe('uncredited-copy');
    expect(r.differences.filter((d) => d.kind === 'passage-removed').map((d) => d.known)).toEqual(paras.slice(6));
    // From the source's side only part of its text is in the copy.
    expect(compare(known, copy).reusedShare).toBeLessThan(0.7);
  });
  it('a moved paragraph shows as a moved row, not as removed and added text', () => {
    const moved = [...paras.slice(0, 3), ...paras.slice(4), paras[3]];
    const copy = articleFromText(['A headline for the known version here', ...moved].join('\n'), {
      url: 'https://copy.test/b',
      siteName: 'Copy',
      published: '2025-04-17T12:00:00Z',
    });
    const r = compare(copy, known, { now: 'x' });
    expect(r.rows.filter((x) => x.relation === 'moved').map((x) => x.knownBlock)).toEqual([known.blocks.findIndex((b) => b.text === paras[3])]);
    expect(r.differences.filter((d) => d.significance === 'substantive')).toEqual([]);
  });
  it('an article compared again reports the same, and afresh once its text is edited in place', () => {
    const copy = articleFromText(['A headline for the known version here', ...paras.slice(0, 6)].join('\n'), { url: 'https://copy.test/b' });
    const first = compare(copy, known, { now: 'x' });
    expect(compare(copy, known, { now: 'x' })).toEqual(first);
    copy.blocks.push({ text: paras[8] });
    expect(compare(copy, known, { now: 'x' })).toEqual(compare(structuredClone(copy), known, { now: 'x' }));
    expect(compare(copy, known, { now: 'x' }).reusedShare).toBe(1);
    expect(compare(copy, known, { now: 'x' }).differences).not.toEqual(first.differences);
  });
  it('an article compared with itself is the same page, never a copy of itself (issue 10)', () => {
    const r = compare(known, known, { now: 'x' });
    expect(r.verdict).toBe('same-page');
    expect(r.pageRole).toBe('source');
    expect(r).toEqual(compare(known, structuredClone(known), { now: 'x' }));
  });
  it('an empty article is unrelated to anything, without failing', () => {
    const empty = { url: 'https://e.test/', title: '', blocks: [], signals: [] };
    expect(compare(empty, known).verdict).toBe('unrelated');
    expect(compare(known, empty).reusedShare).toBe(0);
  });
  it('unrelated texts get the unrelated verdict and no differences', () => {
    const other = articleFromText(
      'Storm closes roads across the region\nHeavy snow closed several highways on Tuesday as crews worked through the night to clear the main routes into the city, officials said, warning drivers to stay home.',
      { url: 'https://x.test/s' },
    );
    const r = compare(other, known);
    expect(r.verdict).toBe('unrelated');
    expect(r.differences).toEqual([]);
  });
});
