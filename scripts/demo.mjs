#!/usr/bin/env node
// `npm start`: build the extension, serve the two seed pages under their outlets' host
// names (cbc.test, bigtownbulletin.test → 127.0.0.1), launch Chromium with Wiretrace,
// open CBC's story first and then the Bulletin copy.
//   With a display ($DISPLAY): the browser stays open; click the Wiretrace icon on the
//   Bulletin tab. Close the window (or Ctrl-C) to stop.
//   Without one: runs headless (and says so), prints a short summary of the Bulletin
//   page's report (the headline, the first three changes that matter) and saves two
//   screenshots under demo-output/: the page with the popup drawn over it, and the popup.
// Flags: --headless (force), --no-build (reuse dist/).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;

if (!args.has('--no-build')) {
  process.stdout.write('Building the extension… ');
  // Vite's file table is for developers; the demo shows it only when the build fails.
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) {
    console.log('failed:\n');
    process.stdout.write(built.stdout ?? '');
    process.stderr.write(built.stderr ?? '');
    process.exit(built.status ?? 1);
  }
  console.log('done (dist/).');
}

register(); // lets this script reuse the e2e helpers, which are TypeScript
const { startSites, PAGES } = await import('../e2e/site.ts');
const { launchWithExtension } = await import('../e2e/browser.ts');
const { ExtensionDriver, serviceWorkerOf, waitFor } = await import('../e2e/driver.ts');
const { summarise } = await import('../src/core/summary.ts');
const { formatHeadline } = await import('../src/cli/format.ts');

const sites = await startSites(Number(process.env.PORT ?? 0));
const why = args.has('--headless') ? 'you asked for --headless' : 'there is no display ($DISPLAY is not set)';
if (headless) console.log(`Running Chromium headless, because ${why}: screenshots go to demo-output/.`);
const context = await launchWithExtension({ headless });
const stop = async (code = 0) => {
  await context.close().catch(() => {});
  await sites.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop(130));

/** The popup as a reader sees it: drawn over the page's top right corner, under the toolbar. */
async function overlayPopup(page, popupPng) {
  await page.evaluate(
    (src) => {
      const img = document.createElement('img');
      img.src = src;
      img.alt = '';
      Object.assign(img.style, {
        position: 'fixed',
        top: '8px',
        right: '16px',
        width: '420px',
        zIndex: 2147483647,
        boxShadow: '0 8px 28px rgba(0,0,0,.35)',
        border: '1px solid #bbb',
        borderRadius: '8px',
        background: '#fff',
      });
      document.body.append(img);
      return img.decode();
    },
    `data:image/png;base64,${popupPng.toString('base64')}`,
  );
}

try {
  const ext = new ExtensionDriver(context, await serviceWorkerOf(context), sites);
  // about:blank from the launch is not needed.
  for (const p of context.pages()) if (p.url() === 'about:blank') await p.close();

  const cbcUrl = sites.url(...PAGES.cbcStory);
  console.log(`\nServing the two seed pages on this machine, under their outlets' names:`);
  console.log(`  CBC News           ${cbcUrl}`);
  console.log(`  Big Town Bulletin  ${sites.url(...PAGES.bulletinStory)}`);
  const cbc = await ext.open(PAGES.cbcStory);
  const cbcState = await ext.settledState(cbc.tabId);
  console.log(
    `\n1. Opened CBC's story: ${cbcState.state === 'no-known-version' ? 'no other version known yet; Wiretrace kept it on this device.' : `unexpected state (${cbcState.state}).`}`,
  );

  const bulletin = await ext.open(PAGES.bulletinStory);
  const state = await ext.settledState(bulletin.tabId);
  const badge = await waitFor(
    () => ext.badge(bulletin.tabId),
    (b) => b !== '',
    5000,
  );
  console.log(`2. Opened the Bulletin's version: badge "${badge}".\n`);

  if (state.state !== 'report') {
    console.log(`Wiretrace did not report on the Bulletin page (state: ${state.state}).`);
    await stop(1);
  }
  const s = summarise(state.report);
  console.log(formatHeadline(s).join('\n'));
  const canonical = state.report.source.url;
  if (!canonical.startsWith(sites.url('cbc.test', '/').slice(0, -1))) {
    console.log(
      `\nThe original is named by the address its page declares as canonical (${canonical}),\nnot by cbc.test, where this demo serves a saved copy of it.`,
    );
  }
  const cbcNow = await ext.settledState(cbc.tabId);
  if (cbcNow.state === 'report') console.log(`\nCBC's tab updated by itself: ${formatHeadline(summarise(cbcNow.report), 0)[0]}`);

  if (headless) {
    const out = `${root}demo-output`;
    mkdirSync(out, { recursive: true });
    const popup = await ext.popup(bulletin.tabId, { width: 420, height: 600 });
    await popup.settledState();
    const popupPng = await popup.page.screenshot({ path: `${out}/popup.png` });
    await bulletin.page.bringToFront();
    await bulletin.page.setViewportSize({ width: 1280, height: 800 });
    await overlayPopup(bulletin.page, popupPng);
    await bulletin.page.screenshot({ path: `${out}/bulletin-page.png` });
    console.log(
      `\nScreenshots:\n  demo-output/bulletin-page.png  the Bulletin page with the popup open over it\n  demo-output/popup.png          the popup alone, at its default size`,
    );
    await stop(0);
  } else {
    await bulletin.page.bringToFront();
    console.log('\nThe Bulletin tab is in front: click the Wiretrace icon in the toolbar (pin it from the puzzle-piece menu).');
    console.log('Close the browser window or press Ctrl-C to stop.');
    context.on('close', () => void stop(0));
  }
} catch (err) {
  console.error(err);
  await stop(1);
}
