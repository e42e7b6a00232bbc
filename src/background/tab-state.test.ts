import { describe, expect, it } from 'vitest';
import { handComparison } from '../core/testing/handComparison';
import { msg } from '../core/messages';
import type { Report } from '../core/types';
import { CHECKING_STALE_MS, createTabStates } from './tab-state';
import { memoryStore } from './testing';

describe('per-tab state', () => {
  it('answers only for the page it was computed for (fragments ignored)', async () => {
    const states = createTabStates(memoryStore());
    await states.write(4, 'https://a.example/story', { state: 'checking' });
    expect((await states.read(4, 'https://a.example/story#comments'))?.state).toEqual({ state: 'checking' });
    expect(await states.read(4, 'https://a.example/other')).toBeUndefined();
    expect(await states.read(5, 'https://a.example/story')).toBeUndefined();
  });

  it('replace() refuses to overwrite another page’s entry, or a cleared one', async () => {
    const states = createTabStates(memoryStore());
    expect(await states.replace(4, 'https://a.example/story', { state: 'not-article' })).toBe(false);
    await states.write(4, 'https://a.example/next', { state: 'checking' });
    expect(await states.replace(4, 'https://a.example/story', { state: 'not-article' })).toBe(false);
    expect(await states.replace(4, 'https://a.example/next', { state: 'not-article' })).toBe(true);
    await states.clear(4);
    expect(await states.read(4, undefined)).toBeUndefined();
  });

  it('a checking entry goes stale after the worker could have been stopped', async () => {
    let now = 0;
    const states = createTabStates(memoryStore(), () => now);
    await states.write(1, 'https://a.example/s', { state: 'checking' });
    const entry = (await states.read(1, 'https://a.example/s'))!;
    expect(states.isStale(entry)).toBe(false);
    now = CHECKING_STALE_MS + 1;
    expect(states.isStale(entry)).toBe(true);
    expect(states.isStale({ ...entry, state: { state: 'not-article' } })).toBe(false);
  });

  it('two tabs that finish the same article at once are both remembered (a11y.spec on CI)', async () => {
    const inner = memoryStore();
    // storage.session answers asynchronously: each call yields before it lands.
    const slow = {
      get: async (k: string) => (await new Promise((r) => setTimeout(r, 1)), inner.get(k)),
      set: async (k: string, v: unknown) => (await new Promise((r) => setTimeout(r, 1)), inner.set(k, v)),
      remove: (k: string) => inner.remove(k),
    };
    const states = createTabStates(slow);
    await Promise.all([states.watch('cbc-story', 1), states.watch('cbc-story', 2), states.watch('cbc-story', 3)]);
    expect((await states.watchers('cbc-story')).sort()).toEqual([1, 2, 3]);
  });

  it('ignores garbage in storage', async () => {
    const store = memoryStore();
    await store.set('tab:9', { nonsense: true });
    expect(await createTabStates(store).read(9, undefined)).toBeUndefined();
  });

  // Issue 14, item 6: one report for a long pair took 5.15 MB of storage.session (10 MB for
  // every tab), and the next long page got "Session storage quota bytes exceeded".
  it('keeps only a pointer and the badge view in the session; the report lives in the library', async () => {
    const session = memoryStore();
    const library = new Map<string, Report>();
    const reports = async () => ({ putReport: async (k: string, r: Report) => void library.set(k, r), getReport: async (k: string) => library.get(k) });
    const states = createTabStates(session, Date.now, reports);
    const big: Report = { ...handComparison.report, reason: [msg('note_sourcingDropped', 'x'.repeat(5_000_000))] };
    await states.write(3, 'https://a.example/long', { state: 'report', report: big });
    expect(JSON.stringify([...session.data.values()]).length).toBeLessThan(2_000);
    expect((await states.read(3, 'https://a.example/long'))?.state).toEqual({ state: 'report', report: big });
    expect(await states.replace(3, 'https://a.example/long', { state: 'report', report: handComparison.report })).toBe(true);
    expect((await states.read(3, 'https://a.example/long'))?.state).toEqual({ state: 'report', report: handComparison.report });
    // Why the page was not kept travels with the pointer (the popup says it beside the report).
    await states.write(3, 'https://a.example/long', { state: 'report', report: handComparison.report, notKept: 'site-share' });
    expect((await states.read(3, 'https://a.example/long'))?.state).toEqual({ state: 'report', report: handComparison.report, notKept: 'site-share' });
    // Dropped from the report cache: read as an interrupted check, which is redone.
    library.clear();
    const entry = (await states.read(3, 'https://a.example/long'))!;
    expect(entry.state).toEqual({ state: 'checking' });
    expect(states.isStale(entry)).toBe(true);
  });
});
