// Issue 6, least privilege: the manifest asks only for what the code uses, keeps Chrome's
// default MV3 content security policy (no `content_security_policy` key, no exceptions), and
// gives web pages no way in. Checked on the source manifest and on the built dist/ (what
// CRXJS adds: it must declare no web-accessible resource). No browser needed.
// `web-ext lint` on the Firefox build runs in `npm test` (package.json).
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dist } from './hostile/harness';

const root = resolve(import.meta.dirname, '..');
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; js: string[] }[];
  web_accessible_resources?: { matches: string[]; resources: string[] }[];
};
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;

function files(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, keep) : keep(p) ? [p] : [];
  });
}
const productCode = files(join(root, 'src'), (f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** Where each API permission is used: the namespace read through ext()/chrome/browser. */
const USE: Record<string, RegExp> = {
  storage: /\.storage(\.|\[)/,
  alarms: /\.alarms\./,
  offscreen: /\.offscreen\b/,
  tabs: /\.tabs\.(query|get)\b[\s\S]{0,200}\.url\b/,
  scripting: /\.scripting\./,
  activeTab: /activeTab/,
  contextMenus: /\.contextMenus\b/,
};

test('every API permission is used by the product code, and no powerful one is asked', () => {
  for (const p of source.permissions ?? []) {
    expect(USE[p], `no known use pattern for permission "${p}": add one here after checking it is needed`).toBeDefined();
    expect(productCode, `permission "${p}" is not used`).toMatch(USE[p]);
  }
  const powerful = [
    '<all_urls>',
    'webRequest',
    'webRequestBlocking',
    'declarativeNetRequest',
    'cookies',
    'history',
    'debugger',
    'management',
    'nativeMessaging',
    'downloads',
    'clipboardRead',
    'bookmarks',
    'topSites',
    'webNavigation',
    'unlimitedStorage',
  ];
  expect((source.permissions ?? []).filter((p) => powerful.includes(p))).toEqual([]);
  for (const h of [...(source.host_permissions ?? []), ...(source.optional_host_permissions ?? [])]) expect(h).toMatch(/^https?:\/\//);
});

test('no host access at install: the reader grants each feed, search or compare-with host when enabling it', () => {
  expect(source.host_permissions ?? []).toEqual([]);
  expect(source.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  test.skip(!existsSync(join(dist, 'manifest.json')), `${dist} has no build`);
  const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  expect(built.host_permissions ?? []).toEqual([]);
});

test('default MV3 CSP, no page-facing entry points, content script in top frames of http(s) pages only', () => {
  expect(source).not.toHaveProperty('content_security_policy');
  expect(source).not.toHaveProperty('externally_connectable');
  expect(source).not.toHaveProperty('sandbox');
  for (const cs of source.content_scripts ?? []) {
    expect(cs.all_frames ?? false).toBe(false);
    for (const m of cs.matches) expect(m).toMatch(/^https?:\/\//);
  }
});

test('the build keeps it: nothing web-accessible, no eval, no inline script', () => {
  test.skip(!existsSync(join(dist, 'manifest.json')), `${dist} has no build`);
  const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  expect(built).not.toHaveProperty('content_security_policy');
  expect(built).not.toHaveProperty('externally_connectable');
  expect(built.permissions).toEqual(source.permissions);
  // Nothing in the package is web-accessible: a page could fetch it by its static path and
  // so tell Wiretrace is installed (issue 14, item 11). The content script is one
  // self-contained file (vite.config.ts crxContentScripts), so nothing needs to be.
  expect(built.web_accessible_resources ?? []).toEqual([]);
  for (const f of files(dist, (p) => p.endsWith('.js'))) {
    const code = readFileSync(f, 'utf8');
    expect(code, `${f} uses eval`).not.toMatch(/\beval\(|new Function\(/);
  }
  for (const f of files(dist, (p) => p.endsWith('.html'))) {
    const html = readFileSync(f, 'utf8');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]) && m[2].trim());
    expect(inline, `${f} has an inline script (blocked by the default CSP)`).toEqual([]);
    expect(html, `${f} has an inline event handler`).not.toMatch(/\son[a-z]+=/i);
  }
});

test('the privacy policy ships in the package as the options page links it', () => {
  test.skip(!existsSync(join(dist, 'manifest.json')), `${dist} has no build`);
  expect(readFileSync(join(dist, 'privacy.txt'), 'utf8')).toBe(readFileSync(join(root, 'PRIVACY.md'), 'utf8'));
  expect(readFileSync(join(root, 'src/ui/options/App.tsx'), 'utf8')).toContain('href="/privacy.txt"');
});
