// The keyboard shortcut (manifest `commands`) that opens the side-by-side page for the
// current tab's report. Without a report there is nothing to put side by side, so the
// popup opens instead and says why (checking, no known version, not an article…).
import { sideBySidePath } from '../shared/side-by-side';
import type { TabState } from '../shared/messages';

export interface ShortcutDeps {
  tabState(tabId: number): Promise<TabState>;
  openPage(path: string): Promise<void>;
  openPopup(): Promise<boolean>;
}

export async function openSideBySideFor(deps: ShortcutDeps, tabId: number | undefined): Promise<'side-by-side' | 'popup'> {
  const state = tabId === undefined ? undefined : await deps.tabState(tabId).catch(() => undefined);
  const report = state?.state === 'report' ? state.report : undefined;
  if (report?.copy.id && report.source.id) {
    await deps.openPage(sideBySidePath(report.copy.id, report.source.id));
    return 'side-by-side';
  }
  await deps.openPopup();
  return 'popup';
}
