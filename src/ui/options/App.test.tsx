// The options page against its mock client, in a linkedom document.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from './App';
import { mockOptionsClient } from './options-client.mock';

beforeAll(() => {
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document: window.document, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
});

async function show(client: ReturnType<typeof mockOptionsClient>): Promise<HTMLElement> {
  const root = document.getElementById('app')!;
  await act(async () => {
    render(<App client={client} />, root);
  });
  await act(async () => {});
  return root;
}

describe('options page', () => {
  it('shows the library, says nothing leaves the device by default', async () => {
    const root = await show(mockOptionsClient({ count: 3 }));
    expect(root.querySelector('.wt-library-size')?.textContent).toContain('3 articles');
    expect(root.querySelector('.wt-privacy')?.textContent).toMatch(/Nothing/);
    await act(() => render(null, root));
  });

  it('shows each feed’s last poll error and each failure', async () => {
    const client = mockOptionsClient({
      feeds: [{ url: 'https://broken.test/rss', enabled: true, itemCount: 0, lastPollAt: 1, lastResult: { ok: false, error: 'Invalid XML: bad (line 1)' } }],
      failures: [{ url: 'https://broken.test/rss', kind: 'feed', error: 'Invalid XML: bad (line 1)', at: 1, count: 1, retryAt: 2 }],
    });
    await client.saveSettings({ feeds: { enabled: true, urls: ['https://broken.test/rss'], pollMinutes: 60 } });
    const root = await show(client);
    expect(root.querySelector('[data-feed="https://broken.test/rss"]')?.textContent).toContain('Invalid XML');
    expect(root.querySelector('.wt-failures')?.textContent).toContain('broken.test');
    expect(root.querySelector('.wt-privacy')?.textContent).toContain('broken.test');
    await act(() => render(null, root));
  });

  it('adding a feed asks for host access first, then saves and polls', async () => {
    const client = mockOptionsClient();
    const root = await show(client);
    const input = root.querySelector<HTMLInputElement>('input[name="feed"]')!;
    await act(async () => {
      input.value = 'https://wire.test/rss.xml';
      input.dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form.wt-row')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    });
    for (let k = 0; k < 5; k++) await act(async () => {});
    const i = client.calls.findIndex((c) => c.startsWith('access https://wire.test/rss.xml'));
    const j = client.calls.findIndex((c) => c.startsWith('save') && c.includes('wire.test'));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThan(i);
    expect(client.calls).toContain('poll https://wire.test/rss.xml');
    await act(() => render(null, root));
  });

  it('does not save a feed when host access is refused', async () => {
    const client = mockOptionsClient({}, false);
    const root = await show(client);
    const input = root.querySelector<HTMLInputElement>('input[name="feed"]')!;
    await act(async () => {
      input.value = 'https://wire.test/rss.xml';
      input.dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form.wt-row')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(async () => {});
    expect(client.calls.some((c) => c.startsWith('save'))).toBe(false);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/not granted/);
    await act(() => render(null, root));
  });
});
