// The popup against the mock client, rendered into a linkedom document: each state shows
// its message, and a report shows its three sections with the pieces a reader needs.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { handComparison } from '../../core/testing/handComparison';
import type { TabState } from '../../shared/messages';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { setFallbackMessages } from '../../platform/i18n';
import { mockClient } from '../client.mock';
import { App } from './App';

let root: HTMLElement;

beforeAll(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
  setFallbackMessages(english);
});

afterEach(async () => {
  await act(() => render(null, root));
});

/** Renders the popup for tab 1 in `state` and waits until it has asked the client. */
async function show(state: TabState): Promise<HTMLElement> {
  root = document.getElementById('app')!;
  // act() flushes effects and the state updates of the client's (resolved) promises.
  await act(async () => {
    render(<App client={mockClient({ 1: state })} />, root);
  });
  for (let i = 0; i < 20 && root.querySelector('[data-state]')?.getAttribute('data-state') !== state.state; i++) {
    await act(() => new Promise((r) => setTimeout(r, 0)));
  }
  return root;
}

describe('popup', () => {
  it('says when the page is not an article', async () => {
    const el = await show({ state: 'not-article' });
    expect(el.textContent).toContain(english.stateNotArticle.message);
  });

  it('says plainly that a product page does not look like a news article (issue 10)', async () => {
    const el = await show({ state: 'not-news', kind: 'product' });
    expect(el.textContent).toContain(english.popup_notNews.message);
    expect(el.textContent).toContain(english.popup_notNewsProduct.message);
  });

  it('says a page with no news sign was compared but not kept (issue 10)', async () => {
    const el = await show({ state: 'not-news', compared: true });
    expect(el.textContent).toContain(english.popup_notNewsCompared.message);
  });

  it('notes on a report that the page does not look like a news article (issue 10)', async () => {
    const el = await show({ state: 'report', report: { ...handComparison.report, pageNotNews: true } });
    expect(el.querySelector('[data-testid="page-not-news"]')?.textContent).toBe(english.popup_pageNotNewsNote.message);
    await act(() => render(null, root));
    const plain = await show({ state: 'report', report: handComparison.report });
    expect(plain.querySelector('[data-testid="page-not-news"]')).toBeNull();
  });

  it('says when no other version is known', async () => {
    const el = await show({ state: 'no-known-version', article: { title: 'T', url: 'https://a.example/', kept: true } });
    expect(el.textContent).toContain(english.popup_noVersionTitle.message);
    // What was kept, and what to do next (issue 11).
    expect(el.textContent).toContain('Wiretrace kept “T” on this device only');
    expect(el.textContent).toContain(english.compareWithTitle.message);
  });

  it('says when an article was read but not kept', async () => {
    const el = await show({ state: 'no-known-version', article: { title: 'T', url: 'https://a.example/', kept: false } });
    expect(el.textContent).toContain('“T” was read but not kept');
  });

  // Issue 14: a page compared but not stored says why, in plain words, not "turned off in Settings".
  it('says an article was not kept because its site used its share of the library, or it is over the cap', async () => {
    const share = await show({ state: 'no-known-version', article: { title: 'T', url: 'https://a.example/', kept: false, notKept: 'site-share' } });
    expect(share.textContent).toContain('its site has added many articles to your library in the last hour');
    expect(share.textContent).not.toContain('turned off in Settings');
    await act(() => render(null, root));
    const over = await show({ state: 'no-known-version', article: { title: 'T', url: 'https://a.example/', kept: false, notKept: 'over-cap' } });
    expect(over.textContent).toContain("larger than the library's size limit");
    await act(() => render(null, root));
    const report = await show({ state: 'report', report: handComparison.report, notKept: 'site-share' });
    expect(report.querySelector('[data-testid="not-kept"]')?.textContent).toContain('This page was compared but not kept');
  });

  it('says when only the first part of an oversized page was read (issue 14)', async () => {
    const el = await show({ state: 'no-known-version', article: { title: 'T', url: 'https://a.example/', kept: true, cut: 312 } });
    const note = el.querySelector('[data-testid="partial-read"]')?.textContent ?? '';
    expect(note).toContain('its last 312 paragraphs were left out');
  });

  it('says a browser page is not read, without asking to reload it', async () => {
    const el = await show({ state: 'browser-page' });
    expect(el.textContent).toContain(english.popup_browserPageTitle.message);
    expect(el.textContent).not.toMatch(/reload/i);
  });

  it('shows checking with a progress bar', async () => {
    const el = await show({ state: 'checking' });
    expect(el.querySelector('[data-state="checking"] progress')).not.toBeNull();
  });

  it('shows a paused site with a way to resume', async () => {
    const el = await show({ state: 'paused', host: 'a.example' });
    expect(el.textContent).toContain('Paused on a.example');
    expect(el.querySelector('[data-testid="resume"]')).not.toBeNull();
  });

  it('words an error by its cause, with Try again, and no internal code in the sentence', async () => {
    const el = await show({ state: 'error', cause: 'storage-full', message: 'QuotaExceededError: full' });
    const box = el.querySelector('[data-state="error"]')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.querySelector('[data-testid="error-cause"]')?.textContent).toBe(english.popup_errorStorageFull.message);
    expect(box.querySelector('[data-testid="error-cause"]')?.textContent).not.toContain('QuotaExceededError');
    expect(box.querySelector('[data-testid="retry"]')).not.toBeNull();
  });

  it('shows an error as text', async () => {
    const el = await show({ state: 'error', message: '<b>boom</b>' });
    expect(el.textContent).toContain('<b>boom</b>');
    expect(el.querySelector('b')).toBeNull();
  });

  it('says which paragraphs a work budget left uncompared (issue 14, item 7: a padded page hid an edit)', async () => {
    const report = { ...handComparison.report, truncated: { copyParagraphs: 300, sourceParagraphs: 0 } };
    const el = await show({ state: 'report', report });
    const note = el.querySelector('[data-testid="truncated"]')?.textContent ?? '';
    expect(note).toContain('300');
    expect(note).toContain(report.copy.outlet);
    expect(note).not.toContain('$1');
  });

  it('renders Source, Differences (substantive first) and Key quotes of a report', async () => {
    const { report } = handComparison;
    const el = await show({ state: 'report', report });
    expect(el.querySelector('[data-testid="source"]')?.textContent).toContain(report.source.outlet);
    expect(el.querySelector('[data-testid="likely-original"]')?.textContent).toContain(report.source.title);
    const substantive = [...el.querySelectorAll('[data-testid^="substantive"] li.wt-diff')];
    expect(substantive.length).toBe(report.differences.filter((d) => d.significance === 'substantive').length);
    const style = el.querySelector('[data-testid="style"]');
    if (report.differences.some((d) => d.significance === 'style')) expect(style).not.toBeNull();
    const statuses = [...el.querySelectorAll('[data-testid="quotes"] li.wt-quote')].map((li) => li.getAttribute('data-status'));
    expect(statuses.sort()).toEqual(report.quotes.map((q) => q.status).sort());
    // Altered quotes come first.
    if (report.quotes.some((q) => q.status === 'altered')) expect(statuses[0]).toBe('altered');
  });

  it('only links http(s) URLs', async () => {
    const { report } = handComparison;
    const el = await show({ state: 'report', report: { ...report, source: { ...report.source, url: 'javascript:alert(1)' } } });
    // Absolute links (to pages) must be http(s); relative ones stay inside the extension.
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => /^[a-z][a-z0-9+.-]*:/i.test(h) && !/^https?:/i.test(h))).toEqual([]);
    expect(hrefs).not.toContain('javascript:alert(1)');
    expect(el.textContent).toContain(report.source.title);
  });
});
