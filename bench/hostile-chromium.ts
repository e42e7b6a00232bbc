// Issue 14, item 1 in Chromium: once a hostile copy of a story (the story with one 49,000-
// character paragraph of quotes after it) is stored, every later version of the story is
// compared with it. Measured: page load → badge for a normal copy of the story. Budget: under
// 2× its usual time (the issue saw 0.47 s become 56.8 s). Reported here, never asserted in a
// test (e2e/hostile-budgets.spec.ts asserts only that the report arrives).
//
// Two browsers, each with its own profile: "plain" holds the original, "hostile" the original
// and the hostile page. Their copies are reloaded in interleaved rounds (plain then hostile,
// hostile then plain, …) and the figure is the median of the per-round ratios, so a burst of
// load on this shared machine lands on both sides of a ratio instead of deciding it. The first
// load of each copy is reported apart: in the hostile browser it is the first analysis to meet
// the stored hostile version (nothing held yet, core/version-cache.ts).
//
// The hostile paragraph repeats one quote (core/testing/hostile.ts quoteRepeat): the issue's
// `"wordN here,"` form at 49,000 characters has so many distinct shingles that the library no
// longer offers it as a candidate for the story, so it would cost nothing here. The bench checks
// that the copy's report lists the hostile version, i.e. that it was compared.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { quoteRepeat } from '../src/core/testing/hostile.ts';
import type { TabState } from '../src/shared/messages.ts';
import { DIST, launchWithExtension } from '../e2e/browser.ts';
import { stopExtensionWorker, tabIdByPageUrl } from '../e2e/driver.ts';
import { articlePage } from '../e2e/hostile/pages.ts';
import { OUTLET_A, OUTLET_B, startHostileSite, type HostileSite } from '../e2e/hostile/server.ts';
import { STORY, STORY_COPY } from '../e2e/hostile/story.ts';
import { median } from './stats.ts';

// Progress on stderr with WIRETRACE_BENCH_DEBUG=1 (a run takes minutes on a loaded machine).
const debug = (...xs: unknown[]) => process.env.WIRETRACE_BENCH_DEBUG && console.error('[hostile-chromium]', ...xs);

/** An unrelated story on the copy's site (invented). */
const ELSEWHERE = {
  title: 'Bus routes change on Monday as the transit authority trims its winter timetable',
  paragraphs: [
    'The transit authority will cut three evening bus routes on Monday and run two others less often until March, its board decided on Thursday.',
    'Riders on the 14 and 22 lines will wait twenty minutes between buses after seven in the evening instead of twelve, according to the new timetable.',
    'Board members said fewer people ride in the winter months and the savings would pay for new shelters along the lakeshore next summer.',
    'A public meeting on the changes is planned for the first week of February at the central library, the authority said in a statement.',
  ],
};

/** Interleaved rounds after the first load (odd: the median is one round's ratio). */
const ROUNDS = 9;
/** Interleaved rounds with both workers stopped before each reload. */
const COLD_ROUNDS = 5;
export const HOSTILE_PARAGRAPH_CHARS = 49_000;

export interface ChromiumFigures {
  /** Median over rounds of hostile / plain. */
  ratio: number;
  plainMs: number;
  hostileMs: number;
  /** The first load of each copy (the hostile side: first analysis to meet the stored hostile version). */
  firstPlainMs: number;
  firstHostileMs: number;
  /** The hostile page's own check, load → settled. */
  hostileCheckMs: number;
  /** The copy's report in the hostile browser names the hostile version (it was compared). */
  hostileCompared: boolean;
  runs: { plain: number[]; hostile: number[]; ratios: number[] };
  /** The same with both workers stopped before each reload (nothing held in memory). */
  coldRatio: number;
  coldPlainMs: number;
  coldHostileMs: number;
  cold: { plain: number[]; hostile: number[]; ratios: number[] };
}

interface Side {
  context: BrowserContext;
  extensionId: string;
  /** An idle extension page that reads and clears the badge, so no handle on the worker is needed (it is stopped and restarted). */
  watcher: Page;
  copy: Page;
  copyTab: number;
}

/** Page load → badge on the copy (reloaded), read by a tight loop in the watcher page; NaN after `limitMs`. */
async function badgeAfterReload(side: Side, limitMs = 120_000): Promise<number> {
  await clearBadge(side);
  await side.copy.reload({ waitUntil: 'commit' });
  return badgeSince(side, limitMs);
}

const clearBadge = (side: Side) =>
  side.watcher.evaluate((id) => (chrome.action as unknown as { setBadgeText(d: object): Promise<void> }).setBadgeText({ tabId: id, text: '' }), side.copyTab);

async function badgeSince(side: Side, limitMs: number): Promise<number> {
  const setAt = await side.watcher.evaluate(
    async ([id, limit]) => {
      const until = Date.now() + limit;
      while (Date.now() < until) {
        if (await chrome.action.getBadgeText({ tabId: id })) return Date.now();
        await new Promise((r) => setTimeout(r, 2));
      }
      return Number.NaN;
    },
    [side.copyTab, limitMs] as const,
  );
  return setAt - (await loadedAt(side.copy));
}

const loadedAt = (page: Page) =>
  page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);

/**
 * As badgeAfterReload, with the worker stopped first: what a reader meets coming back to the
 * story minutes later (an idle MV3 worker stops within about 30 s, and everything it held in
 * memory, core/version-cache.ts included, goes with it).
 */
async function badgeAfterColdReload(side: Side, limitMs = 180_000): Promise<number> {
  await clearBadge(side);
  await stopExtensionWorker(side.context, side.extensionId, 30_000);
  await side.copy.reload({ waitUntil: 'commit' });
  return badgeSince(side, limitMs);
}

/** Page load → the tab's state leaving 'checking' (a report or any other answer); NaN after `limitMs`. */
async function settledSince(worker: Worker, page: Page, tabId: number, limitMs: number): Promise<number> {
  const at = await worker.evaluate(
    async ([id, limit]) => {
      const until = Date.now() + limit;
      while (Date.now() < until) {
        const all = (await chrome.storage.session.get(null)) as Record<string, { state?: { state?: string } } | undefined>;
        const state = all[`tab:${id}`]?.state?.state;
        if (state && state !== 'checking') return Date.now();
        await new Promise((r) => setTimeout(r, 5));
      }
      return Number.NaN;
    },
    [tabId, limitMs] as const,
  );
  return at - (await loadedAt(page));
}

/** Opens `url` in a new tab and waits until the worker has settled on it. */
async function openSettled(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tabId: number; ms: number }> {
  const page = await context.newPage();
  debug('open', url);
  await page.goto(url);
  const tabId = await tabIdByPageUrl(worker, url);
  debug('tab', tabId);
  const ms = await settledSince(worker, page, tabId, 180_000);
  debug('settled', url, ms);
  return { page, tabId, ms };
}

/** The worker's state for a tab, asked as the popup asks (GetTabState from an extension page). */
async function tabState(side: Side): Promise<TabState> {
  const page = await side.context.newPage();
  try {
    await page.goto(`chrome-extension://${side.extensionId}/src/ui/popup/index.html?tabId=${side.copyTab}`);
    return (await page.evaluate(async (id) => {
      const reply = (await chrome.runtime.sendMessage({ wiretrace: 1, name: 'GetTabState', payload: { tabId: id } })) as { ok: boolean; value?: unknown };
      return reply.value;
    }, side.copyTab)) as TabState;
  } finally {
    await page.close();
  }
}

async function openSide(site: HostileSite, withHostile: boolean): Promise<Side & { hostileCheckMs: number }> {
  const context = await launchWithExtension({ headless: true });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await openSettled(context, worker, site.url('/bench/original', OUTLET_A));
  // On the original's host, so it is a candidate for the copy (a page's own host is excluded).
  const hostileCheckMs = withHostile ? (await openSettled(context, worker, site.url('/bench/hostile', OUTLET_A))).ms : Number.NaN;
  // The copy's tab, first on another story of the copy's site (never a candidate: same host),
  // so the first load of the copy is measured like the reloads.
  const copy = await context.newPage();
  const elsewhereUrl = site.url('/bench/elsewhere', OUTLET_B);
  await copy.goto(elsewhereUrl);
  const copyTab = await tabIdByPageUrl(worker, elsewhereUrl);
  const extensionId = new URL(worker.url()).host;
  const watcher = await context.newPage();
  await watcher.goto(`chrome-extension://${extensionId}/src/background/discovery/offscreen.html`);
  return { context, extensionId, watcher, copy, copyTab, hostileCheckMs };
}

/** The first load of the copy in the side's tab: page load → badge. */
async function firstLoad(side: Side, url: string): Promise<number> {
  await clearBadge(side);
  await side.copy.goto(url, { waitUntil: 'commit' });
  return badgeSince(side, 180_000);
}

export async function measureHostileInChromium(): Promise<ChromiumFigures | string> {
  if (!existsSync(join(DIST, 'manifest.json'))) return 'dist/ has no build: run `npm run build` first';
  const site = await startHostileSite();
  site.route('/bench/original', articlePage({ ...STORY, siteName: 'Riverside Times', published: '2026-03-02T09:00:00Z' }));
  site.route('/bench/copy', articlePage({ ...STORY_COPY, siteName: 'Copy Blog' }));
  site.route('/bench/elsewhere', articlePage({ ...ELSEWHERE, siteName: 'Copy Blog' }));
  site.route(
    '/bench/hostile',
    articlePage({ title: STORY.title, paragraphs: [...STORY.paragraphs, quoteRepeat(HOSTILE_PARAGRAPH_CHARS)], siteName: 'Copy Blog' }),
  );
  const sides: Side[] = [];
  try {
    const plain = await openSide(site, false).catch((e: unknown) => String(e));
    if (typeof plain === 'string') return `Chromium with the extension did not start (${plain.slice(0, 160)})`;
    sides.push(plain);
    const hostile = await openSide(site, true);
    sides.push(hostile);
    const copyUrl = site.url('/bench/copy', OUTLET_B);
    const firstPlainMs = await firstLoad(plain, copyUrl);
    const firstHostileMs = await firstLoad(hostile, copyUrl);
    const runs = { plain: [] as number[], hostile: [] as number[], ratios: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      let p: number;
      let h: number;
      if (i % 2 === 0) {
        p = await badgeAfterReload(plain);
        h = await badgeAfterReload(hostile, 180_000);
      } else {
        h = await badgeAfterReload(hostile, 180_000);
        p = await badgeAfterReload(plain);
      }
      runs.plain.push(p);
      runs.hostile.push(h);
      runs.ratios.push(h / p);
    }
    const cold = { plain: [] as number[], hostile: [] as number[], ratios: [] as number[] };
    for (let i = 0; i < COLD_ROUNDS; i++) {
      debug('cold round', i);
      let p: number;
      let h: number;
      if (i % 2 === 0) {
        p = await badgeAfterColdReload(plain);
        h = await badgeAfterColdReload(hostile);
      } else {
        h = await badgeAfterColdReload(hostile);
        p = await badgeAfterColdReload(plain);
      }
      cold.plain.push(p);
      cold.hostile.push(h);
      cold.ratios.push(h / p);
    }
    const state = await tabState(hostile);
    const hostileUrl = site.url('/bench/hostile', OUTLET_A);
    const hostileCompared =
      state.state === 'report' && [state.report.source, state.report.copy, ...state.report.otherVersions].some((v) => v.url === hostileUrl);
    return {
      ratio: median(runs.ratios),
      plainMs: median(runs.plain),
      hostileMs: median(runs.hostile),
      firstPlainMs,
      firstHostileMs,
      hostileCheckMs: hostile.hostileCheckMs,
      hostileCompared,
      runs,
      coldRatio: median(cold.ratios),
      coldPlainMs: median(cold.plain),
      coldHostileMs: median(cold.hostile),
      cold,
    };
  } finally {
    for (const s of sides) await s.context.close();
    await site.close();
  }
}
