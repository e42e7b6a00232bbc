// The MV3 service worker: wiring only. Listeners are registered synchronously at the top
// level so a worker woken by an event finds them; every piece of state lives in storage
// or IndexedDB because the browser may stop this worker between any two events.
import { compare } from '../core/compare';
import { clearBadge, setBadge } from '../platform/badge';
import { serveMessages } from '../platform/messaging';
import { localArea, sessionArea } from '../platform/storage';
import { onTabClosed, onTabNavigating, tabInfo } from '../platform/tabs';
import { loadSettings } from '../shared/settings';
import { createHandlers } from './handlers';
import { openLibrary } from './library';
import type { LibraryPort } from './ports';
import { createTabStates } from './tab-state';

const tabStates = createTabStates(sessionArea());

// Opening IndexedDB once per worker lifetime; a cache, not state (reopened after a restart).
let library: Promise<LibraryPort> | undefined;
function getLibrary(): Promise<LibraryPort> {
  library ??= openLibrary().catch((err: unknown) => {
    library = undefined;
    throw err;
  });
  return library;
}

serveMessages(
  createHandlers({
    library: getLibrary,
    compare,
    settings: () => loadSettings(localArea()),
    tabStates,
    tabInfo,
    setBadge,
    clearBadge,
  }),
);

// A new document in the tab: the old report and badge no longer describe it.
onTabNavigating((tabId) => {
  void tabStates.clear(tabId);
  void clearBadge(tabId);
});
onTabClosed((tabId) => void tabStates.clear(tabId));
