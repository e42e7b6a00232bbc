// Issue 14 ("pages speak only for themselves"), through the worker's pipeline with the real
// library and engine: the library's addedAt (when Wiretrace first saw a page) reaches
// compare(), so a stored page whose stated publication date is later than that time cannot
// flip which version is the source.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from '../core/compare';
import { analyseArticle } from './analyse';
import { openLibrary } from './library';

const body =
  'The harbour council voted on Tuesday to delay the new bridge by a year, after engineers said the ferry it replaces could run safely until the spring of next year.\n' +
  'Councillors who opposed the delay said the cost of the bridge would rise with every month of waiting, and that the ferry was already over capacity at rush hour.';
const story = (url: string, siteName: string, published: string) => articleFromText(`Harbour bridge vote delayed\n${body}`, { url, siteName, published });

describe('first seen reaches the comparison', () => {
  it('a stored original re-dated after Wiretrace first saw it stays the source of a later copy', async () => {
    let t = Date.parse('2025-04-17T10:30:00Z');
    const library = await openLibrary(`first-seen-${Math.random()}`, { now: () => t });
    // Seen at 10:30; read again after an update that moved its stated date to 15:00.
    await library.putArticle(story('https://paper.test/bridge', 'The Paper', '2025-04-17T09:00:00Z'), 'visited');
    t = Date.parse('2025-04-17T15:30:00Z');
    const redated = story('https://paper.test/bridge', 'The Paper', '2025-04-17T15:00:00Z');
    await library.putArticle(redated, 'visited');
    const stored = await library.getArticleByUrl('https://paper.test/bridge');
    expect(stored?.article.published).toBe('2025-04-17T15:00:00Z');
    expect(stored?.addedAt).toBe(Date.parse('2025-04-17T10:30:00Z'));
    // The copy, stating noon, opened afterwards.
    t = Date.parse('2025-04-17T16:00:00Z');
    const copy = story('https://copier.test/bridge', 'Copier', '2025-04-17T12:00:00Z');
    const engine = (page: Parameters<typeof compare>[0], other: Parameters<typeof compare>[1], opts?: Parameters<typeof compare>[2]) =>
      compare(page, other, { ...opts, now: '2025-04-18T00:00:00Z' });
    const state = await analyseArticle(copy, { library, compare: engine, remember: true });
    if (state.state !== 'report') throw new Error(state.state);
    expect(state.report.source.outlet).toBe('The Paper');
    expect(state.report.pageRole).toBe('copy');
    // Without the first-seen times the stated dates alone make the original the copy.
    expect(compare(copy, redated, { now: '2025-04-18T00:00:00Z' }).source.outlet).toBe('Copier');
  });
});
