// Issue 6, hostile input: script and HTML in the article text, headline, byline, site name
// and JSON-LD, `javascript:` and `data:` URLs as canonical and source URLs. Nothing may run
// in an extension page (no global set, no dialog, no CSP violation, no element built from
// page markup) and every link in them opens only http(s). The markup must still show, as
// text: dropping it silently would hide what the page says.
import { expect, test, type Page } from '@playwright/test';
import { openHarness, popupText, settledTo, type Harness } from './hostile/harness';
import { OUTLET_A, OUTLET_B } from './hostile/server';

// Not serial: one failure must not skip the tests after it (a fresh worker, with a fresh
// harness from beforeAll, runs them); every test sets up the state it checks.
test.describe.configure({ mode: 'default' });
let h: Harness;
const extensionDialogs: string[] = [];

test.beforeAll(async () => {
  h = await openHarness();
  // Dialogs: the hostile page may alert in its own tab (its right); one from an extension
  // page would mean its markup ran there.
  h.context.on('page', (p) =>
    p.on('dialog', (d) => {
      if (p.url().startsWith('chrome-extension://')) extensionDialogs.push(d.message());
      void d.dismiss();
    }),
  );
  // Every page, extension pages included, records CSP violations: an inline handler or
  // script that got into our DOM would be blocked by MV3's CSP and show up here.
  await h.context.addInitScript(() => {
    const w = window as unknown as { __wtCsp: string[] };
    w.__wtCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__wtCsp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
test.afterAll(async () => {
  await h?.close();
});

/** Everything that would show markup from the page ran or was built in `page`. */
async function expectInert(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const w = window as unknown as { __wtPwned?: unknown; __wtCsp?: string[] };
    const all = [...document.querySelectorAll('*')];
    return {
      pwned: w.__wtPwned,
      csp: w.__wtCsp ?? 'no CSP listener installed',
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      foreign: all
        .filter((el) => /^(IFRAME|OBJECT|EMBED|SVG|svg)$/.test(el.tagName) || (el.tagName === 'IMG' && el.getAttribute('src') === 'x'))
        .map((el) => el.tagName),
      scripts: [...document.scripts].filter((s) => !s.src).map((s) => s.textContent?.slice(0, 60)),
      // Resolved: our own pages (same extension origin) or the web over http(s), nothing else.
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return url.origin === location.origin ? 'own-page' : url.href;
      }),
    };
  });
  expect(found.pwned, 'a global set by page script').toBeUndefined();
  expect(found.csp, 'CSP violations').toEqual([]);
  expect(found.handlers, 'inline event handlers').toEqual([]);
  expect(found.foreign, 'elements built from page markup').toEqual([]);
  expect(found.scripts, 'inline scripts').toEqual([]);
  for (const href of found.hrefs) expect(href, 'a link in an extension page').toMatch(/^(https?:\/\/|own-page$)/i);
}

test('markup in every field of two hostile versions shows as text in the popup and runs nowhere', async () => {
  const a = await h.open('/xss/a', OUTLET_A);
  await (await settledTo(h, a.tabId, 'no-known-version')).page.close();
  const b = await h.open('/xss/b', OUTLET_B);
  const popup = await settledTo(h, b.tabId, 'report');
  // Expand every collapsed group so all text is in the DOM.
  await popup.page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );
  const text = await popupText(popup);
  expect(text, 'the hostile headline, as text').toContain('<script>window.__wtPwned=2');
  expect(text, 'the hostile outlet name, as text').toContain('<svg onload=');
  await expectInert(popup.page);
  expect(extensionDialogs).toEqual([]);

  // The report must not carry a javascript: or data: URL for any version (extraction drops them).
  const state = await h.ext.tabState(b.tabId);
  expect(state.state).toBe('report');
  if (state.state === 'report') {
    const r = state.report;
    for (const v of [r.source, r.copy, ...r.otherVersions]) expect(v.url).toMatch(/^https?:\/\//);
    // The side-by-side page of the same pair.
    const cmp = await h.context.newPage();
    await cmp.goto(`chrome-extension://${h.extensionId}/src/ui/compare/index.html?copy=${r.copy.id}&known=${r.source.id}`);
    await expect(cmp.locator('body')).toContainText('<script>window.__wtPwned=2', { timeout: 15_000 });
    await expectInert(cmp);
    await cmp.close();
  }
  expect(extensionDialogs).toEqual([]);
  for (const p of [a.page, b.page, popup.page]) await p.close();
});

test('the hostile page cannot open or frame an extension page', async () => {
  const a = await h.open('/xss/a', OUTLET_A);
  const blocked = await a.page.evaluate(async (id) => {
    const url = `chrome-extension://${id}/src/ui/popup/index.html`;
    const fetched = await fetch(url).then(
      () => 'fetched',
      () => 'refused',
    );
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    await new Promise((r) => setTimeout(r, 500));
    let framed = 'refused';
    try {
      framed = frame.contentDocument?.body?.innerText ? 'readable' : 'refused';
    } catch {
      framed = 'refused';
    }
    return { fetched, framed, runtime: typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage };
  }, h.extensionId);
  expect(blocked).toEqual({ fetched: 'refused', framed: 'refused', runtime: 'undefined' });
  await a.page.close();
});
