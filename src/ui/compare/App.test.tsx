// The side-by-side page against the mock client, rendered into a linkedom document: rows,
// gaps, moved paragraphs, highlights by significance, quote outlines, the style toggle,
// and page-supplied URLs (only http(s) become links).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../../core/summary';
import { handComparison } from '../../core/testing/handComparison';
import type { Comparison } from '../../shared/messages';
import { mockClient } from '../client.mock';
import { installPageDom } from '../test-dom';
import { App } from './App';
import { isHttpUrl } from '../components/SafeLink';

let root: HTMLElement;

beforeAll(installPageDom);

afterEach(async () => {
  await act(() => render(null, root));
});

async function show(data: Comparison = handComparison): Promise<HTMLElement> {
  root = document.getElementById('app')!;
  const { report } = data;
  const client = mockClient({}, { [`${report.copy.id}|${report.source.id}`]: data });
  await act(async () => render(<App client={client} request={{ kind: 'pair', copyId: report.copy.id!, knownId: report.source.id! }} />, root));
  for (let i = 0; i < 20 && !root.querySelector('table.rows'); i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  return root;
}

const rows = (r: HTMLElement) => [...r.querySelectorAll('table.rows tbody tr')];
const cell = (tr: Element, side: 'copy' | 'known') => tr.querySelector(`td[data-side="${side}"]`)!;

describe('side-by-side page', () => {
  it('shows one row per aligned pair, gaps for one-sided passages, and where a moved paragraph was', async () => {
    const r = await show();
    expect(rows(r)).toHaveLength(handComparison.report.rows.length);
    const copyOnly = rows(r).find((tr) => tr.getAttribute('data-relation') === 'copy-only')!;
    expect(cell(copyOnly, 'known').classList.contains('gap')).toBe(true);
    expect(cell(copyOnly, 'known').textContent).toContain('Not in the original');
    const moved = rows(r).find((tr) => tr.getAttribute('data-relation') === 'moved')!;
    expect(cell(moved, 'copy').textContent).toContain('Moved: paragraph 4 in the original');
  });

  it('marks substantive and style changes, and the toggle hides only the style ones', async () => {
    const r = await show();
    const claim = rows(r)[0];
    expect(cell(claim, 'copy').querySelector('mark[data-change="substantive"]')?.textContent).toBe('took place');
    expect(cell(claim, 'known').querySelector('mark[data-change="substantive"]')?.textContent).toBe('was due to take place later');
    expect(r.querySelectorAll('mark[data-change="style"]').length).toBe(2);

    const toggle = r.querySelector<HTMLInputElement>('.toolbar input[type="checkbox"]')!;
    await act(async () => {
      toggle.checked = true;
      toggle.dispatchEvent(new window.Event('change', { bubbles: true }));
    });
    expect(r.querySelectorAll('mark[data-change="style"]').length).toBe(0);
    expect(r.querySelectorAll('mark[data-change="substantive"]').length).toBeGreaterThan(0);
    expect(cell(rows(r)[1], 'copy').textContent).toContain('We want a color scheme');
  });

  it('outlines the altered quote on both sides with its status', async () => {
    const r = await show();
    for (const side of ['copy', 'known'] as const) {
      const q = cell(rows(r)[1], side).querySelector('[data-quote-status="altered"]');
      expect(q?.textContent, side).toContain('Quote: Altered');
    }
  });

  it('links each quote in the list to the row where it is outlined', async () => {
    const r = await show();
    const link = r.querySelector('.quotes li[data-quote-status="altered"] a.show-quote');
    expect(link?.getAttribute('href')).toBe('#row-1');
    expect(link?.textContent).toContain('(Ana Ruiz, Altered)');
  });

  it("lists the summary's changes that matter, in its order, each pointing at its place", async () => {
    const r = await show();
    const items = [...r.querySelectorAll('nav.jumps ol li')];
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(summarise(handComparison.report).changes.map((c) => c.kind));
    const links = [...r.querySelectorAll('nav.jumps ol a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('#change-headline');
    for (const href of links) expect(r.querySelector(href!), href!).not.toBeNull();
  });

  it('links only http(s) URLs; anything else is shown as text', async () => {
    const hostile: Comparison = {
      ...handComparison,
      report: { ...handComparison.report, copy: { ...handComparison.report.copy, url: 'javascript:alert(1)' } },
    };
    const r = await show(hostile);
    const hrefs = [...r.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => /^javascript:/i.test(h!))).toBe(false);
    expect(r.querySelector('.version-copy .url')?.textContent).toBe('javascript:alert(1)');
    expect(r.querySelector('.version-source .url a')?.getAttribute('href')).toBe('https://wire.example/story/harbour');
  });
});

describe('isHttpUrl', () => {
  it('keeps http(s) and refuses every other scheme', () => {
    expect(isHttpUrl('https://a.example/x')).toBe(true);
    expect(isHttpUrl('HTTP://A.example')).toBe(true);
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'moz-extension://x/', 'not a url', '']) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });
});

describe('side-by-side page errors', () => {
  it('says when the versions are not in the library', async () => {
    root = document.getElementById('app')!;
    await act(async () => render(<App client={mockClient({})} request={{ kind: 'pair', copyId: 'gone', knownId: 'also-gone' }} />, root));
    for (let i = 0; i < 20 && !root.querySelector('[role="alert"]'); i++) await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Wiretrace could not compare these versions: no such comparison in the mock');
  });

  it('says when the tab has no report to show side by side', async () => {
    root = document.getElementById('app')!;
    const state = { state: 'no-known-version', article: { title: 't', url: 'https://a.example/' } } as const;
    await act(async () => render(<App client={mockClient({ 4: state })} request={{ kind: 'tab', tabId: 4 }} />, root));
    for (let i = 0; i < 20 && !root.querySelector('[role="status"]'); i++) await act(() => new Promise((r) => setTimeout(r, 0)));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(root.querySelector('main')?.textContent).toContain('There is no comparison for this tab yet');
  });
});

describe('side-by-side page opened while the page is being checked', () => {
  it('waits for the report, then shows the comparison', async () => {
    root = document.getElementById('app')!;
    const { report } = handComparison;
    const base = mockClient({ 5: { state: 'report', report } }, { [`${report.copy.id}|${report.source.id}`]: handComparison });
    let asked = 0;
    const client = { ...base, tabState: async (id: number) => (++asked === 1 ? { state: 'checking' as const } : base.tabState(id)) };
    await act(async () => render(<App client={client} request={{ kind: 'tab', tabId: 5 }} />, root));
    for (let i = 0; i < 50 && !root.querySelector('table.rows'); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(asked).toBeGreaterThanOrEqual(2);
    expect(root.querySelectorAll('table.rows tbody tr')).toHaveLength(report.rows.length);
  });
});
