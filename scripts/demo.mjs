#!/usr/bin/env node
// `npm start`: build the extension, serve the two seed pages under their outlets' host
// names (cbc.test, bigtownbulletin.test → 127.0.0.1), launch Chromium with Wiretrace,
// open CBC's story first and then the Bulletin copy.
//   With a display ($DISPLAY): the browser stays open; click the Wiretrace icon on the
//   Bulletin tab. Close the window (or Ctrl-C) to stop.
//   Without one: runs headless, prints the Bulletin page's report here, and saves
//   screenshots of the page and the popup under demo-output/.
// Flags: --headless (force), --no-build (reuse dist/).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;

if (!args.has('--no-build')) {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

register(); // lets this script reuse the e2e helpers, which are TypeScript
const { startSites, PAGES } = await import('../e2e/site.ts');
const { launchWithExtension } = await import('../e2e/browser.ts');
const { ExtensionDriver, serviceWorkerOf, waitFor } = await import('../e2e/driver.ts');
const { reportMarkdown } = await import('../src/core/reportMarkdown.ts');

const sites = await startSites(Number(process.env.PORT ?? 0));
const context = await launchWithExtension({ headless });
const stop = async (code = 0) => {
  await context.close().catch(() => {});
  await sites.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop(130));

try {
  const ext = new ExtensionDriver(context, await serviceWorkerOf(context), sites);
  // about:blank from the launch is not needed.
  for (const p of context.pages()) if (p.url() === 'about:blank') await p.close();

  console.log(`Serving ${sites.url(...PAGES.cbcStory)}`);
  console.log(`    and ${sites.url(...PAGES.bulletinStory)}`);
  const cbc = await ext.open(PAGES.cbcStory);
  const cbcState = await ext.settledState(cbc.tabId);
  console.log(`CBC page: ${cbcState.state} (stored in the local library)`);

  const bulletin = await ext.open(PAGES.bulletinStory);
  const state = await ext.settledState(bulletin.tabId);
  const badge = await waitFor(() => ext.badge(bulletin.tabId), (b) => b !== '', 5000);
  console.log(`Bulletin page: ${state.state}; badge "${badge}"\n`);

  if (state.state === 'report') console.log(reportMarkdown(state.report));
  else console.log(JSON.stringify(state, null, 2));

  if (headless) {
    const out = `${root}demo-output`;
    mkdirSync(out, { recursive: true });
    await bulletin.page.bringToFront();
    await bulletin.page.screenshot({ path: `${out}/bulletin-page.png` });
    const popup = await ext.popup(bulletin.tabId);
    await popup.settledState();
    await popup.page.screenshot({ path: `${out}/popup.png`, fullPage: true });
    console.log(`\nScreenshots: demo-output/bulletin-page.png, demo-output/popup.png`);
    await stop(state.state === 'report' ? 0 : 1);
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
