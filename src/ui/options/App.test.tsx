// The options page against its mock client, in a linkedom document.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from './App';
import { mockOptionsClient } from './options-client.mock';
import { installPageDom } from '../test-dom';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };

beforeAll(installPageDom);

async function show(client: ReturnType<typeof mockOptionsClient>): Promise<HTMLElement> {
  const root = document.getElementById('app')!;
  await act(async () => {
    render(<App client={client} />, root);
  });
  await act(async () => {});
  return root;
}

/** Types a feed address into the add form and submits it, as a reader would. */
async function submitFeed(root: HTMLElement, url: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[name="feed"]')!;
  await act(async () => {
    input.value = url;
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form.wt-row')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('options page', () => {
  it('switches the badge, lists paused sites with Resume, and lists remembered articles to search, pick and delete (issue 11)', async () => {
    const client = mockOptionsClient();
    await client.saveSettings({ pausedSites: ['cbc.test'] });
    const root = await show(client);
    try {
      // (linkedom has no checkbox behaviour: the test sets `checked` and sends the change event.)
      const tick = async (box: HTMLInputElement, on: boolean) =>
        act(async () => {
          box.checked = on;
          box.dispatchEvent(new window.Event('change', { bubbles: true }));
        });
      await tick(root.querySelector<HTMLInputElement>('[data-testid="show-badge"]')!, false);
      expect(client.calls).toContain('save {"showBadge":false}');

      const paused = root.querySelector('[data-testid="paused-sites"]')!;
      expect(paused.textContent).toContain('cbc.test');
      await act(async () => (paused.querySelector('button') as HTMLElement).click());
      expect(root.querySelector('[data-testid="paused-sites"]')!.textContent).not.toContain('cbc.test');

      const list = () => [...root.querySelectorAll('[data-testid="remembered"] li')].map((li) => li.getAttribute('data-id'));
      expect(list()).toEqual(['a1', 'a2']);
      const boxes = root.querySelectorAll<HTMLInputElement>('[data-testid="remembered"] li input[type="checkbox"]');
      await tick(boxes[0], true);
      await tick(boxes[1], true);
      expect(root.querySelector('[data-testid="remembered-compare"]')?.getAttribute('href')).toBe('../compare/index.html?copy=a1&known=a2');
      await act(async () => (root.querySelector('[data-testid="remembered"] li button') as HTMLElement).click());
      await act(async () => {});
      expect(client.calls).toContain('delete a1');
      expect(list()).toEqual(['a2']);
    } finally {
      await act(() => render(null, root));
    }
  });

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
    // What was being fetched, named from _locales rather than the record's code name (issue 16).
    expect(root.querySelector('.wt-failures .wt-kind')?.textContent).toBe(english.options_failureFeed.message);
    expect(root.querySelector('.wt-privacy')?.textContent).toContain('broken.test');
    await act(() => render(null, root));
  });

  it('adding a feed asks for host access first, then saves and polls', async () => {
    const client = mockOptionsClient();
    const root = await show(client);
    await submitFeed(root, 'https://wire.test/rss.xml');
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
    await submitFeed(root, 'https://wire.test/rss.xml');
    await act(async () => {});
    expect(client.calls.some((c) => c.startsWith('save'))).toBe(false);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/not granted/);
    await act(() => render(null, root));
  });

  it('a feed whose pages are on a site not allowed yet says so, and Allow asks for that site then polls the feed again', async () => {
    const feed = 'https://feeds.wire.test/rss';
    const client = mockOptionsClient({
      feeds: [
        {
          url: feed,
          enabled: true,
          itemCount: 2,
          lastPollAt: 1,
          lastResult: { ok: true, items: 2, added: 0, failed: 2, needsAccess: ['https://www.wire.test'] },
        },
      ],
      lastSearch: { at: 1, query: 'q', url: 'https://search.test/?q=q', results: 0, added: 0, error: 'no access', needsAccess: ['https://search.test'] },
    });
    await client.saveSettings({ feeds: { enabled: true, urls: [feed], pollMinutes: 60 } });
    const root = await show(client);
    const row = root.querySelector(`[data-feed="${feed}"]`)!;
    expect(row.querySelector('.wt-needs-access')?.textContent).toContain('www.wire.test');
    expect(root.querySelector('.wt-last-query .wt-needs-access')?.textContent).toContain('search.test');
    await act(async () => {
      row.querySelector<HTMLButtonElement>('.wt-needs-access button')!.click();
    });
    for (let k = 0; k < 3; k++) await act(async () => {});
    const asked = client.calls.indexOf('access https://www.wire.test');
    expect(asked).toBeGreaterThanOrEqual(0);
    expect(client.calls.indexOf(`poll ${feed}`)).toBeGreaterThan(asked);
    await act(() => render(null, root));
  });

  it('Allow refused: nothing is polled and the refusal is said', async () => {
    const feed = 'https://feeds.wire.test/rss';
    const client = mockOptionsClient(
      { feeds: [{ url: feed, enabled: true, itemCount: 0, lastPollAt: 1, lastResult: { ok: false, error: 'x', needsAccess: ['https://feeds.wire.test'] } }] },
      false,
    );
    await client.saveSettings({ feeds: { enabled: true, urls: [feed], pollMinutes: 60 } });
    const root = await show(client);
    await act(async () => {
      root.querySelector<HTMLButtonElement>('.wt-needs-access button')!.click();
    });
    for (let k = 0; k < 3; k++) await act(async () => {});
    expect(client.calls).toContain('access https://feeds.wire.test');
    expect(client.calls.some((c) => c.startsWith('poll'))).toBe(false);
    expect(root.querySelector('.wt-needs-access')?.textContent).toMatch(/not granted/);
    await act(() => render(null, root));
  });

  it('the search and shared-index forms: a bad address or a refused site is said and nothing saved; a good one is saved', async () => {
    const fill = async (root: HTMLElement, prefix: string, field: string, value: string) => {
      const box = root.querySelector<HTMLInputElement>(`input[name="${prefix}-enabled"]`)!;
      const input = root.querySelector<HTMLInputElement>(`input[name="${field}"]`)!;
      await act(async () => {
        box.checked = true;
        box.dispatchEvent(new window.Event('change', { bubbles: true }));
        input.value = value;
        input.dispatchEvent(new window.Event('input', { bubbles: true }));
      });
      await act(async () => {
        input.closest('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
      });
      for (let k = 0; k < 3; k++) await act(async () => {});
      return input.closest('section')!.querySelector('[role="alert"]')?.textContent ?? '';
    };
    const refused = mockOptionsClient({}, false);
    let root = await show(refused);
    expect(await fill(root, 'search', 'search-template', 'https://search.test/rss')).toBe(english.options_badTemplate.message);
    expect(await fill(root, 'shared-index', 'shared-index-url', 'not an address')).toBe(english.options_badUrl.message);
    expect(await fill(root, 'shared-index', 'shared-index-url', 'https://index.test')).toMatch(/not granted/);
    expect(refused.calls.some((c) => c.startsWith('save'))).toBe(false);
    await act(() => render(null, root));

    const granted = mockOptionsClient({ lastSearch: { at: 1, query: 'q', url: 'https://search.test/?q=q', results: 2, added: 1 } });
    root = await show(granted);
    expect(root.querySelector('.wt-last-query')?.textContent).toContain('2 results, 1 read');
    expect(await fill(root, 'search', 'search-template', 'https://search.test/rss?q={query}')).toBe('');
    expect(await fill(root, 'shared-index', 'shared-index-url', 'https://index.test/')).toBe('');
    expect(granted.calls).toContain('access https://index.test/v1/candidates');
    expect((await granted.settings()).sharedIndex).toMatchObject({ enabled: true, url: 'https://index.test' });
    expect((await granted.settings()).search).toMatchObject({ enabled: true, urlTemplate: 'https://search.test/rss?q={query}' });
    await act(() => render(null, root));
  });

  it('lists the sites the reader allowed, and Revoke takes one back', async () => {
    const client = mockOptionsClient();
    const root = await show(client);
    expect(root.querySelector('.wt-site-access')?.textContent).toMatch(/None/);
    await submitFeed(root, 'https://wire.test/rss.xml');
    for (let k = 0; k < 5; k++) await act(async () => {});
    const row = root.querySelector('[data-site="https://wire.test/*"]');
    expect(row?.textContent).toContain('https://wire.test');
    await act(async () => {
      row!.querySelector('button')!.click();
    });
    for (let k = 0; k < 3; k++) await act(async () => {});
    expect(client.calls).toContain('revoke https://wire.test/*');
    expect(root.querySelector('[data-site]')).toBeNull();
    await act(() => render(null, root));
  });

  it('GDELT is off until checked; checking asks for its site, shows the request shape and names it under Privacy', async () => {
    const client = mockOptionsClient();
    const root = await show(client);
    const box = root.querySelector<HTMLInputElement>('input[name="search-gdelt"]')!;
    expect((await client.settings()).search.gdelt).toBe(false);
    expect(root.querySelector('[data-testid="gdelt-request"]')?.textContent).toMatch(
      /^https:\/\/api\.gdeltproject\.org\/api\/v2\/doc\/doc\?query=\("phrase one" OR "phrase two"\)&mode=ArtList&format=json&sort=DateAsc/,
    );
    await act(async () => {
      box.checked = true;
      box.dispatchEvent(new window.Event('change', { bubbles: true }));
    });
    for (let k = 0; k < 3; k++) await act(async () => {});
    expect(client.calls).toContain('access https://api.gdeltproject.org/api/v2/doc/doc');
    expect((await client.settings()).search.gdelt).toBe(true);
    expect(root.querySelector('.wt-privacy')?.textContent).toContain('api.gdeltproject.org');
    await act(() => render(null, root));
  });

  it('automatic search asks for every site, and stays off when refused', async () => {
    const client = mockOptionsClient({}, false);
    const root = await show(client);
    const box = root.querySelector<HTMLInputElement>('input[name="search-automatic"]')!;
    await act(async () => {
      box.checked = true;
      box.dispatchEvent(new window.Event('change', { bubbles: true }));
    });
    for (let k = 0; k < 3; k++) await act(async () => {});
    expect(client.calls).toContain('access every site');
    expect((await client.settings()).search.automatic).toBe(false);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('all sites');
    await act(() => render(null, root));
  });
});
