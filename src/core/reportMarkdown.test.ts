import { describe, expect, it } from 'vitest';
import { handComparison } from './testing/handComparison';
import { englishLabels, englishLookup } from './english';
import { fillMessage } from './messages';
import { escapeMarkdown, markdownLabelsFrom, markdownUrl, reportMarkdown } from './reportMarkdown';
import { DIFFERENCE_KINDS, type Report } from './types';

const report = handComparison.report;

describe('reportMarkdown', () => {
  const md = reportMarkdown(report, englishLabels);

  it('states the verdict and the share reused', () => {
    expect(md).toContain(
      "**This page copies Example Wire's story without credit** (Copy without credit). 81% of this page's text is found in Example Wire's version.",
    );
  });

  it('lists the altered quote with both wordings and its word change', () => {
    const quotes = md.slice(md.indexOf('## Quotes'));
    expect(quotes).toContain('**Altered** — Ana Ruiz: “We want a color scheme that lasts,”');
    expect(quotes).toContain('Original: “We want a colour scheme that lasts,”');
    expect(quotes).toContain('“colour” → “color” (Spelling variant)');
  });

  it('puts substantive changes before style ones and counts each group', () => {
    expect(md.indexOf('## Changes that matter (5)')).toBeGreaterThan(0);
    expect(md.indexOf('## Style-only changes (1)')).toBeGreaterThan(md.indexOf('## Changes that matter'));
    expect(md).toContain('**Claim changed** — tense or modality changed ("was due to take place later" → "took place")');
  });

  it('links only http(s) URLs', () => {
    expect(md).toContain('<https://wire.example/story/harbour>');
    expect(markdownUrl('javascript:alert(1)')).toBe('`javascript:alert(1)`');
    expect(markdownUrl('data:text/html,<b>x</b>')).not.toMatch(/^</);
    expect(markdownUrl('https://a.example/x y<z>')).toBe('<https://a.example/x%20y%3Cz%3E>');
  });

  it('renders hostile page text literally', () => {
    const hostile: Report = {
      ...report,
      copy: { ...report.copy, title: '[click](javascript:alert(1)) <img src=x onerror=alert(1)> | *bold*' },
      quotes: [{ text: 'line one\n# heading\n- item', status: 'added' }],
    };
    const out = reportMarkdown(hostile, englishLabels);
    expect(out).toContain('\\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\| \\*bold\\*');
    expect(out).not.toMatch(/^# heading/m);
    expect(out).not.toMatch(/^- item/m);
  });

  it('uses the labels it is given', () => {
    const out = reportMarkdown(report, { ...englishLabels, title: 'Rapport Wiretrace' });
    expect(out.startsWith('# Rapport Wiretrace\n')).toBe(true);
  });

  it("writes the engine's notes in the labels' language, from the messages it looks up (issue 16)", () => {
    const french: Record<string, string> = { note_modalityChanged: 'temps ou modalité changés (« $1 » → « $2 »)' };
    const labels = markdownLabelsFrom((key, params) => (key in french ? fillMessage(french[key], params) : englishLookup(key, params)), 'fr');
    const out = reportMarkdown(report, labels);
    expect(out).toContain('— temps ou modalité changés (« was due to take place later » → « took place »)');
    expect(out).not.toContain('tense or modality');
  });

  it('says none for empty sections', () => {
    const out = reportMarkdown({ ...report, quotes: [], signals: [] }, englishLabels);
    expect(out).toMatch(/## Quotes \(0\)\n\nNone/);
  });
});

describe('escapeMarkdown', () => {
  it('leaves ordinary prose readable', () => {
    expect(escapeMarkdown('U.S. officials said 5% (about 40,000) - fine!')).toBe('U.S. officials said 5% (about 40,000) - fine!');
  });

  // Issue 14, item 11: bare `www.`/`https://` text in a headline became a link in the
  // Markdown report (GitHub's extended autolinks), and so did an e-mail address.
  it('keeps bare addresses in page text from becoming links', () => {
    const out = escapeMarkdown('Read more at www.evil.test or https://evil.test/login, mail tips@evil.test, ftp://x.test');
    expect(out).not.toMatch(/\bwww\./i);
    expect(out).not.toMatch(/[a-z]:\/\//i);
    expect(out).not.toMatch(/[^\\]@/);
    // Still readable once rendered: each escape only hides one character's meaning.
    expect(out.replace(/\\(.)/g, '$1')).toBe('Read more at www.evil.test or https://evil.test/login, mail tips@evil.test, ftp://x.test');
  });
});

describe('kind labels', () => {
  it('names every DifferenceKind in words, none left as its code name', () => {
    for (const kind of DIFFERENCE_KINDS) {
      const label = englishLabels.kind[kind];
      expect(label, kind).toBeTruthy();
      expect(label, kind).not.toBe(kind);
      expect(label, kind).toMatch(/^\p{Lu}[\p{Ll} -]+$/u);
    }
    expect(new Set(Object.values(englishLabels.kind)).size).toBe(DIFFERENCE_KINDS.length);
  });

  it('writes a name-form change in plain words in the report', () => {
    const r: Report = { ...report, differences: [{ kind: 'name-form', significance: 'style', copy: 'Rubio', known: 'Marco Rubio', count: 2 }] };
    const md = reportMarkdown(r, englishLabels);
    expect(md).toContain('Name shortened or lengthened');
    expect(md).not.toContain('name-form');
  });
});
