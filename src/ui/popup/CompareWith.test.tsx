// The popup's "Compare with…" form against a stub client.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPageDom } from '../test-dom';
import type { TabState } from '../../shared/messages';
import type { WiretraceClient } from '../client';
import { CompareWith } from './CompareWith';

beforeAll(installPageDom);

async function submit(value: string, answer: (input: unknown) => Promise<TabState>, grant = true) {
  const calls: unknown[] = [];
  const states: TabState[] = [];
  const client = {
    compareWith: async (_tab: number, input: unknown) => (calls.push(input), answer(input)),
    requestAccess: async (urls: string[]) => (calls.push({ access: urls }), grant),
  } as unknown as WiretraceClient;
  const root = document.getElementById('app')!;
  await act(async () => render(<CompareWith client={client} tabId={4} onState={(s) => states.push(s)} />, root));
  const box = root.querySelector('textarea')!;
  await act(async () => {
    box.value = value;
    box.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
  });
  for (let k = 0; k < 3; k++) await act(async () => {});
  const alert = root.querySelector('[role="alert"]')?.textContent ?? '';
  await act(async () => render(null, root));
  return { calls, states, alert };
}

describe('CompareWith form', () => {
  it('sends a pasted address as a URL and hands the answer to the popup', async () => {
    const { calls, states } = await submit(' https://cbc.test/story ', async () => ({ state: 'checking' }));
    expect(calls).toEqual([{ access: ['https://cbc.test/story'] }, { url: 'https://cbc.test/story' }]);
    expect(states).toEqual([{ state: 'checking' }]);
  });

  it('asks for the site first, and fetches nothing when the reader refuses', async () => {
    const { calls, states, alert } = await submit('https://cbc.test/story', async () => ({ state: 'checking' }), false);
    expect(calls).toEqual([{ access: ['https://cbc.test/story'] }]);
    expect(states).toEqual([]);
    expect(alert).toContain('may not fetch pages from cbc.test');
  });

  it('sends anything else as text', async () => {
    const { calls } = await submit('Headline\n\nA paragraph.', async () => ({ state: 'checking' }));
    expect(calls).toEqual([{ text: 'Headline\n\nA paragraph.' }]);
  });

  it('shows the worker’s error', async () => {
    const { alert, states } = await submit('https://down.test/x', async () => {
      throw new Error('HTTP 404');
    });
    expect(alert).toContain('HTTP 404');
    expect(states).toEqual([]);
  });
});
