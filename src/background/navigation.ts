// A tab's navigations: its report and badge go when it starts loading another document, and
// come back when the browser delivered that event late, after the new document's own
// report (see tab-state leave()).
import { type BadgeDeps, showBadge } from './badge-view';
import type { TabStates } from './tab-state';

export interface NavigationDeps extends BadgeDeps {
  tabStates: TabStates;
  /** Whether the tab's document is at `url` (platform/tabs askPageShows). */
  pageShows: (tabId: number, url: string) => Promise<boolean>;
}

export function createNavigation(deps: NavigationDeps) {
  return {
    async navigating(tabId: number): Promise<void> {
      await deps.tabStates.leave(tabId);
      await deps.clearBadge(tabId);
    },
    async loaded(tabId: number): Promise<void> {
      const back = await deps.tabStates.restoreLeft(tabId, (url) => deps.pageShows(tabId, url));
      if (back) await showBadge(deps, tabId, back.state);
    },
  };
}
