// "This match is wrong" in the popup, against the mock client in a linkedom document:
// the report gives way to the tab's new state, the notice offers Undo, Undo restores it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPageDom } from '../test-dom';
import { handComparison } from '../../core/testing/handComparison';
import { mockClient } from '../client.mock';
import { App } from './App';
import { rejectionOf } from './MatchWrong';

beforeAll(installPageDom);

async function settle(root: HTMLElement, state: string) {
  for (let i = 0; i < 50 && root.querySelector('[data-testid="state"]')?.getAttribute('data-state') !== state; i++) {
    await act(() => new Promise((r) => setTimeout(r, 0)));
  }
  expect(root.querySelector('[data-testid="state"]')?.getAttribute('data-state')).toBe(state);
}

const click = (el: Element | null) => act(async () => void el!.dispatchEvent(new window.Event('click', { bubbles: true })));

describe('this match is wrong (popup)', () => {
  it('names the pair from the open page’s side', () => {
    expect(rejectionOf(handComparison.report)).toEqual({ pageId: 'copy-1', otherId: 'known-1', outlet: 'Example Wire' });
    expect(rejectionOf({ ...handComparison.report, pageRole: 'source' })).toEqual({ pageId: 'known-1', otherId: 'copy-1', outlet: 'Blog Example' });
    expect(rejectionOf({ ...handComparison.report, copy: { ...handComparison.report.copy, id: undefined } })).toBeUndefined();
  });

  it('drops the match, says so with Undo, and Undo brings the report back', async () => {
    const root = document.getElementById('app')!;
    await act(async () => render(<App client={mockClient({ 1: { state: 'report', report: handComparison.report } })} />, root));
    await settle(root, 'report');

    await click(root.querySelector('[data-testid="match-wrong"]'));
    await settle(root, 'no-known-version');
    const notice = root.querySelector('[data-testid="match-notice"]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Example Wire will not be matched with this page again.');

    await click(root.querySelector('[data-testid="match-undo"]'));
    await settle(root, 'report');
    expect(root.querySelector('[data-testid="match-notice"]')!.textContent).toContain('The match with Example Wire is back.');
    expect(root.querySelector('[data-testid="match-undo"]')).toBeNull();
    await act(() => render(null, root));
  });
});
