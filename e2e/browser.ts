// How Wiretrace's Chromium is launched, shared by the e2e fixtures and `npm start`.
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
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

export async function launchWithExtension(options: { headless: boolean; userDataDir?: string }): Promise<BrowserContext> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ has no build: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const dir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'wiretrace-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: options.headless,
    args: chromiumArgs(),
    // Playwright turns the back/forward cache off by default; readers have it on, and a
    // page restored from it gets no new content script (see src/content/detect.ts).
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    viewport: { width: 1200, height: 900 },
  });
}
