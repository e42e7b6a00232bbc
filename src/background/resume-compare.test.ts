import { describe, expect, it } from 'vitest';
import { PENDING_FIND_KEY, rememberCompare } from '../shared/pending-compare';
import { resumePendingCompare, resumePendingFind } from './resume-compare';
import { memoryStore } from './testing';

describe('resumePendingCompare', () => {
  it('runs the comparison the popup could not finish, once, only when its site is now allowed', async () => {
    const session = memoryStore();
    const ran: unknown[] = [];
    const deps = (allowed: boolean) => ({
      session,
      hasAccess: async (url: string) => allowed && url.startsWith('https://cbc.test/'),
      compareWith: async (r: { tabId: number; url: string }) => (ran.push(r), { state: 'checking' as const }),
      now: () => 2000,
    });
    await rememberCompare(session, 3, 'https://cbc.test/story', 1000);
    // Access granted for another site: the pending request is not run (and not kept).
    expect(await resumePendingCompare(deps(false))).toBe(false);
    await rememberCompare(session, 3, 'https://cbc.test/story', 1000);
    expect(await resumePendingCompare(deps(true))).toBe(true);
    expect(await resumePendingCompare(deps(true))).toBe(false);
    expect(ran).toEqual([{ tabId: 3, url: 'https://cbc.test/story' }]);
  });
});

describe('resumePendingFind', () => {
  it('runs the search the popup could not start (the prompt for the search host closed it), once, and not a pending comparison', async () => {
    const session = memoryStore();
    const ran: unknown[] = [];
    const deps = {
      session,
      hasAccess: async (url: string) => url.startsWith('https://api.gdeltproject.org/'),
      find: async (r: { tabId: number }) => (ran.push(r), { state: 'off' as const }),
      now: () => 2000,
    };
    await rememberCompare(session, 3, 'https://cbc.test/story', 1000);
    expect(await resumePendingFind(deps)).toBe(false);
    await rememberCompare(session, 5, 'https://api.gdeltproject.org/api/v2/doc/doc', 1000, PENDING_FIND_KEY);
    expect(await resumePendingFind(deps)).toBe(true);
    expect(await resumePendingFind(deps)).toBe(false);
    expect(ran).toEqual([{ tabId: 5 }]);
  });
});
