// The few chrome.* calls the tests make inside the extension's service worker
// (worker.evaluate). Typed here rather than pulling in @types/chrome for two functions.
declare namespace chrome {
  namespace tabs {
    function query(q: Record<string, unknown>): Promise<{ id?: number; url?: string }[]>;
    function sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  }
  namespace action {
    function getBadgeText(d: { tabId: number }): Promise<string>;
    function getBadgeBackgroundColor(d: { tabId: number }): Promise<[number, number, number, number]>;
  }
}
declare namespace chrome {
  namespace runtime {
    function sendMessage(message: unknown): Promise<unknown>;
  }
}
declare namespace chrome {
  namespace storage {
    const session: { get(keys: null): Promise<Record<string, unknown>> };
    // biome-ignore lint/suspicious/noExplicitAny: the stored settings are read back as the page wrote them.
    const sync: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, any>> };
  }
}
declare namespace chrome {
  /** Chrome's extension events carry dispatch(), which runs the registered listeners (reach.spec.ts). */
  interface DispatchableEvent<A extends unknown[]> {
    dispatch(...args: A): void;
  }
  namespace contextMenus {
    const onClicked: DispatchableEvent<[info: { menuItemId: string; linkUrl?: string; editable: boolean }, tab: { id: number }]>;
  }
  namespace commands {
    function getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]>;
    const onCommand: DispatchableEvent<[command: string, tab: { id: number }]>;
  }
}
