import { describe, expect, it } from 'vitest';
import { defaults, loadSettings, migrate, migrations, saveSettings, SETTINGS_KEY, validateSettings, type KeyValueArea } from './settings';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: async (k) => data[k], set: async (k, v) => void (data[k] = structuredClone(v)) };
}

describe('settings', () => {
  it('an empty store reads as the defaults', async () => {
    expect(await loadSettings(memoryArea())).toEqual({ ...defaults, schemaVersion: migrations.length });
  });
  it('every default survives validation unchanged (every setting has a default and a validator)', () => {
    expect(validateSettings(structuredClone(defaults))).toEqual(defaults);
  });
  it('replaces wrong types and unsafe values by defaults', () => {
    const s = validateSettings({
      schemaVersion: 1,
      indexVisitedArticles: 'yes',
      showBadge: false,
      feeds: { enabled: true, urls: ['https://wire.example/rss', 'javascript:alert(1)', 42], pollMinutes: 1 },
      search: { enabled: true, urlTemplate: 'file:///etc/passwd?q={query}' },
      extra: 1,
    });
    expect(s.indexVisitedArticles).toBe(true);
    expect(s.showBadge).toBe(false);
    expect(s.feeds).toEqual({ enabled: true, urls: ['https://wire.example/rss'], pollMinutes: 15 });
    expect(s.search).toEqual({ ...defaults.search, enabled: false, urlTemplate: '' });
    expect('extra' in s).toBe(false);
  });
  it('migrates the 0.0.x shape (indexArticles) forward', () => {
    expect(migrate({ indexArticles: false })).toEqual({ indexVisitedArticles: false, schemaVersion: 1 });
    expect(validateSettings({ indexArticles: false }).indexVisitedArticles).toBe(false);
  });
  // Issue 14, item 9: a stored schemaVersion of 0.5 or -1 indexed migrations[] out of range.
  it('survives any stored schemaVersion', () => {
    for (const schemaVersion of [0.5, -1, NaN, Infinity, -Infinity, 1e300, '1', null, {}, [], 99]) {
      const s = validateSettings({ schemaVersion, indexArticles: false, showBadge: false });
      expect(s.schemaVersion, String(schemaVersion)).toBe(defaults.schemaVersion);
      expect(s.showBadge).toBe(false);
    }
    expect(validateSettings({ schemaVersion: 0.5, indexArticles: false }).indexVisitedArticles).toBe(false);
  });
  it('saves a validated merge of a partial change', async () => {
    const area = memoryArea();
    await saveSettings(area, { search: { enabled: true, urlTemplate: 'https://search.example/rss?q={query}' } });
    const stored = area.data[SETTINGS_KEY] as typeof defaults;
    expect(stored.search).toEqual({ ...defaults.search, enabled: true, urlTemplate: 'https://search.example/rss?q={query}' });
    expect(stored.feeds).toEqual(defaults.feeds);
  });

  it('the news search is off by default, and a GDELT endpoint that is not an http(s) address falls back to GDELT’s own', () => {
    expect(validateSettings({}).search).toMatchObject({ gdelt: false, automatic: false, gdeltEndpoint: 'https://api.gdeltproject.org/api/v2/doc/doc' });
    expect(validateSettings({ search: { gdelt: true, gdeltEndpoint: 'javascript:alert(1)' } }).search).toMatchObject({
      gdelt: true,
      gdeltEndpoint: defaults.search.gdeltEndpoint,
    });
    expect(validateSettings({ search: { gdeltEndpoint: 'http://127.0.0.1:8080/api/v2/doc/doc' } }).search.gdeltEndpoint).toBe(
      'http://127.0.0.1:8080/api/v2/doc/doc',
    );
  });

  it('keeps a shared index only with an http(s) address and a printable token', () => {
    expect(validateSettings({ sharedIndex: { enabled: true, url: 'https://index.example.org/', token: 'wt_abc' } }).sharedIndex).toEqual({
      enabled: true,
      url: 'https://index.example.org',
      token: 'wt_abc',
    });
    expect(validateSettings({ sharedIndex: { enabled: true, url: 'javascript:alert(1)', token: 'x' } }).sharedIndex).toEqual({
      enabled: false,
      url: '',
      token: 'x',
    });
    expect(validateSettings({ sharedIndex: { enabled: true, url: 'https://i.example/?q=1', token: 'a b\n' } }).sharedIndex).toEqual({
      enabled: false,
      url: '',
      token: '',
    });
    expect(validateSettings({ sharedIndex: 'on' }).sharedIndex).toEqual(defaults.sharedIndex);
  });
});
