// Issue 10 and issue 14, the content script's size guard: it counts the text a reader sees
// (not <script>, <style>, <noscript>, <template>), and a page over the limits is sent in
// part, with the paragraphs left out counted, instead of being refused.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../extract/extract';
import { parseHtml } from '../extract/node-dom';
import { measurePage } from './page-size';

const sent: { name: string; payload: Record<string, unknown> }[] = [];
vi.mock('../platform/messaging', () => ({
  send: async (name: string, payload: Record<string, unknown>) => {
    sent.push({ name, payload });
    return name === 'PageFound' ? { ok: true, found: true } : { ok: true };
  },
}));
const { reportArticle, MAX_TEXT } = await import('./report-article');

const para = (i: number, chars = 600) =>
  `<p>Paragraph ${i}: ${'the council met again to discuss the budget. '.repeat(Math.ceil(chars / 45)).slice(0, chars)}</p>`;
const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>Council votes on the budget</title>${head}</head><body><article><h1>Council votes on the budget</h1>${body}</article></body></html>`;

beforeEach(() => {
  sent.length = 0;
});

describe('the content script size guard (issue 10: visible text only)', () => {
  it('a news article with 970,000 characters of inline script is sent, not refused', async () => {
    // In the body, as a Yahoo article page has it (textContent counted all of it: refused).
    const script = `<script>var data = "${'x'.repeat(970_000)}";</script><style>${'.a{color:red}'.repeat(5_000)}</style><noscript>${'n'.repeat(100_000)}</noscript><template><p>${'t'.repeat(50_000)}</p></template>`;
    const doc = parseHtml(page(script + Array.from({ length: 12 }, (_, i) => para(i)).join('')));
    const size = await measurePage(doc, MAX_TEXT);
    expect(size.text).toBeLessThan(20_000);
    await reportArticle(doc, 'https://news.test/budget');
    expect(sent.map((m) => m.name)).toEqual(['PageFound']);
    expect(sent[0].payload.cut).toBeUndefined();
  });

  it('stops counting past the limit and past its node cap (bounded work on a page-controlled DOM)', async () => {
    const doc = parseHtml(page(Array.from({ length: 3_000 }, (_, i) => para(i)).join('')));
    const size = await measurePage(doc, 100_000);
    expect(size.text).toBeGreaterThan(100_000);
    expect(size.text).toBeLessThan(100_000 + 1_000);
    const capped = await measurePage(doc, MAX_TEXT, 500);
    expect(capped.tooManyNodes).toBe(true);
  });
});

describe('an oversized page gets a partial report (issue 14)', () => {
  it('sends the first part within the limits and counts the paragraphs left out', async () => {
    // 2,500 paragraphs of 600 characters: 1.5 M characters of visible text, over 1 M.
    const doc = parseHtml(page(Array.from({ length: 2_500 }, (_, i) => para(i)).join('')));
    await reportArticle(doc, 'https://news.test/long');
    expect(sent.map((m) => m.name)).toEqual(['PageFound']);
    const { html, cut } = sent[0].payload as { html: string; cut: number };
    expect(html.length).toBeLessThan(MAX_TEXT + 200_000);
    const article = extractArticle(parseHtml(html), 'https://news.test/long');
    expect(article).not.toBeNull();
    const read = article!.blocks.filter((b) => b.text.startsWith('Paragraph ')).length;
    // Every paragraph is either read or counted as left out (one may be cut in the middle).
    expect(read).toBeGreaterThan(1_000);
    expect(cut).toBeGreaterThan(500);
    expect(read + cut).toBeGreaterThanOrEqual(2_500);
    expect(read + cut).toBeLessThanOrEqual(2_501);
    expect(article!.blocks[0].text).toMatch(/^Paragraph 0:/);
  });
});
