// The options page's mock twin: an in-memory library status and settings, for Vite dev
// and tests. Nothing here touches the network.
import type { ArticleSummary, LibraryStatus } from '../../shared/messages';
import { defaults, validateSettings, type Settings } from '../../shared/settings';
import type { OptionsClient } from './options-client';

export function mockOptionsClient(initial: Partial<LibraryStatus> = {}, grant = true): OptionsClient & { calls: string[] } {
  let status: LibraryStatus = { count: 12, bytes: 3_400_000, capBytes: 200 * 1024 * 1024, feeds: [], failures: [], ...initial };
  let settings: Settings = validateSettings(structuredClone(defaults));
  const calls: string[] = [];
  let articles: ArticleSummary[] = [
    { id: 'a1', url: 'https://wire.example/harbour', title: 'Harbour bridge vote delayed', outlet: 'Example Wire', addedAt: 2000, origin: 'visited' },
    {
      id: 'a2',
      url: 'https://blog.example/harbour',
      title: 'Harbour bridge vote delayed, council says',
      outlet: 'Blog Example',
      addedAt: 1000,
      origin: 'feed',
    },
  ];
  const granted = new Set<string>();
  const withFeeds = (): LibraryStatus => ({
    ...status,
    feeds: settings.feeds.urls.map((url) => status.feeds.find((f) => f.url === url) ?? { url, enabled: true, itemCount: 0 }),
  });
  return {
    calls,
    status: async () => withFeeds(),
    pollNow: async (url) => (calls.push(url ? `poll ${url}` : 'poll'), withFeeds()),
    setCap: async (capBytes) => (calls.push(`cap ${capBytes}`), (status = { ...status, capBytes }), withFeeds()),
    exportLibrary: async () => (calls.push('export'), ['{"format":"wiretrace-library","version":1}\n']),
    importLibrary: async (text) => (calls.push(`import ${text.length}`), { imported: 1, kept: 0, failed: 0, problems: [] }),
    clearLibrary: async () => (calls.push('clear'), (status = { ...status, count: 0, bytes: 0 }), withFeeds()),
    listArticles: async (query) => articles.filter((a) => !query || `${a.title} ${a.outlet} ${a.url}`.toLowerCase().includes(query.toLowerCase())),
    deleteArticle: async (id) => {
      calls.push(`delete ${id}`);
      const before = articles.length;
      articles = articles.filter((a) => a.id !== id);
      return articles.length < before;
    },
    settings: async () => settings,
    saveSettings: async (patch) => {
      calls.push(`save ${JSON.stringify(patch)}`);
      settings = validateSettings({ ...settings, ...patch, feeds: { ...settings.feeds, ...patch.feeds }, search: { ...settings.search, ...patch.search } });
      return settings;
    },
    requestAccess: async (urls) => {
      calls.push(`access ${urls.join(' ')}`);
      if (grant) for (const u of urls) granted.add(`${new URL(u).origin}/*`);
      return grant;
    },
    requestEverySite: async () => {
      calls.push('access every site');
      if (grant) granted.add('http://*/*').add('https://*/*');
      return grant;
    },
    grantedSites: async () => [...granted],
    revokeSite: async (pattern) => (calls.push(`revoke ${pattern}`), granted.delete(pattern)),
  };
}
