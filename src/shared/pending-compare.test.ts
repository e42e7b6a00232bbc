import { describe, expect, it } from 'vitest';
import { forgetCompare, PENDING_COMPARE_MS, rememberCompare, takeCompare } from './pending-compare';

function memory() {
  const m = new Map<string, unknown>();
  return { get: async (k: string) => m.get(k), set: async (k: string, v: unknown) => void m.set(k, v), remove: async (k: string) => void m.delete(k), m };
}

describe('pending compare-with', () => {
  it('is taken once, while recent', async () => {
    const area = memory();
    await rememberCompare(area, 7, 'https://cbc.test/story', 1000);
    expect(await takeCompare(area, 2000)).toEqual({ tabId: 7, url: 'https://cbc.test/story', at: 1000 });
    expect(await takeCompare(area, 2000)).toBeUndefined();
  });

  it('an old or forgotten or malformed one is not run (and is cleared)', async () => {
    const area = memory();
    await rememberCompare(area, 7, 'https://cbc.test/story', 1000);
    expect(await takeCompare(area, 1000 + PENDING_COMPARE_MS)).toBeUndefined();
    expect(area.m.size).toBe(0);
    await rememberCompare(area, 7, 'https://cbc.test/story', 1000);
    await forgetCompare(area);
    expect(await takeCompare(area, 1001)).toBeUndefined();
    await area.set('pending-compare', { tabId: 7, url: 'javascript:alert(1)', at: 1000 });
    expect(await takeCompare(area, 1001)).toBeUndefined();
    expect(area.m.size).toBe(0);
  });
});
