// One summary, every view (issue 11): the same reports rendered by the popup, the
// side-by-side page, the CLI (text and --json) and the Markdown show the same counts and
// list the changes that matter in the same order. Three reports: the seed pages (read from
// their HTML files), the same story from the other side (the original's report, from the
// text files) and the invented hand comparison. Nothing here knows any report's text: the
// counts and order each view shows are compared with each other and with summarise().
import { join, resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../cli/engine';
import { formatReport } from '../cli/format';
import { loadArticle } from '../cli/load';
import { main } from '../cli/main';
import { englishLabels } from '../core/english';
import { reportMarkdown } from '../core/reportMarkdown';
import { summarise } from '../core/summary';
import { handComparison } from '../core/testing/handComparison';
import type { Article, Report } from '../core/types';
import type { Comparison } from '../shared/messages';
import { mockClient } from './client.mock';
import { installPageDom } from './test-dom';
import { App as CompareApp } from './compare/App';
import { kindLabel } from './components/labels';
import { App as PopupApp } from './popup/App';

const SEED = resolve(import.meta.dirname, '../../test-fixtures/seed-pair');

interface Shown {
  changes: number;
  /** Kind labels of the changes that matter, in the order shown. */
  order: string[];
  style: number;
  quotes: number;
  signals: number;
}

const num = (text: string | null | undefined, re: RegExp) => Number(re.exec(text ?? '')?.[1] ?? NaN);

async function settle(done: () => boolean) {
  for (let i = 0; i < 40 && !done(); i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

async function popupShows(report: Report): Promise<Shown> {
  const root = document.getElementById('app')!;
  await act(async () => render(<PopupApp client={mockClient({ 1: { state: 'report', report } })} />, root));
  await settle(() => !!root.querySelector('[data-state="report"]'));
  // Every fold open and every quote shown, as a reader who clicks through would see them.
  (root.querySelector('[data-testid="more-quotes"]') as HTMLElement | null)?.click();
  await settle(() => !root.querySelector('[data-testid="more-quotes"]'));
  const items = [...root.querySelectorAll('[data-testid^="substantive"] li.wt-diff .wt-kind')].map((e) => e.textContent ?? '');
  const shown: Shown = {
    changes: num(root.querySelector('[data-testid="top-changes"] h2')?.textContent, /\((\d+)\)/),
    order: items,
    style: num(root.querySelector('[data-testid="style"] summary')?.textContent, /\((\d+)\)/) || 0,
    quotes: root.querySelectorAll('[data-testid="quotes"] li.wt-quote').length,
    signals: root.querySelectorAll('[data-testid="signals"] li').length,
  };
  expect(shown.order.length, 'every change is listed').toBe(shown.changes);
  await act(() => render(null, root));
  return shown;
}

async function sideBySideShows(data: Comparison): Promise<Shown> {
  const root = document.getElementById('app')!;
  const { report } = data;
  const client = mockClient({}, { [`${report.copy.id}|${report.source.id}`]: data });
  await act(async () => render(<CompareApp client={client} request={{ kind: 'pair', copyId: report.copy.id!, knownId: report.source.id! }} />, root));
  await settle(() => !!root.querySelector('table.rows'));
  const counts = root.querySelector('[data-testid="counts"]');
  const shown: Shown = {
    changes: num(root.querySelector('[data-testid="changes-count"]')?.textContent, /\((\d+)\)/),
    order: [...root.querySelectorAll('[data-testid="jump-list"] li .jump-kind')].map((e) => e.textContent ?? ''),
    style: Number(counts?.getAttribute('data-style')),
    quotes: root.querySelectorAll('.quotes li.quote-item').length,
    signals: Number(counts?.getAttribute('data-signals')),
  };
  expect(num(counts?.textContent, /\((\d+)\)/), 'the header counts what the list shows').toBe(shown.changes);
  await act(() => render(null, root));
  return shown;
}

function markdownShows(report: Report): Shown {
  const md = reportMarkdown(report, englishLabels);
  const section = (title: string) => md.slice(md.indexOf(`## ${title}`)).split('\n## ')[0];
  const changes = section(englishLabels.substantive);
  return {
    changes: num(changes, /\((\d+)\)/),
    order: [...changes.matchAll(/^\d+\. \*\*(.+?)\*\*/gm)].map((m) => m[1]),
    style: num(section(englishLabels.style), /\((\d+)\)/),
    quotes: [...section(englishLabels.quotes).matchAll(/^- \*\*/gm)].length,
    signals: [...section(englishLabels.signals).matchAll(/^- \*\*/gm)].length,
  };
}

function cliShows(report: Report): Shown {
  const text = formatReport(report);
  const block = (title: string) => text.slice(text.indexOf(`\n${title} (`)).split('\n\n')[0];
  const changes = block(englishLabels.substantive);
  return {
    changes: num(changes, /\((\d+)\)/),
    order: [...changes.matchAll(/^ {2}\d+\. (.+?)(?: — .*)?$/gm)].map((m) => m[1]),
    style: num(block(englishLabels.style), /\((\d+)\)/),
    quotes: [...block(englishLabels.quotes).matchAll(/^ {2}\[/gm)].length,
    signals: [...block(englishLabels.signals).matchAll(/^ {2}- /gm)].length,
  };
}

async function cliJsonShows(a: string, b: string): Promise<Shown> {
  let out = '';
  await main(['compare', a, b, '--json'], { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: () => true } });
  const json = JSON.parse(out) as Report & { summary: ReturnType<typeof summarise> };
  const s = json.summary;
  return {
    changes: s.counts.changes,
    order: s.changes.map((c) => englishLabels.kind[c.kind]!),
    style: s.counts.style,
    quotes: s.counts.quotes,
    signals: s.counts.signals,
  };
}

const ids = (report: Report): Report => ({ ...report, copy: { ...report.copy, id: 'c' }, source: { ...report.source, id: 'k' } });

async function cases(): Promise<{ name: string; report: Report; data: Comparison; json?: Shown }[]> {
  const [bulletin, cbc] = await Promise.all([loadArticle(join(SEED, 'bulletin.html')), loadArticle(join(SEED, 'cbc.html'))]);
  const [bTxt, cTxt] = await Promise.all([loadArticle(join(SEED, 'bulletin.txt')), loadArticle(join(SEED, 'cbc.txt'))]);
  const pair = (page: Article, other: Article) => {
    const report = ids(compare(page, other));
    const [copy, known] = report.pageRole === 'copy' ? [page, other] : [other, page];
    return { report, data: { report, copy, known } };
  };
  const seed = pair(bulletin, cbc);
  const seedJson = await cliJsonShows(join(SEED, 'bulletin.html'), join(SEED, 'cbc.html'));
  return [
    { name: 'a copy (HTML pages)', ...seed, json: seedJson },
    { name: 'the original (text files)', ...pair(cTxt, bTxt) },
    { name: 'an invented comparison', report: handComparison.report, data: handComparison },
  ];
}

beforeAll(installPageDom);

describe('every view shows the one summary', () => {
  it('popup, side-by-side page, CLI text, CLI --json and Markdown agree on counts and order', async () => {
    const all = await cases();
    expect(all[1].report.pageRole).toBe('source');
    for (const { name, report, data, json } of all) {
      const s = summarise(report);
      const expected: Shown = {
        changes: s.counts.changes,
        order: s.changes.map((c) => englishLabels.kind[c.kind]!),
        style: s.counts.style,
        quotes: s.counts.quotes,
        signals: s.counts.signals,
      };
      // The extension's pages name kinds from _locales; the CLI and Markdown from englishLabels.
      expect(
        s.changes.map((c) => kindLabel(c.kind)),
        `${name}: the two label sets agree`,
      ).toEqual(expected.order);
      expect(await popupShows(report), `${name}: popup`).toEqual(expected);
      expect(await sideBySideShows(data), `${name}: side-by-side`).toEqual(expected);
      expect(markdownShows(report), `${name}: Markdown`).toEqual(expected);
      expect(cliShows(report), `${name}: CLI`).toEqual(expected);
      if (json) expect(json, `${name}: CLI --json`).toEqual(expected);
    }
  }, 60_000);
});
