import { describe, expect, it } from 'vitest';
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

  it('ignores garbage in storage', async () => {
    const store = memoryStore();
    await store.set('tab:9', { nonsense: true });
    expect(await createTabStates(store).read(9, undefined)).toBeUndefined();
  });
});
