// The toolbar badge, per tab.
import { ext } from './browser';

export async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  const action = ext().action;
  await Promise.all([action.setBadgeText({ tabId, text }), action.setBadgeBackgroundColor({ tabId, color })]);
  // White text reads on every verdict colour (Chrome ≥ 110, Firefox ≥ 63).
  await action.setBadgeTextColor?.({ tabId, color: '#ffffff' }).catch(() => undefined);
}

export async function clearBadge(tabId: number): Promise<void> {
  // The tab may already be gone; nothing to clear then.
  await ext()
    .action.setBadgeText({ tabId, text: '' })
    .catch(() => undefined);
}
