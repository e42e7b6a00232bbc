// How Wiretrace's Chromium is launched, shared by the e2e fixtures and `npm start`.
import { chromium, type BrowserContext } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTS } from './site';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
/** The built extension; WIRETRACE_DIST points elsewhere (e.g. a private build while others rebuild dist/). */
export const DIST = resolve(process.env.WIRETRACE_DIST ?? resolve(import.meta.dirname, '..', 'dist'));

export function chromiumArgs(dist = DIST): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}, EXCLUDE localhost`,
  ];
}

/**
 * The build as a reader who said yes to the host-access prompt has it: a copy of `dist`
 * whose manifest already holds `hosts`. The product asks for hosts in a permission prompt
 * (optional_host_permissions), which Playwright cannot answer; holding them from the start
 * is the state after the reader clicked Allow, and the code path is the same (the request
 * finds them held and resolves true). Only specs about fetching feeds, search results and
 * compare-with pages use it; every other spec runs the build unchanged.
 */
export function grantedCopy(hosts: string[], dist = DIST): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-granted-'));
  cpSync(dist, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = hosts;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** The fixture hosts (cbc.test, bigtownbulletin.test) and the loopback feed/search servers. */
export const TEST_HOSTS = ['http://*.test/*', 'http://127.0.0.1/*'];

/**
 * `lang` runs the browser in that UI language (what chrome.i18n picks _locales/ by). On
 * Linux Chromium ignores --lang and reads LANGUAGE from the environment; it needs Debian's
 * chromium-l10n for any language but English (.ci/run installs it).
 */
export async function launchWithExtension(options: { headless: boolean; userDataDir?: string; grantHosts?: string[]; lang?: string }): Promise<BrowserContext> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ has no build: run `npm run build` first');
  const dist = options.grantHosts ? grantedCopy(options.grantHosts) : DIST;
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const dir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'wiretrace-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: options.headless,
    args: [...chromiumArgs(dist), ...(options.lang ? [`--lang=${options.lang}`] : [])],
    // Playwright turns the back/forward cache off by default; readers have it on, and a
    // page restored from it gets no new content script (see src/content/detect.ts).
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    viewport: { width: 1200, height: 900 },
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang.replace('-', '_') } } : {}),
  });
}
