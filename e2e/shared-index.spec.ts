// The shared index (issue 13): a reader whose library is empty opens the Bulletin copy, and
// a real `wiretrace index serve` (PGlite, CBC's story ingested from a local feed by
// `wiretrace index poll`) gives CBC's version; the popup reports the uncredited copy and
// says where the version came from. A wrong token, an index that is down and one that
// answers garbage each get a plain popup message and leave the local library as it was.
import { TEST_HOSTS } from './browser';
import { expect, settledPopup, test } from './fixtures';
import { readLibrary } from './hostile/harness';
import { freePort, type IndexServer, startGarbageServer, startIndexServer } from './index-server';
import { OptionsPage } from './pages/options';
import { PAGES } from './site';

let index: IndexServer;

test.beforeAll(async () => {
  // PGlite's first start runs initdb in WASM: tens of seconds on a loaded machine.
  test.setTimeout(600_000);
  index = await startIndexServer();
});
test.afterAll(async () => {
  await index?.close();
});

test.use({ grantHosts: TEST_HOSTS });

async function setIndex(options: OptionsPage, url: string, token: string): Promise<void> {
  await options.page.locator('input[name="shared-index-enabled"]').check();
  await options.page.locator('input[name="shared-index-url"]').fill(url);
  await options.page.locator('input[name="shared-index-token"]').fill(token);
  await options.page.getByRole('button', { name: 'Save shared index' }).click();
  await expect(options.page.locator('.wt-privacy')).toContainText('127.0.0.1');
}

test('an empty library, the Bulletin copy: the shared index gives CBC’s version and the popup says so', async ({ ext, context }) => {
  const options = await OptionsPage.open(context, ext.extensionId);
  await setIndex(options, index.base, index.token);
  expect(await readLibrary(context)).toEqual([]);

  const bulletin = await ext.open(PAGES.bulletinStory);
  const popup = await settledPopup(ext, bulletin.tabId, 'report');
  await expect(popup.verdict).toHaveAttribute('data-verdict', 'uncredited-copy');
  await expect(popup.likelyOriginal).toContainText('CBC News');
  await expect(popup.page.getByTestId('from-index')).toContainText('shared index');
  const library = await readLibrary(context);
  expect(library.filter((a) => a.origin === 'index').map((a) => a.title)).toEqual([expect.stringContaining('Ukraine')]);
});

const failures: [string, () => Promise<{ url: string; token: string; close?(): Promise<void> }>, string][] = [
  ['a wrong token', async () => ({ url: index.base, token: 'wt_notthetokennotthetokennotthetoke' }), 'token'],
  ['an index that is down', async () => ({ url: `http://127.0.0.1:${await freePort()}`, token: index.token }), 'down'],
  [
    'an index that answers garbage',
    async () => {
      const g = await startGarbageServer();
      return { url: g.base, token: index.token, close: g.close };
    },
    'garbage',
  ],
];

for (const [name, make, failure] of failures) {
  test(`${name}: a clear popup message, and the local library untouched`, async ({ ext, context }) => {
    const target = await make();
    try {
      const options = await OptionsPage.open(context, ext.extensionId);
      await setIndex(options, target.url, target.token);
      const bulletin = await ext.open(PAGES.bulletinStory);
      const popup = await settledPopup(ext, bulletin.tabId, 'no-known-version');
      await expect(popup.page.getByTestId('index-failure')).toHaveAttribute('data-failure', failure);
      await expect(popup.page.getByTestId('index-failure')).not.toBeEmpty();
      // Only the page the reader opened is in the library: nothing from the index.
      const library = await readLibrary(context);
      expect(library.map((a) => a.origin)).toEqual(['visited']);
    } finally {
      await target.close?.();
    }
  });
}
