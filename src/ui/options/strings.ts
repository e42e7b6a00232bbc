// The options page's words. Each goes through the browser's i18n (key `options_<name>`)
// and falls back to the English here, so a translation can be added in _locales/ later
// without touching this page.
import { getMessage } from '../../platform/i18n';

const en = {
  title: 'Wiretrace options',
  sources: 'Where known versions come from',
  pagesRead: 'Remember articles I open (stays on this device), so a later copy of them is recognised',
  feeds: 'Publisher feeds',
  feedsEnable: 'Poll the feeds below and read their new articles',
  feedsHelp: 'RSS, Atom or JSON Feed addresses of original publishers. Each new item’s page is fetched and read.',
  feedAdd: 'Add feed',
  feedUrl: 'Feed address',
  feedRemove: 'Remove',
  feedNeverPolled: 'not polled yet',
  feedOffered: 'Offered feeds (off until you add one)',
  pollEvery: 'Poll every',
  minutes: 'minutes',
  pollNow: 'Poll now',
  search: 'Search',
  searchEnable: 'When a page looks like a republished copy and no version is known, ask this search endpoint',
  searchTemplate: 'Search URL template (must contain {query}; answers RSS, Atom or JSON)',
  searchSave: 'Save search',
  lastQuery: 'Last query sent',
  noQuery: 'No query sent yet.',
  privacy: 'Privacy: what leaves this device',
  privacyNothing: 'Nothing. Articles you open are read and stored on this device only.',
  privacyFeeds: 'Feed requests go to',
  privacySearch: 'For pages with no known version, the headline and one sentence are sent to',
  library: 'Library',
  articles: 'articles',
  cap: 'Size cap (MB)',
  capSave: 'Set cap',
  capHelp: 'When the library is full, the articles unused for longest are removed first.',
  export: 'Export (JSON lines)',
  import: 'Import',
  clear: 'Clear library',
  clearConfirm: 'Remove every stored article and report? Feeds and settings are kept.',
  failures: 'Recent failures',
  noFailures: 'No failed fetches.',
  retryAfter: 'next try after',
  denied: 'Access to that site was not granted, so it cannot be fetched.',
  siteAccess: 'Sites Wiretrace may fetch from',
  siteAccessNone: 'None: Wiretrace fetches nothing until you allow a site for a feed, the search endpoint or “Compare with…”.',
  siteRevoke: 'Revoke',
  siteRevokeFailed: 'The browser kept this access (it may be part of how this copy of Wiretrace was installed).',
  needsAccess: 'Nothing was fetched from sites you have not allowed yet:',
  allowAccess: 'Allow',
  badUrl: 'Enter an http(s) address.',
  badTemplate: 'The template must be an http(s) address containing {query}.',
  busy: 'Working…',
  importDone: 'Imported $1 articles.',
  importKept: '$1 articles in the file were already in your library at the same address: your stored versions were kept.',
  importNothing: 'Nothing was imported: $1 lines of the file could not be read. Fix or remove them and import again.',
  importStopped: 'The import stopped: $1 more lines were not stored. The articles imported before them stay in your library.',
  importFailed: 'The file could not be imported: $1',
  importLine: 'Line $1: $2',
  importNotJson: 'it is not JSON (a Wiretrace export has one JSON object per line).',
  importNotObject: 'it is not a JSON object (a Wiretrace export has one per line).',
  importSecondHeader: 'a second export header: this looks like two exports joined. Import them one at a time.',
  importNewerVersion: 'the file comes from a newer Wiretrace (export version $1). Update Wiretrace to import it.',
  importLineTooLong: 'the line is far too long ($1) to be one article.',
  importBadArticle: 'the article in it is not valid ($1).',
  importOverCap: 'the article is larger than the whole library size cap ($1), so it cannot be stored. Raise the cap or leave it out.',
  importNotStored: 'the browser could not store it ($1). Your saved articles are unchanged.',
};

export type StringKey = keyof typeof en;

export function s(key: StringKey, ...subs: string[]): string {
  const got = getMessage(`options_${key}`, subs);
  if (got && got !== `options_${key}`) return got;
  // Same substitution rules as chrome.i18n ($1…$9).
  return en[key].replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
