// The popup's "Find the original" against the mock client: nothing is asked or sent until
// the click; the click asks for the search host first; results list outlet, headline and
// date; "Compare" asks for that result's site and shows the report.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPageDom } from '../test-dom';
import type { FindOriginalView, TabState } from '../../shared/messages';
import { mockClient } from '../client.mock';
import { FindOriginal } from './FindOriginal';

beforeAll(installPageDom);

const report: TabState = { state: 'report', report: { pageRole: 'copy' } as never };
const ready: FindOriginalView = {
  state: 'ready',
  source: 'GDELT',
  endpoint: 'https://api.gdeltproject.org/api/v2/doc/doc',
  phrases: ['the eastern span of the bridge', 'corrosion in fourteen steel cables'],
};
const results: FindOriginalView = {
  state: 'results',
  source: 'GDELT',
  endpoint: ready.endpoint,
  phrases: ready.phrases,
  at: 1,
  results: [
    { url: 'https://wire.example/story', title: 'Council delays bridge vote', outlet: 'wire.example', date: '2026-03-02T08:00:00Z', headlineMatch: 0.8 },
    { url: 'https://late.example/story', title: 'Bridge vote delayed', outlet: 'late.example', headlineMatch: 0.6 },
  ],
};

async function mount(find: { before: FindOriginalView; after?: FindOriginalView }, grant = true) {
  const client = mockClient({ 4: { state: 'no-known-version', article: { title: 't', url: 'https://copy.example/x' } }, 5: report }, {}, grant, find);
  const states: TabState[] = [];
  const root = document.getElementById('app')!;
  await act(async () => render(<FindOriginal client={client} tabId={4} onState={(s) => states.push(s)} />, root));
  for (let k = 0; k < 3; k++) await act(async () => {});
  const click = async (text: string) => {
    const b = [...root.querySelectorAll('button')].find((x) => x.textContent === text);
    if (!b) throw new Error(`no button "${text}" in: ${root.textContent}`);
    await act(async () => {
      b.dispatchEvent(new window.Event('click', { bubbles: true }));
    });
    for (let k = 0; k < 3; k++) await act(async () => {});
  };
  return { client, states, root, click, unmount: () => act(async () => render(null, root)) };
}

describe('FindOriginal', () => {
  it('with no search source on, explains and opens the options; nothing is asked or sent', async () => {
    const m = await mount({ before: { state: 'off' } });
    expect(m.root.textContent).toContain('No news search is on');
    await m.click('Turn on a news search');
    expect(m.client.asked).toEqual(['options']);
    await m.unmount();
  });

  it('shows the phrases it will send; the click asks for the search host, then lists the results', async () => {
    const m = await mount({ before: ready, after: results });
    expect(m.root.querySelector('[data-testid="find-sends"]')?.textContent).toContain(
      '“the eastern span of the bridge” or “corrosion in fourteen steel cables”',
    );
    expect(m.client.asked).toEqual([]);
    await m.click('Find the original');
    expect(m.client.asked).toEqual([ready.endpoint, 'find']);
    const items = [...m.root.querySelectorAll('[data-testid="found-version"]')];
    expect(items.map((i) => i.getAttribute('data-url'))).toEqual(['https://wire.example/story', 'https://late.example/story']);
    expect(items[0].textContent).toContain('wire.example');
    expect(items[0].textContent).toContain('Council delays bridge vote');
    expect(items[0].querySelector('.wt-found-date')?.textContent).toMatch(/2026/);
    await m.unmount();
  });

  it('"Compare" on a result asks for that site and shows the comparison', async () => {
    const m = await mount({ before: results });
    await m.click('Compare');
    expect(m.client.asked).toEqual(['https://wire.example/story']);
    expect(m.states).toEqual([report]);
    await m.unmount();
  });

  it('a refused search host sends nothing and says so', async () => {
    const m = await mount({ before: ready, after: results }, false);
    await m.click('Find the original');
    expect(m.client.asked).toEqual([ready.endpoint]);
    expect(m.root.querySelector('[role="alert"]')?.textContent).toContain('api.gdeltproject.org');
    await m.unmount();
  });

  it('a failed search says why and offers to try again', async () => {
    const failed: FindOriginalView = { ...ready, state: 'failed', at: 1, reason: 'timeout', message: 'GDELT did not answer in time (timed out after 10 s)' };
    const m = await mount({ before: failed, after: results });
    expect(m.root.querySelector('[role="alert"]')?.textContent).toContain('timed out after 10 s');
    await m.click('Try again');
    expect(m.root.querySelectorAll('[data-testid="found-version"]').length).toBe(2);
    await m.unmount();
  });
});
