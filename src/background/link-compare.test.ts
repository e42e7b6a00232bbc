import { describe, expect, it } from 'vitest';
import { PENDING_COMPARE_KEY } from '../shared/pending-compare';
import type { TabState } from '../shared/messages';
import { compareLink, type LinkCompareDeps } from './link-compare';
import { resumePendingCompare } from './resume-compare';
import { memoryStore } from './testing';

function harness(opts: { allowed: string[]; grant?: boolean; fail?: string }) {
  const session = memoryStore();
  const allowed = new Set(opts.allowed);
  const log = { compared: [] as unknown[], errors: [] as string[], prompts: [] as string[], popups: 0 };
  const deps: LinkCompareDeps = {
    session,
    hasAccess: async (url) => allowed.has(new URL(url).host),
    requestAccess: async (url) => {
      log.prompts.push(url);
      if (opts.grant) allowed.add(new URL(url).host);
      return Boolean(opts.grant);
    },
    compareWith: async (r) => {
      if (opts.fail) throw new Error(opts.fail);
      log.compared.push(r);
      return { state: 'checking' } as TabState;
    },
    showError: async (_tabId, message) => void log.errors.push(message),
    openPopup: async () => (log.popups++, true),
    message: (key, sub) => `${key}:${sub}`,
  };
  return { deps, session, log, allowed };
}

describe('compareLink (context menu "Compare this link with the page")', () => {
  it('compares at once when the link’s site is allowed, and opens the popup on the result', async () => {
    const h = harness({ allowed: ['cbc.test'] });
    expect(await compareLink(h.deps, 4, 'http://cbc.test/story#top')).toBe('compared');
    expect(h.log.compared).toEqual([{ tabId: 4, url: 'http://cbc.test/story#top' }]);
    expect(h.log.prompts).toEqual([]);
    expect(h.log.popups).toBe(1);
  });

  it('asks for the site first and fetches nothing until the grant arrives; the grant runs it once', async () => {
    const h = harness({ allowed: [], grant: true });
    expect(await compareLink(h.deps, 4, 'https://cbc.test/story')).toBe('waiting-for-access');
    expect(h.log.prompts).toEqual(['https://cbc.test/story']);
    expect(h.log.compared).toEqual([]);
    // What the worker does on permissions.onAdded:
    const resume = { session: h.session, hasAccess: h.deps.hasAccess, compareWith: h.deps.compareWith };
    expect(await resumePendingCompare(resume)).toBe(true);
    expect(await resumePendingCompare(resume)).toBe(false);
    expect(h.log.compared).toEqual([{ tabId: 4, url: 'https://cbc.test/story' }]);
  });

  it('a refused prompt fetches nothing, leaves no pending request and says why', async () => {
    const h = harness({ allowed: [], grant: false });
    expect(await compareLink(h.deps, 4, 'https://evil.test/x')).toBe('denied');
    expect(h.log.compared).toEqual([]);
    expect(await h.session.get(PENDING_COMPARE_KEY)).toBeUndefined();
    expect(h.log.errors).toEqual(['linkCompareDenied:evil.test']);
  });

  it('refuses links that are not web pages without asking for anything', async () => {
    for (const link of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      const h = harness({ allowed: [], grant: true });
      expect(await compareLink(h.deps, 1, link)).toBe('not-web');
      expect(h.log.prompts).toEqual([]);
      expect(h.log.errors[0]).toMatch(/^linkCompareNotWeb:/);
    }
  });

  it('a failed comparison reaches the reader in plain words', async () => {
    const h = harness({ allowed: ['cbc.test'], fail: 'that is this same page' });
    expect(await compareLink(h.deps, 2, 'https://cbc.test/a')).toBe('failed');
    expect(h.log.errors).toEqual(['linkCompareFailed:that is this same page']);
  });
});
