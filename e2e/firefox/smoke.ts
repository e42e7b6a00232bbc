// Firefox smoke test (issue 5): Debian's firefox-esr loads dist-firefox/, the content
// script reports both seed pages as articles, and the background page (Firefox's event
// page, no service worker, no offscreen document) answers with the same verdict as in
// Chromium. Run: `npm run test:firefox` (builds first). Skips with a message, exit 0,
// when firefox-esr is not installed (`apt-get install firefox-esr`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GECKO_ID } from '../../scripts/manifest-firefox';
import { PAGES, startSites, HOSTS } from '../site';
import { Bidi, FIREFOX } from './bidi';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist-firefox');
// A fixed internal UUID, so the test knows the extension's moz-extension:// origin.
const UUID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

type Ref = { outlet: string; title: string };
type TabState = { state: string; report?: { verdict: string; pageRole: string; source: Ref; copy: Ref; quotes: Array<{ status: string; text: string }> } };

const results: Array<{ name: string; ok: boolean; detail?: string }> = [];
function check(name: string, ok: boolean, detail?: string): void {
  results.push({ name, ok, detail });
  console.log(`${ok ? '✓' : '✗'} ${name}${detail && !ok ? ` — ${detail}` : ''}`);
}

async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 300));
    value = await read();
  }
  return value;
}

async function main(): Promise<number> {
  if (!existsSync(FIREFOX)) {
    console.log(`firefox smoke: skipped, ${FIREFOX} not found (apt-get install firefox-esr)`);
    return 0;
  }
  if (!existsSync(resolve(DIST, 'manifest.json'))) throw new Error('dist-firefox/ has no build: run `npm run build:firefox`');

  const sites = await startSites();
  const ff = await Bidi.launch({
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    // The fixture outlets resolve to loopback, like Chromium's --host-resolver-rules.
    'network.dns.localDomains': HOSTS.join(','),
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.enabled': false,
  });
  try {
    const installed = await ff.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: DIST } });
    check('the Firefox build installs', installed.extension === GECKO_ID, installed.extension);

    const [first] = await ff.contexts();
    await ff.send('browsingContext.navigate', { context: first.context, url: sites.url(...PAGES.cbcStory), wait: 'complete' });

    // An extension page in a tab of its own. Firefox 140.12 ESR lets BiDi navigate a tab to
    // the extension's moz-extension: URL; earlier builds refused and needed the browser
    // window's gBrowser (chrome scope), which 140.12 no longer lists: try the direct way first.
    const pageUrl = `moz-extension://${UUID}/src/ui/compare/index.html`;
    const extTab = await ff.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    const opened = await ff
      .send('browsingContext.navigate', { context: extTab.context, url: pageUrl, wait: 'complete' })
      .then(() => true)
      .catch(() => false);
    if (!opened) {
      const [win] = await ff.contexts(true);
      await ff.evaluate(
        win.context,
        `(gBrowser.addTab(${JSON.stringify(pageUrl)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }), 'ok')`,
      );
    }
    const extPage = await poll(
      async () => (await ff.contexts()).find((c) => c.url.startsWith(pageUrl)),
      (c) => c !== undefined,
    );
    if (!extPage) throw new Error('the extension page did not open');

    const stateOf = (urlPart: string) =>
      ff.evaluate<TabState>(
        extPage.context,
        `(async () => {
          const tab = (await browser.tabs.query({})).find((t) => t.url && t.url.includes(${JSON.stringify(urlPart)}));
          if (!tab) return { state: 'no-tab' };
          const reply = await browser.runtime.sendMessage({ wiretrace: 1, name: 'GetTabState', payload: { tabId: tab.id } });
          return reply && reply.ok ? reply.value : { state: 'error', message: JSON.stringify(reply) };
        })()`,
      );

    const cbc = await poll(
      () => stateOf('cbc.test'),
      (s) => s.state !== 'checking',
    );
    check('the content script reports CBC’s page as an article', cbc.state === 'no-known-version', JSON.stringify(cbc));

    const tab = await ff.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await ff.send('browsingContext.navigate', { context: tab.context, url: sites.url(...PAGES.bulletinStory), wait: 'complete' });
    const bulletin = await poll(
      () => stateOf('bigtownbulletin.test'),
      (s) => s.state === 'report' || s.state === 'error',
    );
    check(
      'the Bulletin page is reported as an uncredited copy of CBC’s version',
      bulletin.state === 'report' && bulletin.report?.verdict === 'uncredited-copy' && /CBC/.test(bulletin.report.source.outlet),
      JSON.stringify(bulletin).slice(0, 300),
    );
    check('the Hegseth quote is altered', Boolean(bulletin.report?.quotes.some((q) => q.status === 'altered' && q.text.includes('5% defense'))));

    // The side-by-side page, for the Bulletin tab, in Firefox.
    await ff.evaluate(
      extPage.context,
      `(async () => {
        const tab = (await browser.tabs.query({})).find((t) => t.url && t.url.includes('bigtownbulletin.test'));
        location.search = '?tabId=' + tab.id;
        return true;
      })()`,
    );
    const rows = await poll(
      () =>
        ff
          .evaluate<{ rows: number; yermak: string }>(
            extPage.context,
            `({ rows: document.querySelectorAll('table.rows tbody tr').length,
                yermak: [...document.querySelectorAll('table.rows tbody tr')].map((r) => r.textContent).find((t) => t.includes('Yermak took part')) || '' })`,
          )
          .catch(() => ({ rows: 0, yermak: '' })),
      (r) => r.rows > 0,
    );
    // "Compare with…" a page never opened: the background page fetches it and reads it with
    // its own DOM (Chrome needs an offscreen document for this; Firefox must not).
    const fetched = await ff.evaluate<TabState & { message?: string }>(
      extPage.context,
      `(async () => {
        const tab = (await browser.tabs.query({})).find((t) => t.url && t.url.includes('bigtownbulletin.test'));
        const reply = await browser.runtime.sendMessage({ wiretrace: 1, name: 'CompareWith', payload: { tabId: tab.id, url: ${JSON.stringify(sites.url(...PAGES.cbcLone))} } });
        return reply && reply.ok ? reply.value : { state: 'error', message: JSON.stringify(reply) };
      })()`,
    );
    const other = fetched.report && (fetched.report.pageRole === 'copy' ? fetched.report.source : fetched.report.copy);
    check(
      'a fetched page is extracted in the background page (no offscreen document)',
      fetched.state === 'report' && /ferry/i.test(other?.title ?? ''),
      JSON.stringify(fetched).slice(0, 300),
    );

    // A look at it, for whoever runs this by hand (not asserted).
    const shot = await ff.send<{ data: string }>('browsingContext.captureScreenshot', { context: extPage.context });
    mkdirSync(resolve(import.meta.dirname, '..', '..', 'test-results'), { recursive: true });
    writeFileSync(resolve(import.meta.dirname, '..', '..', 'test-results', 'firefox-compare.png'), Buffer.from(shot.data, 'base64'));

    check('the side-by-side page shows the aligned rows', rows.rows > 10 && rows.yermak.includes('was due to take part'), JSON.stringify(rows).slice(0, 200));
  } finally {
    await ff.close();
    await sites.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`firefox smoke: ${results.length - failed} passed, ${failed} failed`);
  // For .ci/run's total (beside vitest's and Playwright's JSON reports).
  const out = process.env.FIREFOX_SMOKE_JSON ?? resolve(import.meta.dirname, '..', '..', 'reports', 'firefox-smoke.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ passed: results.length - failed, failed, results }, null, 2));
  return failed ? 1 : 0;
}

// Node 20 has WebSocket only behind a flag (Node 22 on: built in): re-run with it there.
const run: Promise<number> =
  typeof WebSocket === 'function'
    ? main()
    : new Promise((done) => {
        const child = spawn(process.execPath, ['--experimental-websocket', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
        child.on('exit', (code) => done(code ?? 1));
      });

run.then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
