// The MV3 service worker: wiring only. Listeners are registered synchronously at the top
// level so a worker woken by an event finds them; every piece of state lives in storage
// or IndexedDB because the browser may stop this worker between any two events.
import { compare } from '../core/compare';
import { withVersionCache } from '../core/version-cache';
import { clearBadge, setBadge } from '../platform/badge';
import { serveMessages } from '../platform/messaging';
import { sessionArea, settingsArea } from '../platform/storage';
import { injectIntoOpenTabs, injectIntoTabFor } from '../platform/scripting';
import { hasAccessToEverySite, hasHostAccess, onHostAccessAdded, requestHostAccess } from '../platform/permissions';
import { getMessage } from '../platform/i18n';
import { createLinkMenu, onCommand, onInstalledOrStarted, onLinkMenuClicked, openExtensionPage, openPopup } from '../platform/menus';
import { askPageShows, askPageStatus, onTabClosed, onTabLoaded, onTabNavigating, tabInfo } from '../platform/tabs';
import { loadSettings, saveSettings } from '../shared/settings';
import { ensureAlarm, onAlarm } from '../platform/alarms';
import { extractPage } from './discovery/extract-page';
import { createDiscoveryService } from './discovery/service';
import { createHandlers } from './handlers';
import { openLibrary, type Library } from './library';
import { createNavigation } from './navigation';
import type { LibraryPort } from './ports';
import { compareLink } from './link-compare';
import { resumePendingCompare, resumePendingFind } from './resume-compare';
import { openSideBySideFor } from './shortcut';
import { createTabStates } from './tab-state';

const tabStates = createTabStates(sessionArea(), Date.now, getLibrary);

// Opening IndexedDB once per worker lifetime; a cache, not state (reopened after a restart).
let library: Promise<Library> | undefined;
function getLibrary(): Promise<Library> {
  library ??= openLibrary().catch((err: unknown) => {
    library = undefined;
    throw err;
  });
  return library;
}

const settings = () => loadSettings(settingsArea());
// Every fetch asks first whether the reader granted its host: content scripts on every
// page already let Chrome's worker read any site, so this check is what keeps feeds,
// search and compare-with to the hosts the reader allowed.
const discovery = createDiscoveryService({
  library: getLibrary,
  settings,
  extract: extractPage,
  hasAccess: (url) => hasHostAccess([url]),
  anyHost: hasAccessToEverySite,
});

const handlers = createHandlers({
  library: getLibrary as () => Promise<LibraryPort>,
  // Stored versions prepared once per worker lifetime, not once per analysis (issue 14).
  compare: withVersionCache(compare),
  settings,
  saveSettings: (patch) => saveSettings(settingsArea(), patch),
  tabStates,
  tabInfo,
  injectContentScript: injectIntoTabFor,
  askPage: askPageStatus,
  pageShows: askPageShows,
  setBadge,
  clearBadge,
  discovery,
  extractPage,
});
serveMessages(handlers);

// "Compare with…" whose permission prompt closed the popup: run it now the reader said yes.
onHostAccessAdded(() => {
  void resumePendingCompare({ session: sessionArea(), hasAccess: (url) => hasHostAccess([url]), compareWith: (r) => handlers.CompareWith(r) }).catch(() => {});
  void resumePendingFind({ session: sessionArea(), hasAccess: (url) => hasHostAccess([url]), find: (r) => handlers.FindOriginal(r) }).catch(() => {});
});

// Feeds are polled on an alarm (the worker may be asleep); the period follows the
// reader's setting, re-read each time the worker starts and at each poll.
const FEED_ALARM = 'wiretrace-feeds';
async function scheduleFeeds(): Promise<void> {
  const s = await settings();
  await ensureAlarm(FEED_ALARM, s.feeds.pollMinutes);
}
onAlarm(FEED_ALARM, () => {
  void discovery.pollDue().finally(() => void scheduleFeeds());
});
void scheduleFeeds().catch(() => {});

// A new document in the tab: the old report and badge no longer describe it.
const navigation = createNavigation({ tabStates, settings, setBadge, clearBadge, pageShows: askPageShows });
onTabNavigating((tabId) => void navigation.navigating(tabId).catch(() => {}));
onTabLoaded((tabId) => void navigation.loaded(tabId).catch(() => {}));
onTabClosed((tabId) => void tabStates.clear(tabId));

// Tabs open before this extension session began (install, update, reload, re-enable) have
// no content script (Chrome injects only into documents loaded afterwards) and their state
// is gone (session storage starts empty): give them the script, so an open article gets
// its report. Once per session, not on every wake of the worker.
const SESSION_MARK = 'session-started';
void (async () => {
  const session = sessionArea();
  if (await session.get(SESSION_MARK)) return;
  await session.set(SESSION_MARK, Date.now());
  await injectIntoOpenTabs();
})().catch(() => {});

// Where readers expect to reach it: "Compare this link with the page" on links (same path
// and permission rule as the popup's Compare with…) and a keyboard shortcut that opens the
// side-by-side page for the current tab's report.
const LINK_MENU = 'compare-link';
onInstalledOrStarted(() => void createLinkMenu(LINK_MENU, getMessage('menuCompareLink')).catch(() => {}));
onLinkMenuClicked(LINK_MENU, (tabId, linkUrl) => {
  void compareLink(
    {
      session: sessionArea(),
      hasAccess: (url) => hasHostAccess([url]),
      requestAccess: (url) => requestHostAccess([url]),
      compareWith: (r) => handlers.CompareWith(r),
      showError: async (id, message) => {
        const entry = await tabStates.read(id, undefined);
        if (entry) await tabStates.write(id, entry.url, { state: 'error', message });
      },
      openPopup,
      message: (key, sub) => getMessage(key, [sub]),
    },
    tabId,
    linkUrl,
  ).catch(() => {});
});
onCommand('open-side-by-side', (tabId) => {
  void openSideBySideFor({ tabState: (id) => handlers.GetTabState({ tabId: id }), openPage: openExtensionPage, openPopup }, tabId).catch(() => {});
});
