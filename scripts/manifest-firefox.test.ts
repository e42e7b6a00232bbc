import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firefoxManifest, GECKO_ID } from './manifest-firefox';

const chrome = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('firefoxManifest', () => {
  const ff = firefoxManifest(chrome);

  it('runs the worker as an event-page background script', () => {
    const bg = ff.background as { scripts?: string[]; service_worker?: string };
    expect(bg.service_worker).toBeUndefined();
    expect(bg.scripts).toEqual([(chrome.background as { service_worker: string }).service_worker]);
  });

  it('names the add-on for Gecko and declares that no data is collected', () => {
    expect(ff.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    });
  });

  it('drops what Firefox does not know and keeps everything else', () => {
    const withChromeOnly = firefoxManifest({ ...chrome, permissions: ['storage', 'offscreen'], minimum_chrome_version: '116' });
    expect(withChromeOnly.permissions).toEqual(['storage']);
    expect(withChromeOnly.minimum_chrome_version).toBeUndefined();
    expect(ff.content_scripts).toEqual(chrome.content_scripts);
    expect(ff.action).toEqual(chrome.action);
    expect(ff.manifest_version).toBe(3);
  });

  it('lets the worker fetch http:// pages (no upgrade-insecure-requests), scripts still only its own', () => {
    const csp = (ff.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/upgrade-insecure-requests|unsafe|https?:/);
  });

  it('does not change the Chrome manifest it is given', () => {
    const before = JSON.stringify(chrome);
    firefoxManifest(chrome);
    expect(JSON.stringify(chrome)).toBe(before);
  });
});
